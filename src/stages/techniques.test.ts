import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Doc, Role, Sentence, Turn } from '../doc.js';
import { formatDiagnostic } from '../doc.js';
import { answer, docWith, items, whole } from '../../test/helpers.js';
import { loadLexicon, parseLexicon } from '../lexicon/rhetoric.js';
import { runStages, type AnyStage } from '../pipeline.js';
import { techniques } from './techniques.js';

const stage = techniques();

/** `technique: quote` for each item over a one-answer, one-sentence document. */
function flags(text: string): string[] {
  const doc = docWith(text, { turns: [answer(text)], sentences: [whole(text)] });
  return items(doc, stage).map((t) => `${t.technique}: ${text.slice(t.start, t.end)}`);
}

/** A document of turns, each split into naive sentences at . ! ? */
function interview(parts: readonly (readonly [Role, string, string?])[], meta: Partial<Doc['meta']> = {}): Doc {
  let text = '';
  const turns: Turn[] = [];
  const sentences: Sentence[] = [];
  for (const [role, body, speaker] of parts) {
    if (text) text += '\n\n';
    const start = text.length;
    text += body;
    turns.push({ role, speaker: speaker ?? null, start, end: text.length });
    const re = /[^.!?]+[.!?]*/g;
    for (let m = re.exec(body); m; m = re.exec(body)) {
      const lead = m[0].length - m[0].trimStart().length;
      if (m[0].trim()) sentences.push({ start: start + m.index + lead, end: start + m.index + m[0].trimEnd().length, turn: turns.length - 1 });
    }
  }
  return docWith(text, { turns, sentences }, meta);
}

describe('techniques: cues fire on their own sentences', () => {
  test.each([
    // name_calling: labels for governments and people, extended to the noun phrase
    ['They keep arming the Varnish regime in spite of everything.', ['name_calling: the Varnish regime']],
    ['Brussels funds the neo-Nazi regime in Kordova.', ['name_calling: the neo-Nazi regime in Kordova']],
    ['The ruling junta will not last.', ['name_calling: The ruling junta']],
    ['These puppets take orders from abroad.', ['name_calling: These puppets']],
    ['The warmongers in the capital want more.', ['name_calling: The warmongers']],
    ['Armed extremist groups crossed the border.', ['name_calling: extremist groups']],
    ['He is the darling of Kordova’s fan club.', ['name_calling: Kordova’s fan club']],
    ['The most hot-headed politicians ask for a no-fly zone.', ['name_calling: The most hot-headed politicians']],
    ['It is a state run by Russophobes.', ['name_calling: Russophobes']],
    // loaded_language
    ['The media whipped up a hysteria over nothing.', ['loaded_language: hysteria']],
    ['They threw a tantrum at the summit.', ['loaded_language: threw a tantrum']],
    ['The ministers are robbing their own citizens.', ['loaded_language: robbing their own citizens']],
    ['This is an attempt to steal part of our reserves.', ['loaded_language: steal part of our reserves']],
    ['The bloc wants to extend its tentacles to the south.', ['loaded_language: extend its tentacles']],
    ['It is an irresponsible policy.', ['loaded_language: irresponsible policy']],
    ['They keep pumping the country with weapons.', ['loaded_language: pumping the country with weapons']],
    ['It was a trade war unleashed by the West.', ['loaded_language: war unleashed by the West']],
    ['That decision was a civilizational mistake.', ['loaded_language: a civilizational mistake']],
    // doubt
    ['The so-called ‘peace coalition’ met again.', ['doubt: The so-called ‘peace coalition’']],
    ['They repeat the notorious ‘eastern threat’ every day.', ['doubt: the notorious ‘eastern threat’']],
    ['The alleged attack was never investigated.', ['doubt: The alleged attack']],
    ['Then came the ‘official’ explanation.', ['doubt: ‘official’']],
    ['They printed obviously custom-made articles.', ['doubt: custom-made articles']],
    ['Calling it aggression is just a cliché.', ['doubt: just a cliché']],
    ['They invented pseudo-justifications for the raid.', ['doubt: invented pseudo-justifications']],
    // appeal_to_fear
    ['This threatens to push the continent towards the abyss.', ['appeal_to_fear: threatens to push the continent towards the abyss']],
    ['Our neighbours will be the first to pay the price.', ['appeal_to_fear: will be the first to pay the price']],
    ['Such a step could provoke a catastrophe.', ['appeal_to_fear: could provoke a catastrophe']],
    ['It is a direct threat to our security.', ['appeal_to_fear: direct threat to our security']],
    // exaggeration
    ['Their credibility would vanish in an instant.', ['exaggeration: vanish in an instant']],
    ['Their ambitions are growing exponentially.', ['exaggeration: exponentially']],
    ['Fear of us is the core purpose of their entire existence.', ['exaggeration: the core purpose of their entire existence']],
    ['We saw the total disregard of the agreement.', ['exaggeration: the total disregard']],
    // appeal_to_authority
    ['President Arlen has repeatedly and clearly stated that we will not attack.', ['appeal_to_authority: President Arlen has repeatedly and clearly stated']],
    ['Leading experts agree on this point.', ['appeal_to_authority: Leading experts agree']],
    // black_and_white
    ['You are either with us or against us.', ['black_and_white: You are either with us or against us']],
    ['There is no other way to end it.', ['black_and_white: no other way']],
    // thought_terminating_cliche
    ['Well, it is what it is.', ['thought_terminating_cliche: it is what it is']],
    ['That says it all.', ['thought_terminating_cliche: That says it all']],
    ["Let's not fool ourselves about their motives.", ["thought_terminating_cliche: Let's not fool ourselves"]],
    // causal_oversimplification
    ['They did it with the only goal of weakening us.', ['causal_oversimplification: the only goal']],
    ['The war was provoked by the expansion of the Alliance.', ['causal_oversimplification: provoked by the expansion of the Alliance']],
    // whataboutism
    ['It was no more illegal than when the US invaded Iraq.', ['whataboutism: no more illegal than when the US invaded Iraq']],
    ['And what about the bombing of Belgrade?', ['whataboutism: what about the bombing of Belgrade']],
    ['Does this mean that the French government recognises it?', ['whataboutism: Does this mean that the French government recognises it?']],
    // flag_waving, bandwagon, reductio, straw_man, slogans
    ['Our army is strong and well trained.', ['flag_waving: army is strong']],
    ['We are proud of our great nation.', ['flag_waving: our great nation']],
    ['Everyone understands what is going on.', ['bandwagon: Everyone understands']],
    ['The overwhelming majority of citizens support us.', ['bandwagon: The overwhelming majority of citizens']],
    ['Their methods are straight out of Goebbels.', ['reductio_ad_hitlerum: straight out of Goebbels']],
    ['They want to dismember Russia and divide its lands.', ['straw_man: want to dismember Russia']],
    ['Our answer is simple: never again.', ['slogans: never again']],
  ])('%s', (text, expected) => {
    expect(flags(text)).toEqual(expected);
  });
});

