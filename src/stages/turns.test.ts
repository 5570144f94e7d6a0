import { describe, expect, test } from 'vitest';
import type { Doc, Meta } from '../doc.js';
import { docWith, items, paras } from '../../test/helpers.js';
import { detectConvention, turns } from './turns.js';

function run(text: string, meta: Partial<Meta> = {}, strong: number[] = []) {
  const doc: Doc = docWith(text, { paragraphs: paras(text, strong) }, meta);
  const convention = detectConvention(doc);
  const out = items({ ...doc, meta: { ...doc.meta, turn_convention: convention } }, turns());
  return { convention, turns: out.map((t) => [t.role, t.speaker, text.slice(t.start, t.end)]) };
}

const people = { interviewee: 'Mira Castell', interviewer: 'Tom Ashby' };

describe('turns: conventions', () => {
  test('dash-alternating paragraphs, with –, — and -', () => {
    const text = '– Why did exports fall?\n\n— They fell because of the tariffs.\n\nAnd the harvest was poor.\n\n- Will they recover?\n\n– Yes, next year.';
    expect(run(text, people)).toEqual({
      convention: 'dash',
      turns: [
        ['question', 'Tom Ashby', 'Why did exports fall?'],
        ['answer', 'Mira Castell', 'They fell because of the tariffs.\n\nAnd the harvest was poor.'],
        ['question', 'Tom Ashby', 'Will they recover?'],
        ['answer', 'Mira Castell', 'Yes, next year.'],
      ],
    });
  });

  test('explicit markers mixed within one document', () => {
    const text = 'Q: First?\n\nA: One.\n\n– [Question]: Second?\n\n[Answer]: Two.\n\nMore of two.\n\n[Q]: Third?\n\nAnswer: Three.';
    const r = run(text, people);
    expect(r.convention).toBe('markers');
    expect(r.turns.map((t) => t[2])).toEqual(['First?', 'One.', 'Second?', 'Two.\n\nMore of two.', 'Third?', 'Three.']);
    expect(r.turns.map((t) => t[0])).toEqual(['question', 'answer', 'question', 'answer', 'question', 'answer']);
  });

  test('a marker alone on its line opens a turn on the next paragraph', () => {
    const r = run('Q:\n\nWhy now?\n\nA:\n\nBecause it is time.', people);
    expect(r.turns).toEqual([
      ['question', 'Tom Ashby', 'Why now?'],
      ['answer', 'Mira Castell', 'Because it is time.'],
    ]);
  });

  test('speaker labels: QUESTION and a named official, interviewee named from meta', () => {
    const text = 'QUESTION: Is the port open?\n\nMS CASTELL: It is open.\n\nQUESTION: Since when?\n\nMS CASTELL: Since Monday.';
    expect(run(text, people)).toEqual({
      convention: 'speaker_labels',
      turns: [
        ['question', 'Tom Ashby', 'Is the port open?'],
        ['answer', 'Mira Castell', 'It is open.'],
        ['question', 'Tom Ashby', 'Since when?'],
        ['answer', 'Mira Castell', 'Since Monday.'],
      ],
    });
  });

  test('speaker labels with names: who asks is told apart by meta and by question marks', () => {
    const text = 'Tom Ashby: What comes next?\n\nMira Castell: A long winter for the fleet.\n\nIt will be hard.\n\nTom Ashby: Why?\n\nM.Castell: The fuel is gone.';
    const r = run(text, {});
    expect(r.convention).toBe('speaker_labels');
    expect(r.turns).toEqual([
      ['question', 'Tom Ashby', 'What comes next?'],
      ['answer', 'Mira Castell', 'A long winter for the fleet.\n\nIt will be hard.'],
      ['question', 'Tom Ashby', 'Why?'],
      ['answer', 'Mira Castell', 'The fuel is gone.'],
    ]);
  });

  test('a journalist labelled with an outlet asks; THE MINISTER is named from the intro', () => {
    const text =
      'The Minister for Trade, Jonas Brek, joined the briefing.\n\nQUESTION: Is the port open?\n\nMS CASTELL: It is open.\n\n' +
      'JOURNALIST (Harbour Post): And the quotas?\n\nTHE MINISTER: They stay.\n\nQUESTION: Thank you.\n\nMS CASTELL: Thank you.';
    const r = run(text, people);
    expect(r.turns.slice(3, 5)).toEqual([
      ['question', 'Tom Ashby', 'And the quotas?'],
      ['answer', 'Jonas Brek', 'They stay.'],
    ]);
  });

  test('an abbreviated label resolves to the full name in meta', () => {
    const text = 'QUESTION: Why?\n\nM.Castell: Because.\n\nQUESTION: When?\n\nM.Castell: Soon.';
    expect(run(text, people).turns[1]).toEqual(['answer', 'Mira Castell', 'Because.']);
  });

  test('questions marked only by bold paragraphs, with an intro before the first', () => {
    const text = 'The minister spoke to us in her office.\n\nWhat is the plan?\n\nTo build the bridge.\n\nWhen?\n\nNext spring.';
    expect(run(text, people, [1, 3])).toEqual({
      convention: 'emphasis',
      turns: [
        ['intro', null, 'The minister spoke to us in her office.'],
        ['question', 'Tom Ashby', 'What is the plan?'],
        ['answer', 'Mira Castell', 'To build the bridge.'],
        ['question', 'Tom Ashby', 'When?'],
        ['answer', 'Mira Castell', 'Next spring.'],
      ],
    });
  });

  test('an intro before the first dash question is its own turn', () => {
    const r = run('Our correspondent met the envoy in Vell.\n\n– Why Vell?\n\n– It is home.', people);
    expect(r.turns[0]).toEqual(['intro', null, 'Our correspondent met the envoy in Vell.']);
    expect(r.turns).toHaveLength(3);
  });

  test('no recognisable convention: one answer by the interviewee and a warning', () => {
    const text = 'The statement was read out.\n\nIt covered the budget.';
    const doc = docWith(text, { paragraphs: paras(text) }, people);
    expect(detectConvention(doc)).toBe('none');
    const out = items({ ...doc, meta: { ...doc.meta, turn_convention: 'none' } }, turns());
    expect(out).toEqual([{ role: 'answer', speaker: 'Mira Castell', start: 0, end: text.length }]);
  });
});
