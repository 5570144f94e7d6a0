import { describe, expect, test } from 'vitest';
import type { Entity, Quantity, Sentence, Turn } from '../doc.js';
import { CLAIM_THRESHOLD } from '../lexicon/claim-cues.js';
import { answer, docWith, items, whole } from '../../test/helpers.js';
import { claimFeaturizer, claims } from './claims.js';

/** A quantity over `quote`'s first occurrence in `text` (sentence 0, turn 0). */
function qty(text: string, quote: string, fields: Partial<Quantity> = {}): Quantity {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" not in "${text}"`);
  return {
    start, end: start + quote.length, turn: 0, sentence: 0, value: 0, unit: 'count',
    approx: 'exact', kind: 'level', of: null, when: null, ...fields,
  };
}

/** An entity over `quote`'s first occurrence in `text`. */
function ent(text: string, quote: string, type: Entity['type'], name = quote): Entity {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" not in "${text}"`);
  return { start, end: start + quote.length, type, name };
}

/** The one sentence of an answer turn, scored with every sentence emitted. */
function scored(text: string, quantities: Quantity[] = [], entities: Entity[] = []) {
  const doc = docWith(text, { turns: [answer(text)], sentences: [whole(text)], quantities, entities });
  const [claim] = items(doc, claims({ threshold: 0 }));
  if (!claim) throw new Error('no claim at threshold 0');
  return claim;
}

/** The quotes the stage emits at its default threshold. */
function emitted(text: string, quantities: Quantity[] = [], entities: Entity[] = []): string[] {
  const doc = docWith(text, { turns: [answer(text)], sentences: [whole(text)], quantities, entities });
  return items(doc, claims()).map((c) => text.slice(c.start, c.end));
}

describe('claims: check-worthy sentences score high', () => {
  // [sentence, kind, lowest acceptable score]: a stated number weighs most.
  test.each([
    ['Unemployment fell from 9.1% in 2019 to 6.4% last year.', 'statistical', 0.9],
    ['Our exports to the EU rose by 12 percent compared with 2021.', 'statistical', 0.9],
    ['The ministry spent $4.2 billion on road repairs.', 'statistical', 0.8],
    ['This is the largest harvest the region has ever recorded.', 'statistical', CLAIM_THRESHOLD],
    ['The Defence Minister said the convoy had crossed the border at dawn.', 'attribution', CLAIM_THRESHOLD],
    ['According to the statistics office, 40,000 families left the city.', 'attribution', 0.6],
    ['In 2014 Parliament voted to leave the customs union.', 'historical', 0.6],
    ['The plant was closed in March 2009 after the flood.', 'historical', CLAIM_THRESHOLD],
    ['The central bank expects inflation to fall to 3% by 2026.', 'prediction', 0.8],
    ['The sanctions package adopted on 23 June bans imports of Belarusian steel.', 'legal', 0.8],
    ['The treaty was ratified by the Senate in 1998.', 'legal', 0.7],
  ] as const)('claims: %s → %s', (text, kind, least) => {
    const claim = scored(text);
    expect(claim.score).toBeGreaterThanOrEqual(least);
    expect(claim.kind).toBe(kind);
    expect(emitted(text)).toEqual([text]);
  });

  test('claims: the layers raise a sentence the surface cues alone would miss', () => {
    const text = 'Marta Kovac met the delegation in Lisbon.';
    const bare = scored(text).score;
    const typed = scored(text, [], [ent(text, 'Marta Kovac', 'PERSON'), ent(text, 'Lisbon', 'PLACE')]).score;
    expect(typed).toBeGreaterThan(bare);
    expect(scored(text, [], [ent(text, 'Marta Kovac', 'PERSON'), ent(text, 'Lisbon', 'PLACE')]).reasons).toEqual([
      'names a person', 'names a place',
    ]);
  });
});

describe('claims: opinions, speculation and questions score low', () => {
  test.each([
    'I think this is a very good plan.',
    'In my opinion the talks were a success.',
    'Perhaps things will get better, it seems.',
    'We hope the negotiations go well.',
    'I believe we should be patient.',
    'It was a wonderful, beautiful evening.',
    'We must do better.',
    'Thanks for having me here.',
    'What would you do about taxes?',
    'Do you really believe that?',
  ])('claims: %s', (text) => {
    expect(scored(text).score).toBeLessThan(CLAIM_THRESHOLD);
    expect(emitted(text)).toEqual([]);
  });

  test('claims: a hedge lowers the score of the same fact', () => {
    const fact = scored('Prices rose by 8% in 2022.').score;
    const hedged = scored('Perhaps prices rose by 8% in 2022, I guess.').score;
    const asked = scored('Did prices rise by 8% in 2022?').score;
    expect(hedged).toBeLessThan(fact);
    expect(asked).toBeLessThan(hedged);
  });

  test('claims: sentences of question turns are never claims, whatever they state', () => {
    const q = 'Exports fell by 12% in 2023, did they not?';
    const a = 'They fell by 12% in 2023 because of the embargo.';
    const text = `${q}\n\n${a}`;
    const turns: Turn[] = [
      { role: 'question', speaker: 'Interviewer', start: 0, end: q.length },
      { role: 'answer', speaker: 'Minister', start: q.length + 2, end: text.length },
    ];
    const sentences: Sentence[] = [
      { start: 0, end: q.length, turn: 0 },
      { start: q.length + 2, end: text.length, turn: 1 },
    ];
    const doc = docWith(text, { turns, sentences, quantities: [], entities: [] });
    expect(items(doc, claims({ threshold: 0 })).map((c) => text.slice(c.start, c.end))).toEqual([a]);
  });

  test('claims: "as I said" is not an attribution', () => {
    expect(scored('As I said, the budget is balanced.').reasons).not.toContain('attributes a statement to someone');
    expect(scored('The auditor said the budget is balanced.').reasons).toContain('attributes a statement to someone');
  });
});