describe('techniques: neutral uses do not fire', () => {
  test.each([
    'The climate regime of the river changed after the dam was built.',
    'The tax regime for small firms was simplified last year.',
    'The Schengen regime allows travel without border checks.',
    // A term introduced with "so-called": not doubt (docs/techniques.md explains the choice).
    'The so-called ‘shoulder season’ in tourism begins in May.',
    'The so-called cold chain keeps vaccines below eight degrees.',
    'What forecasters call ‘nowcasting’ covers the next two hours.',
    'The storm unleashed heavy rain on the valley.',
    'Gauges recorded destructive winds along the coast.',
    'The football fan club met on Sunday.',
    'We are supposed to deliver the report in March.',
    'Overnight temperatures fell below zero in the north.',
    'The exponential smoothing model was recalibrated in June.',
    'Two Patriot systems were delivered to the air base.',
    'The total cost of the programme is 2.6 million euros.',
    'The only reason for the delay was a supplier’s late delivery of the masts.',
    'Experts from three universities reviewed the methodology.',
    'The entire network was checked in the spring.',
  ])('%s', (text) => {
    expect(flags(text)).toEqual([]);
  });

  const neutral = [
    // A budget report.
    'The agency’s budget for next year is 41.2 million euros, compared with 39.5 million this year. Personnel costs account for 58% of the total, maintenance of buildings and vehicles for 12% and information technology for 17%. The remaining funds cover training, travel and membership fees in international organisations. The increase is mainly due to the wage agreement signed in the autumn and to higher electricity prices. We expect to fill eleven vacant posts by the end of the second quarter. The audit office reviewed last year’s accounts in April and found no material errors. Its recommendations on the procurement of software licences have been implemented.',
    // A weather summary.
    'January was milder than average, with a mean temperature of minus 1.8 degrees, about two degrees above the long-term norm. Precipitation reached 61 millimetres, which is close to normal, but snow cover was thin in the south and lasted only a few days. A storm on the 14th brought gusts of up to 28 metres per second on the islands, and about 4,000 households lost power for several hours. Sea ice formed in the northern bays at the end of the month. The outlook for February suggests temperatures slightly above normal and near-average precipitation.',
    // A statistics release.
    'According to the preliminary estimate, gross domestic product grew by 0.6% in the third quarter compared with the previous quarter and by 1.9% compared with the same quarter a year earlier. Growth was driven by household consumption and exports of services, while investment in machinery declined. The unemployment rate was 6.1%, down from 6.4% in the second quarter. The statistics office will publish revised figures on 28 November, together with a breakdown by industry and region. Methodological notes are available on the office’s website.',
  ];
  test.each(neutral)('neutral paragraph: %s', (text) => {
    const doc = interview([['answer', text]]);
    expect(items(doc, stage).map((t) => `${t.rule}: ${doc.text.slice(t.start, t.end)}`)).toEqual([]);
  });
});

