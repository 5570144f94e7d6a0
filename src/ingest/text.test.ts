import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { textToBlocks } from './text.js';

const texts = (input: string) => textToBlocks(input).map((b) => b.text);

describe('textToBlocks', () => {
  test('text: splits paragraphs on blank lines', () => {
    expect(texts('First paragraph.\n\nSecond paragraph.\n\n\n\nThird.')).toEqual([
      'First paragraph.',
      'Second paragraph.',
      'Third.',
    ]);
  });

  test('text: makes every line its own block when the interview puts one turn per line', () => {
    const input = [
      '— Как вы оцениваете итоги года?',
      '— Итоги неплохие, но работы ещё много.',
      '— Что дальше?',
      '— Посмотрим.',
    ].join('\n');
    expect(texts(input)).toEqual([
      '— Как вы оцениваете итоги года?',
      '— Итоги неплохие, но работы ещё много.',
      '— Что дальше?',
      '— Посмотрим.',
    ]);
  });

  test('text: keeps one-line paragraphs separate even when blank lines group them', () => {
    expect(texts('Q: Why now?\nA: Because the budget was ready.\n\nQ: And then?\nA: We wait.')).toEqual([
      'Q: Why now?',
      'A: Because the budget was ready.',
      'Q: And then?',
      'A: We wait.',
    ]);
  });

  test('text: collapses whitespace runs, tabs and non-breaking spaces to one space and trims', () => {
    expect(texts('  Debt\u00A0reached \t €643\u202Fbillion   in 2025.  ')).toEqual(['Debt reached €643 billion in 2025.']);
  });

  test('text: drops soft hyphens and zero-width spaces inside words', () => {
    expect(texts('inter\u00ADnational co\u200Boperation')).toEqual(['international cooperation']);
  });

  test('text: accepts CRLF and lone CR line ends', () => {
    expect(texts('One.\r\nTwo.\rThree.')).toEqual(['One.', 'Two.', 'Three.']);
  });

  test('text: drops whitespace-only lines and returns nothing for blank input', () => {
    expect(texts(' \n\t\n\u00A0\n')).toEqual([]);
  });

  test('text: sets no emphasis and no headings', () => {
    expect(textToBlocks('TITLE\nBody.')).toEqual([
      { text: 'TITLE', strong: 0, em: 0, heading: false },
      { text: 'Body.', strong: 0, em: 0, heading: false },
    ]);
  });

  test('text: joins the lines of hard-wrapped paragraphs back together', () => {
    const input = [
      'The minister said the budget for next year would be presented to the',
      'parliament in October, after a long round of consultations with the',
      'regions and the central bank.',
      '',
      'He added that the deficit was expected to narrow, although several',
      'economists doubted the forecast and called the assumptions too rosy',
      'for an election year.',
    ].join('\n');
    expect(texts(input)).toEqual([
      'The minister said the budget for next year would be presented to the parliament in October, after a long round of consultations with the regions and the central bank.',
      'He added that the deficit was expected to narrow, although several economists doubted the forecast and called the assumptions too rosy for an election year.',
    ]);
  });

  test('text: in hard-wrapped text still starts a new block at a speaker label or dash', () => {
    const input = [
      'INTERVIEWER: The minister said the budget for next year would be presented',
      'to the parliament in October, after a long round of consultations with',
      'MINISTER: Yes, that is right, and the regions have asked for more time to',
      'prepare their own plans, which we have granted them without conditions.',
      '',
      'INTERVIEWER: Economists doubted the forecast and called the assumptions',
      'too rosy for an election year, didn\'t they, minister, in their reports?',
    ].join('\n');
    expect(texts(input)).toEqual([
      'INTERVIEWER: The minister said the budget for next year would be presented to the parliament in October, after a long round of consultations with',
      'MINISTER: Yes, that is right, and the regions have asked for more time to prepare their own plans, which we have granted them without conditions.',
      'INTERVIEWER: Economists doubted the forecast and called the assumptions too rosy for an election year, didn\'t they, minister, in their reports?',
    ]);
  });

  test('text: rejoins a word hyphenated across a wrapped line', () => {
    const input = [
      'The agreement was signed after many months of difficult and tense nego-',
      'tiations between the delegations of both countries at the summit in the',
      'capital, and the ministers were pleased with the outcome of the talks.',
      'Next paragraph line follows here with a similar width as all the others',
    ].join('\n');
    expect(texts(input)[0]).toContain('tense nego-tiations between');
  });

  test('text: blocks never contain line breaks or edge whitespace', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => {
        for (const b of textToBlocks(s)) {
          expect(b.text).not.toMatch(/[\r\n]/);
          expect(b.text).toBe(b.text.trim());
          expect(b.text.length).toBeGreaterThan(0);
        }
      }),
    );
  });
});
