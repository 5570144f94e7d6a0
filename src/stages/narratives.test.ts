import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Doc, Role, Sentence, Turn } from '../doc.js';
import { formatDiagnostic } from '../doc.js';
import { docWith, items } from '../../test/helpers.js';
import { runStages, type AnyStage } from '../pipeline.js';
import { loadTaxonomy, parseTaxonomy } from '../lexicon/rhetoric.js';
import { narratives } from './narratives.js';

const stage = narratives();

function interview(parts: readonly (readonly [Role, string])[], meta: Partial<Doc['meta']> = {}): Doc {
  let text = '';
  const turns: Turn[] = [];
  const sentences: Sentence[] = [];
  for (const [role, body] of parts) {
    if (text) text += '\n\n';
    const start = text.length;
    text += body;
    turns.push({ role, speaker: null, start, end: text.length });
    const re = /[^.!?]+[.!?]*/g;
    for (let m = re.exec(body); m; m = re.exec(body)) {
      const lead = m[0].length - m[0].trimStart().length;
      if (m[0].trim()) sentences.push({ start: start + m.index + lead, end: start + m.index + m[0].trimEnd().length, turn: turns.length - 1 });
    }
  }
  return docWith(text, { turns, sentences }, meta);
}

/** `narrative (turn): evidence | evidence` per item. */
function found(doc: Doc, s = stage): string[] {
  return items(doc, s).map((n) => `${n.narrative} (${n.turn}): ${n.evidence.map((e) => doc.text.slice(e.start, e.end)).join(' | ')}`);
}

describe('narratives: familiar arguments per answer', () => {
  test.each([
    ['The new sanctions hit European households first; the restrictions backfired.', 'sanctions_backfire (0): sanctions | backfired'],
    ['Their policy is driven by Russophobia, pure and simple, and the West knows it.', 'west_russophobic (0): Russophobia | West'],
    ['The crisis was provoked by the eastward expansion of the alliance.', 'nato_expansion_cause (0): provoked | eastward expansion | alliance'],
    ['Nobody sanctioned them for Iraq. Double standards, as always.', 'western_double_standards (0): Nobody sanctioned | Iraq | Double standards'],
    ['The ministers are ashamed of nothing while robbing their own citizens.', 'government_betrays_people (0): robbing their own citizens | their own citizens'],
    ['The neo-Nazi battalions march with torches.', 'nazi_fascist_enemy (0): neo-Nazi'],
    ['It was a colour revolution organised with foreign interference.', 'foreign_interference (0): colour revolution | foreign interference'],
    ['That puppet government is controlled from Washington.', 'ukraine_failed_puppet (0): puppet | controlled from Washington'],
    ['We see the deindustrialisation of Europe and the decline of the West.', 'west_declining (0): deindustrialisation | decline of the West'],
    ['The draft peace agreement was rejected by the other side, which was preparing for war.', 'peace_rejected (0): peace | peace agreement was rejected | preparing for war'],
    ['We were forced to respond, and we remain open to negotiations.', 'peacemaker_defender (0): forced to respond | we remain open to negotiations'],
    ['They rewrite history and demolish monuments to the liberators.', 'historical_revisionism (0): rewrite history | demolish monuments | liberators'],
    ['The bloc keeps its aggressive posture and builds bases near our borders.', 'nato_aggressive_bloc (0): bloc | aggressive posture | near our borders'],
    ['Pumping weapons into the region only prolongs the war.', 'weapons_prolong_war (0): Pumping weapons | weapons | weapons into the region only prolongs'],
    ['They frighten voters with the mythical Russian threat.', 'russian_threat_myth (0): mythical Russian threat | Russian threat'],
  ])('%s', (text, expected) => {
    expect(found(interview([['answer', text]]))).toContain(expected);
  });

  test('one topic word alone is not a narrative', () => {
    expect(found(interview([['answer', 'The sanctions were discussed at the meeting.']]))).toEqual([]);
  });

  test('neutral paragraphs carry no narrative', () => {
    const text = 'The agency’s budget for next year is 41.2 million euros. Personnel costs account for 58% of the total. January was milder than average, and a storm on the 14th left 4,000 households without power. Gross domestic product grew by 0.6% in the third quarter, driven by exports of services. The statistics office will publish revised figures in November, with a breakdown by region.';
    expect(found(interview([['answer', text]]))).toEqual([]);
  });

  test('the intro is not read; each question and answer is scored on its own', () => {
    const doc = interview([
      ['intro', 'Sanctions hurt Europeans themselves, the minister said.'],
      ['question', 'Is NATO expansion the root cause of the war?'],
      ['answer', 'Sanctions hurt Europeans themselves.'],
      ['answer', 'The sanctions? They backfired.'],
    ]);
    expect(items(doc, stage).map((n) => [n.narrative, n.turn])).toEqual([
      ['nato_expansion_cause', 1],
      ['sanctions_backfire', 2],
      ['sanctions_backfire', 3],
    ]);
  });

  test('documents in another language get no items', () => {
    expect(found(interview([['answer', 'The neo-Nazi battalions march with torches.']], { language: 'ru' }))).toEqual([]);
  });

  test('one full item', () => {
    const doc = interview([['answer', 'The restrictions boomeranged: sanctions hurt the Europeans themselves more than anyone.']]);
    expect(items(doc, stage)).toMatchInlineSnapshot(`
      [
        {
          "end": 69,
          "evidence": [
            {
              "end": 16,
              "start": 4,
            },
            {
              "end": 28,
              "start": 17,
            },
            {
              "end": 69,
              "start": 40,
            },
          ],
          "explanation": "Echoes the narrative “Sanctions hurt those who impose them” with 3 cues: “restrictions”, “boomeranged”, “hurt the Europeans themselves”.",
          "narrative": "sanctions_backfire",
          "score": 0.8,
          "start": 4,
          "title": "Sanctions hurt those who impose them",
          "turn": 0,
        },
      ]
    `);
  });
});