describe('techniques: turns, speakers and repetition', () => {
  test('reads questions and answers, not the intro; every turn when there is neither', () => {
    const i = 'The puppet regime fell in May.';
    const q = 'Why do you call it a puppet regime?';
    const a = 'Because it is a puppet regime.';
    expect(items(interview([['intro', i], ['question', q], ['answer', a]]), stage).map((t) => t.turn)).toEqual([1, 2]);
    expect(items(interview([['intro', q]]), stage).map((t) => t.turn)).toEqual([0]);
  });

  test('a rhetorical question counts in an answer, not as the interviewer’s question', () => {
    const q = 'Does this mean that the French government recognises it?';
    expect(items(interview([['question', q], ['answer', 'We shall see. ' + q]]), stage).map((t) => [t.rule, t.turn])).toEqual([
      ['whataboutism/rhetorical_question', 1],
    ]);
  });

  test('a phrase repeated in two answers by one speaker is flagged where it recurs', () => {
    const doc = interview([
      ['answer', 'This is the plain side of the story. We will see.', 'Ana Vel'],
      ['question', 'And the border?', 'Host'],
      ['answer', 'Again, that is simply the plain side of the story.', 'Ana Vel'],
    ]);
    const out = items(doc, stage);
    expect(out.map((t) => [t.rule, t.turn, doc.text.slice(t.start, t.end)])).toEqual([['repetition/phrase', 2, 'plain side of the story']]);
    expect(out[0]!.explanation).toBe('Repeats the phrase “plain side of the story” (2 times in 2 answers).');
  });

  test('two speakers saying the same phrase is not repetition', () => {
    const doc = interview([
      ['answer', 'This is the plain side of the story.', 'Ana Vel'],
      ['answer', 'It is the plain side of the story.', 'Bo Rask'],
    ]);
    expect(items(doc, stage)).toEqual([]);
  });

  test('documents in another language get no flags', () => {
    const doc = interview([['answer', 'Brussels funds the neo-Nazi regime in Kordova.']], { language: 'de' });
    expect(items(doc, stage)).toEqual([]);
  });

  test('items are sorted by start then end, with spans inside the text', () => {
    const text = 'The so-called experts of the puppet regime in Kordova stage a hysteria, and the whole world knows it. It is what it is. They threw a tantrum; it was no more legal than the bombing of Belgrade.';
    const out = items(docWith(text, { turns: [answer(text)], sentences: [whole(text)] }), stage);
    expect(out.length).toBeGreaterThan(5);
    for (let i = 1; i < out.length; i++) {
      const [a, b] = [out[i - 1]!, out[i]!];
      expect(a.start < b.start || (a.start === b.start && a.end <= b.end)).toBe(true);
    }
  });

  test('any text gives valid, sorted spans (property)', () => {
    const piece = fc.constantFrom('regime', 'Kordova', 'so-called', '‘', '’', '“', '”', '"', "'", ' ', ', ', '. ', '?', 'the', 'puppet', 'no more', 'illegal than', 'Iraq', '…', '😀', 'é', '-', 'side of the story', '\n');
    fc.assert(fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
      const text = parts.join('');
      const out = items(interview([['answer', text]]), stage);
      for (const [i, t] of out.entries()) {
        expect(0 <= t.start && t.start < t.end && t.end <= text.length).toBe(true);
        if (i) expect(out[i - 1]!.start <= t.start).toBe(true);
      }
    }), { numRuns: 300 });
  });

  test('one full item', () => {
    const text = 'They support the criminal regime in Kordova.';
    expect(items(docWith(text, { turns: [answer(text, 'Ana Vel')], sentences: [whole(text)] }), stage)).toMatchInlineSnapshot(`
      [
        {
          "confidence": 0.8,
          "end": 43,
          "explanation": "Calls a government a regime (“the criminal regime in Kordova”), a label that denies it legitimacy.",
          "rule": "name_calling/regime",
          "start": 13,
          "technique": "name_calling",
          "turn": 0,
        },
      ]
    `);
  });
});