describe('claims: reasons and references', () => {
  test.each([
    ['Wages grew by 5% compared with 2020.', ['states a percentage', 'compares two periods', 'names a measurable indicator']],
    ['The Court ruled that the 2016 decree was unlawful.', ['refers to a date or period', 'refers to a law or treaty', 'names an organisation']],
    ['The plant was closed in March 2009.', ['refers to a past event with a date']],
    ['He promised that taxes will not rise next year.', [
      'makes a comparison', 'attributes a statement to someone', 'names a measurable indicator', 'makes a prediction',
    ]],
    ['I think it is fair.', ['is very short', 'uses evaluative language', 'has no number, name, date or indicator to check', 'states an opinion']],
  ])('claims: reasons for %s', (text, reasons) => {
    expect(scored(text).reasons).toEqual(reasons);
  });

  test('claims: quantities and entities are the indexes of the items inside each claim', () => {
    const s1 = 'Gazprom cut supplies to Moldova by 30% in October.';
    const s2 = 'The president said debt reached €14 billion, or 38% of GDP, in 2023.';
    const text = `${s1} ${s2}`;
    const o2 = s1.length + 1;
    const shift = <T extends { start: number; end: number }>(x: T): T => ({ ...x, start: x.start + o2, end: x.end + o2 });
    const quantities: Quantity[] = [
      qty(s1, '30%', { value: 30, unit: 'percent', kind: 'change' }),
      shift({ ...qty(s2, '€14 billion', { value: 14e9, unit: 'EUR', when: '2023' }), sentence: 1 }),
      shift({ ...qty(s2, '38%', { value: 38, unit: 'percent', kind: 'share', when: '2023' }), sentence: 1 }),
    ];
    const entities: Entity[] = [
      ent(s1, 'Gazprom', 'ORG'),
      ent(s1, 'Moldova', 'PLACE'),
      shift(ent(s2, 'president', 'PERSON', 'The President')),
    ];
    const doc = docWith(text, {
      turns: [answer(text)],
      sentences: [{ start: 0, end: s1.length, turn: 0 }, { start: o2, end: text.length, turn: 0 }],
      quantities,
      entities,
    });
    const out = items(doc, claims());
    expect(out.map((c) => text.slice(c.start, c.end))).toEqual([s1, s2]);
    expect(out.map((c) => c.quantities.map((i) => text.slice(quantities[i]!.start, quantities[i]!.end)))).toEqual([
      ['30%'], ['€14 billion', '38%'],
    ]);
    expect(out.map((c) => c.entities.map((i) => text.slice(entities[i]!.start, entities[i]!.end)))).toEqual([
      ['Gazprom', 'Moldova'], ['president'],
    ]);
    expect(out[1]).toMatchInlineSnapshot(`
      {
        "end": 119,
        "entities": [
          2,
        ],
        "kind": "attribution",
        "quantities": [
          1,
          2,
        ],
        "reasons": [
          "states a percentage",
          "states a sum of money",
          "refers to a date or period",
          "attributes a statement to someone",
          "names a measurable indicator",
          "names a person",
        ],
        "score": 0.997,
        "start": 51,
        "turn": 0,
      }
    `);
  });

  test('claims: a threshold outside [0, 1] is a bug', () => {
    expect(() => claims({ threshold: 30 })).toThrow(RangeError);
  });
});

describe('claims: features', () => {
  test.each([
    ['The 1990s were hard.', 'date'],
    ['It happened on 9 May.', 'date'],
    ['It happened on May 9th.', 'date'],
    ['Prices are lower than in Poland.', 'comparison'],
    ["We'll see.", 'prediction'],
    ['The minister’s deputy claimed otherwise.', 'attribution'],
    ['Mr. Okafor resigned.', 'proper_name'],
  ])('claims: %s fires %s', (text, feature) => {
    expect(claimFeaturizer()(text)[feature as 'date']).toBe(1);
  });

  test.each([
    ['In May we may know more.', 'date'],
    ['Two things matter.', 'quantity'],
    ['It happened on 9 May.', 'quantity'],
    ['We have always said so.', 'attribution'],
    ['Yes. Then we left.', 'proper_name'],
  ])('claims: %s does not fire %s', (text, feature) => {
    expect(claimFeaturizer()(text)[feature as 'date']).toBe(0);
  });
});

describe('claims: Russian cues', () => {
  test.each([
    ['Как сообщил министр, экспорт зерна вырос.', 'attribution'],
    ['По данным ведомства, безработица снизилась.', 'attribution'],
    ['В следующем году мы планируем открыть завод.', 'prediction'],
    ['Возможно, поставки возобновятся осенью.', 'hedge'],
    ['Я считаю, что это верное решение.', 'opinion'],
    ['Мы должны защитить наших фермеров.', 'normative'],
    ['В прошлом году товарооборот вырос.', 'date'],
    ['Стороны подписали соглашение о транзите.', 'legal'],
  ])('claims: %s fires %s', (text, feature) => {
    expect(claimFeaturizer()(text)[feature as 'date']).toBe(1);
  });

  test('claims: "как я уже говорил" is no attribution', () => {
    expect(claimFeaturizer()('Как я сказал, мы готовы к диалогу.').attribution).toBe(0);
  });
});