describe('narratives: the taxonomy is data', () => {
  const taxonomy = {
    threshold: 2,
    classes: { fruit: ['apples', 'pears'] },
    narratives: [{
      id: 'fruit_crisis',
      title: 'Fruit is running out',
      description: 'A test narrative.',
      source: 'Written for this test.',
      cues: [
        { id: 'fruit', patterns: ['@fruit'], weight: 1, kind: 'topic' },
        { id: 'shortage', patterns: ['shortage|shortages of [the] @fruit', 'running out'], weight: 1.5, kind: 'frame' },
      ],
    }],
  };

  test('a user taxonomy file replaces the shipped one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-taxonomy-'));
    writeFileSync(join(dir, 'mine.json'), JSON.stringify(taxonomy));
    const custom = narratives({ taxonomy: loadTaxonomy(join(dir, 'mine.json')) });
    const doc = interview([['answer', 'There is a shortage of apples. Sanctions backfired.']]);
    expect(items(doc, custom).map((n) => [n.narrative, n.title, n.score, n.explanation])).toEqual([
      ['fruit_crisis', 'Fruit is running out', 0.63, 'Echoes the narrative “Fruit is running out” with 2 cues: “shortage of apples”, “apples”.'],
    ]);
  });

  test('a malformed taxonomy is refused with its name and the problem', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-taxonomy-'));
    writeFileSync(join(dir, 'broken.json'), '[');
    expect(() => loadTaxonomy(join(dir, 'broken.json'))).toThrow(/broken\.json is not valid JSON/);
    expect(() => loadTaxonomy(join(dir, 'absent.json'))).toThrow(/Cannot read .*absent\.json/);
    const n0 = taxonomy.narratives[0]!;
    expect(() => parseTaxonomy({ ...taxonomy, threshold: 0 }, 'my.json')).toThrow('my.json: threshold must be a positive number; found 0.');
    expect(() => parseTaxonomy({ ...taxonomy, narratives: [{ ...n0, cues: [n0.cues[0]] }] }, 'my.json')).toThrow('my.json: narratives[0] (fruit_crisis) has no cue of kind "frame".');
    expect(() => parseTaxonomy({ ...taxonomy, narratives: [{ ...n0, cues: [{ ...n0.cues[1], patterns: ['[running out'] }] }] }, 'my.json')).toThrow('"[" without "]"');
    expect(() => parseTaxonomy({ ...taxonomy, narratives: [n0, n0] }, 'my.json')).toThrow('my.json: narratives[1].id "fruit_crisis" is used twice.');
  });

  test('the shipped taxonomy loads, with a source for every family', () => {
    const t = loadTaxonomy();
    expect(t.narratives.length).toBeGreaterThanOrEqual(12);
    for (const n of t.narratives) expect(n.source.length).toBeGreaterThan(20);
  });
});

describe('narratives: Russian', () => {
  test('narratives: Russian cues score Russian answers', () => {
    const doc = interview([
      ['question', 'Что вы думаете о новых мерах?'],
      ['answer', 'Это откровенная русофобия. Недружественные страны ведут антироссийскую кампанию, а Запад молчит.'],
      ['answer', 'Киевский режим давно находится под внешним управлением, им руководят кукловоды.'],
    ], { language: 'ru' });
    expect(found(doc)).toEqual([
      'west_russophobic (1): русофобия | Недружественные страны | антироссийскую кампанию | Запад',
      'ukraine_failed_puppet (2): Киевский | Киевский режим | внешним управлением',
    ]);
  });

  test('narratives: a neutral Russian answer carries no narrative', () => {
    const doc = interview([['answer', 'Посевная завершена в срок. Урожай зерна ожидается на уровне прошлого года.']], { language: 'ru' });
    expect(found(doc)).toEqual([]);
  });

  test('narratives: a language with no cues gets a narratives/language diagnostic', () => {
    const doc = interview([['answer', 'Die Sanktionen schaden Europa selbst.']], { language: 'de' });
    const out = runStages(doc, [stage as unknown as AnyStage]);
    expect(out.narratives).toEqual([]);
    expect(out.diagnostics.map(formatDiagnostic)).toEqual([
      'info narratives/language: The narrative taxonomy covers en, ru; this document is in de, so no narratives were looked for.',
    ]);
  });

  test('narratives: cues, narratives and the taxonomy declare their languages', () => {
    const taxonomy = parseTaxonomy({
      threshold: 1, languages: ['ru'], classes: {},
      narratives: [{ id: 'x', title: 'X', description: 'Test.', source: 'This test.', cues: [
        { id: 'a', patterns: ['бумеранг*'], weight: 1, kind: 'frame' },
        { id: 'b', patterns: ['boomerang'], weight: 1, kind: 'frame', languages: ['en'] },
      ] }],
    });
    expect(taxonomy.languages).toEqual(['ru']);
    const s = narratives({ taxonomy });
    expect(found(interview([['answer', 'Это бумеранг, a boomerang.']], { language: 'ru' }), s)).toEqual(['x (0): бумеранг']);
    expect(found(interview([['answer', 'Это бумеранг, a boomerang.']], { language: 'en' }), s)).toEqual(['x (0): boomerang']);
  });
});