describe('techniques: lexicons are data', () => {
  const classes = { stop: ['the', 'a', 'of', 'and'] };
  const file = {
    technique: 'loaded_language',
    description: 'Test cues.',
    source: 'Written for this test.',
    cues: [{ id: 'gloom', patterns: ['gloomy|dreary [@lower]'], explanation: 'Calls something “{text}”.', confidence: 0.9 }],
  };

  test('a user lexicon folder replaces the shipped one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-lexicon-'));
    writeFileSync(join(dir, 'classes.json'), JSON.stringify(classes));
    writeFileSync(join(dir, 'mine.json'), JSON.stringify(file));
    const custom = techniques({ lexicon: loadLexicon(dir) });
    const text = 'A dreary budget and a puppet regime.';
    const out = items(docWith(text, { turns: [answer(text)], sentences: [whole(text)] }), custom);
    expect(out.map((t) => [t.rule, text.slice(t.start, t.end), t.confidence, t.explanation])).toEqual([
      ['loaded_language/gloom', 'dreary budget', 0.9, 'Calls something “dreary budget”.'],
    ]);
  });

  test('a malformed file is refused with its name and the problem', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-lexicon-'));
    mkdirSync(join(dir, 'bad'));
    writeFileSync(join(dir, 'bad', 'broken.json'), '{ "technique": "doubt", ');
    expect(() => loadLexicon(join(dir, 'bad'))).toThrow(/broken\.json is not valid JSON/);
    expect(() => loadLexicon(join(dir, 'missing'))).toThrow(/Cannot read the lexicon folder/);
    const bad = (patch: object): (() => unknown) => () => parseLexicon({ 'classes.json': classes, 'x.json': { ...file, ...patch } }, 'dir');
    expect(bad({ technique: 'shouting' })).toThrow('dir/x.json: technique must be one of loaded_language, name_calling');
    expect(bad({ cues: [{ ...file.cues[0], paterns: [] }] })).toThrow('dir/x.json: cues[0]: unknown field "paterns"');
    expect(bad({ cues: [{ ...file.cues[0], patterns: ['@nouns regime'] }] })).toThrow('dir/x.json: cues[0] (gloom).patterns[0]: unknown word class "@nouns"');
    expect(bad({ cues: [{ ...file.cues[0], patterns: ['… regime'] }] })).toThrow('a pattern must begin with a word');
    expect(bad({ cues: [{ ...file.cues[0], confidence: 2 }] })).toThrow('dir/x.json: cues[0] (gloom).confidence must be a number from 0 to 1; found 2.');
  });

  test('the shipped lexicon loads and covers every technique but red_herring', () => {
    const lexicon = loadLexicon();
    const covered = new Set(lexicon.techniques.filter((t) => t.cues.length || t.repetition).map((t) => t.technique));
    expect(covered.has('red_herring')).toBe(false);
    expect(covered.size).toBe(16);
  });
});

