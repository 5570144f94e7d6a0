import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { budget, interview, recordOf } from '../../test/store/fixtures.js';
import { codePointIndex, CONTEXT, selectors, sliceCodePoints, w3cAnnotations } from './w3c.js';

describe('w3c', () => {
  test('w3c: positions are code points, quotes are exact, prefix and suffix are context', () => {
    // "😀" is two UTF-16 units and one code point; "é" written as e + combining accent is two code points.
    const text = 'Рост 😀 составил 5%. Cafe\u0301 prices rose 😀😀 by 3%.';
    const start = text.indexOf('prices rose');
    const [quote, position] = selectors(text, { start, end: start + 'prices rose'.length });
    expect(quote).toEqual({ type: 'TextQuoteSelector', exact: 'prices rose', prefix: 'Рост 😀 составил 5%. Cafe\u0301 ', suffix: ' 😀😀 by 3%.' });
    expect(position).toEqual({ type: 'TextPositionSelector', start: start - 1, end: start - 1 + 11 });
    expect(sliceCodePoints(text, position.start, position.end)).toBe('prices rose');
  });

  test('w3c: prefix and suffix stop at the sentence and at 32 code points', () => {
    const text = `${'x'.repeat(50)}. The claim itself. ${'y'.repeat(50)}`;
    const start = text.indexOf('The claim');
    const span = { start, end: start + 'The claim itself.'.length };
    const [q] = selectors(text, span, codePointIndex(text), span);
    expect([q.prefix, q.suffix]).toEqual(['', '']);
    const [wide] = selectors(text, span);
    expect([...wide.prefix].length).toBe(CONTEXT);
    expect([...wide.suffix].length).toBe(CONTEXT);
  });

  test('w3c: every selector re-slices to its exact quote (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.nat(), fc.nat(), (text, a, b) => {
        // Spans from parley never split a surrogate pair; pick boundaries between code points.
        const cps = [...text];
        const i = a % (cps.length + 1);
        const j = i + (b % (cps.length - i + 1));
        const start = cps.slice(0, i).join('').length;
        const end = cps.slice(0, j).join('').length;
        const [q, p] = selectors(text, { start, end });
        expect(sliceCodePoints(text, p.start, p.end)).toBe(q.exact);
        expect(q.exact).toBe(text.slice(start, end));
        expect(text.includes(q.prefix + q.exact + q.suffix)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  test('w3c: an annotation collection of claims, reviewed ones assessed', () => {
    const record = recordOf(budget, { reviews: { 1: [{ verdict: 'true', note: 'Matches the December figure.', sources: ['https://stats.example/dec'], reviewer: 'ben' }] } });
    const c = w3cAnnotations([record]);
    expect(c['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(c.type).toBe('AnnotationCollection');
    expect(c.total).toBe(3);
    expect(c.first.type).toBe('AnnotationPage');
    const [plain, reviewed] = c.first.items as any[];
    expect(plain.motivation).toBe('highlighting');
    expect(plain.target.source).toBe('https://news.example/karsten-budget');
    expect(reviewed).toMatchObject({
      id: 'urn:parley:claims:k1',
      type: 'Annotation',
      motivation: 'assessing',
      creator: { type: 'Person', name: 'ben' },
      created: '2025-02-03T10:00:00.000Z',
    });
    expect(reviewed.body).toEqual([
      { type: 'TextualBody', purpose: 'tagging', value: 'claims' },
      { type: 'TextualBody', purpose: 'tagging', value: 'statistical' },
      { type: 'TextualBody', purpose: 'assessing', value: 'true' },
      { type: 'TextualBody', purpose: 'commenting', value: 'Matches the December figure.', format: 'text/plain' },
      { id: 'https://stats.example/dec', purpose: 'linking' },
    ]);
    const [quote, position] = reviewed.target.selector;
    expect(quote.type).toBe('TextQuoteSelector');
    expect(quote.exact).toBe('unemployment fell to 4.1% in December');
    expect(position.type).toBe('TextPositionSelector');
    expect(sliceCodePoints(budget.text, position.start, position.end)).toBe(quote.exact);
  });

  test('w3c: any layer can be annotated; documents without a URL are targeted by sha256', () => {
    const doc = interview({ uri: 'notes/local.txt', turns: [['answer', 'Ivo Brandt', 'The regime 😀 hides the real debt.']], techniques: [['hides the real debt', 'loaded_language']] });
    const c = w3cAnnotations([recordOf(doc)], { layer: 'techniques' });
    const [a] = c.first.items as any[];
    expect(a.motivation).toBe('tagging');
    expect(a.target.source).toBe(`urn:sha256:${doc.source.sha256}`);
    expect(a.body).toContainEqual({ type: 'TextualBody', purpose: 'tagging', value: 'loaded_language' });
    expect(a.body).toContainEqual({ type: 'TextualBody', purpose: 'describing', value: 'A test cue.', format: 'text/plain' });
    expect(a.target.selector[1]).toEqual({ type: 'TextPositionSelector', start: 13, end: 32 });
  });
});