describe('techniques: Russian', () => {
  /** `technique: quote` for each item over a one-answer, one-sentence Russian document. */
  function ruFlags(text: string): string[] {
    const doc = docWith(text, { turns: [answer(text)], sentences: [whole(text)] }, { language: 'ru' });
    return items(doc, stage).map((t) => `${t.technique}: ${text.slice(t.start, t.end)}`);
  }

  test.each([
    ['Это очередной шантаж со стороны соседей.', ['loaded_language: шантаж']],
    ['Западные СМИ раздувают антироссийскую истерию.', ['loaded_language: антироссийскую истерию']],
    ['Это откровенная русофобия, не более того.', ['loaded_language: русофобия']],
    ['Киевский режим давно утратил самостоятельность.', ['name_calling: Киевский режим']],
    ['Хунта в соседней столице говорит языком ультиматумов.', ['name_calling: Хунта']],
    ['Ими управляют заокеанские кукловоды.', ['name_calling: кукловоды']],
    ['Неонацисты снова маршируют по улицам.', ['name_calling: Неонацисты']],
    ['Так называемые «партнеры» снова недовольны.', ['doubt: Так называемые «партнеры»']],
    ['Это так называемая "политика сдерживания" в действии.', ['doubt: так называемая "политика сдерживания"']],
    ['Тема якобы готовящегося вторжения надумана.', ['doubt: якобы', 'doubt: надумана']],
    ['Как неоднократно подчеркивал Президент, мы не поддадимся давлению.', ['appeal_to_authority: Как неоднократно подчеркивал Президент']],
    ['Либо они примут условия, либо останутся ни с чем.', ['black_and_white: Либо они примут условия, либо']],
    ['Другого пути нет, и все это понимают.', ['black_and_white: Другого пути нет']],
    ['Факты говорят сами за себя.', ['thought_terminating_cliche: говорят сами за себя']],
    ['Наш великий народ выстоит в любых испытаниях.', ['flag_waving: Наш великий народ']],
    ['А как же Ирак и Ливия?', ['whataboutism: А как же Ирак и Ливия']],
    ['Подавляющее большинство стран понимает нашу правоту.', ['bandwagon: Подавляющее большинство стран']],
    ['Они стоят на пороге ядерной катастрофы.', ['appeal_to_fear: ядерной катастрофы']],
    ['Это методы Геббельса в чистом виде.', ['reductio_ad_hitlerum: методы Геббельса']],
  ])('techniques: Russian cues: %s', (text, expected) => {
    expect(ruFlags(text)).toEqual(expected);
  });

  test.each([
    ['Режим орошения на юге скорректирован с учетом погоды.'],
    ['Мы продлили так называемый льготный период по лизингу.'],
    ['Визовый режим для туристов отменен, режим работы музеев прежний.'],
    ['Компенсации будут выплачены деньгами и техникой.'],
    ['Министерство продолжит мониторинг ситуации и будет информировать граждан.'],
    ['Посевная завершена в установленные сроки, урожай ожидается хорошим.'],
  ])('techniques: neutral Russian does not fire: %s', (text) => {
    expect(ruFlags(text)).toEqual([]);
  });

  test('techniques: English cues do not fire in a Russian document, nor Russian ones in an English one', () => {
    expect(ruFlags('Brussels funds the neo-Nazi regime in Kordova.')).toEqual([]);
    expect(flags('Это очередной шантаж со стороны соседей.')).toEqual([]);
  });

  test('techniques: a language with no cues gets a techniques/language diagnostic', () => {
    const doc = interview([['answer', 'Brussels funds the neo-Nazi regime in Kordova.']], { language: 'de' });
    const out = runStages(doc, [stage as unknown as AnyStage]);
    expect(out.techniques).toEqual([]);
    expect(out.diagnostics.map(formatDiagnostic)).toEqual([
      'info techniques/language: The rhetoric lexicon covers en, ru; this document is in de, so no techniques were looked for.',
    ]);
  });

  test('techniques: a cue or file declares its languages; the default is English', () => {
    const classes = { stop: ['the', 'и'] };
    const file = {
      technique: 'loaded_language', description: 'Test cues.', source: 'Written for this test.',
      cues: [
        { id: 'gloom', patterns: ['gloomy'], explanation: 'Calls something “{text}”.' },
        { id: 'gloom_ru', patterns: ['мрачн*'], explanation: 'Называет что-то «{text}».', languages: ['ru'] },
      ],
    };
    const lexicon = parseLexicon({ 'classes.json': classes, 'x.json': file }, 'dir');
    expect(lexicon.techniques[0]!.languages).toEqual(['en']);
    const custom = techniques({ lexicon });
    const run = (text: string, language: string | null) =>
      items(docWith(text, { turns: [answer(text)], sentences: [whole(text)] }, { language }), custom).map((t) => t.rule);
    expect(run('A gloomy day, мрачный день.', 'en')).toEqual(['loaded_language/gloom']);
    expect(run('A gloomy day, мрачный день.', 'ru')).toEqual(['loaded_language/gloom_ru']);
    expect(run('A gloomy day, мрачный день.', null)).toEqual(['loaded_language/gloom', 'loaded_language/gloom_ru']);
    expect(() => parseLexicon({ 'classes.json': classes, 'x.json': { ...file, languages: ['Russian'] } }, 'dir'))
      .toThrow('dir/x.json: languages[0] must be a BCP 47 primary language tag in lower case ("en", "ru"); found "Russian".');
  });
});
