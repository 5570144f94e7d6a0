import { describe, expect, test } from 'vitest';
import type { Turn } from '../doc.js';
import { answer, docWith, items, quotes } from '../../test/helpers.js';
import { sentences } from './sentences.js';

const split = (text: string): string[] => quotes(docWith(text, { turns: [answer(text)] }), sentences());

describe('sentences', () => {
  test.each([
    ['Mr. Novak met Mrs. Hale and Ms. Ortiz. They talked.', ['Mr. Novak met Mrs. Hale and Ms. Ortiz.', 'They talked.']],
    ['Dr. Reyes and Prof. Lind spoke. Gen. Moore listened.', ['Dr. Reyes and Prof. Lind spoke.', 'Gen. Moore listened.']],
    ['Col. Hart, Lt. Park and Sgt. Ruiz arrived. Then Gov. Ames left.', ['Col. Hart, Lt. Park and Sgt. Ruiz arrived.', 'Then Gov. Ames left.']],
    ['Sen. Walsh and Rep. Obi disagreed. It was late.', ['Sen. Walsh and Rep. Obi disagreed.', 'It was late.']],
    ['He grew up in St. Louis and now lives in Kazan. It is cold.', ['He grew up in St. Louis and now lives in Kazan.', 'It is cold.']],
    ['John Hale Jr. Brown signed.', ['John Hale Jr. Brown signed.']],
    ['Point No. 4 is key. No. It is not.', ['Point No. 4 is key.', 'No.', 'It is not.']],
    ['It was Kyiv vs. Moscow again. Nobody won.', ['It was Kyiv vs. Moscow again.', 'Nobody won.']],
    ['We sell grain, oil, metals etc. The rest is minor.', ['We sell grain, oil, metals etc.', 'The rest is minor.']],
    ['We sell grain, oil etc. and little else.', ['We sell grain, oil etc. and little else.']],
    ['Some states, e.g. Chile, agreed. Others, i.e. the rest, did not.', ['Some states, e.g. Chile, agreed.', 'Others, i.e. the rest, did not.']],
    ['The U.S. economy slowed. The U.K. did better.', ['The U.S. economy slowed.', 'The U.K. did better.']],
    ['Talks moved to the U.N. They failed.', ['Talks moved to the U.N.', 'They failed.']],
    ['Sanctions hit the U.S. Treasury too.', ['Sanctions hit the U.S. Treasury too.']],
    ['H.E. Ivan Petrov arrived. He spoke first.', ['H.E. Ivan Petrov arrived.', 'He spoke first.']],
    ['We met at 9 a.m. The talks ended at 5 p.m. on Friday.', ['We met at 9 a.m.', 'The talks ended at 5 p.m. on Friday.']],
    ['The law passed on Jan. 12 and took effect in Dec. 2024. Few noticed.', ['The law passed on Jan. 12 and took effect in Dec. 2024.', 'Few noticed.']],
    ['A decree by V.V. Putin followed. It was short.', ['A decree by V.V. Putin followed.', 'It was short.']],
    ['A note from S.Lavrov came. We read it.', ['A note from S.Lavrov came.', 'We read it.']],
    ['She quoted J. R. R. Tolkien at length. Everyone smiled.', ['She quoted J. R. R. Tolkien at length.', 'Everyone smiled.']],
    ['They built Plan B. The plan worked.', ['They built Plan B.', 'The plan worked.']],
  ])('sentences: abbreviations and initials: %s', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  test.each([
    ['He said: "Stop. Now." Then left.', ['He said: "Stop.', 'Now."', 'Then left.']],
    ['She asked, “Why not?” and waited.', ['She asked, “Why not?” and waited.']],
    ['They called it ‘a farce.’ Nobody laughed.', ['They called it ‘a farce.’', 'Nobody laughed.']],
    ['The vote was close (51 to 49.) Both sides claimed victory.', ['The vote was close (51 to 49.)', 'Both sides claimed victory.']],
    ['(This was in 2019.) Much has changed.', ['(This was in 2019.)', 'Much has changed.']],
    ['He wrote «Enough!» Then he resigned.', ['He wrote «Enough!»', 'Then he resigned.']],
  ])('sentences: closing quotes and brackets stay with their sentence: %s', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  test.each([
    ['Growth was 3.5 percent. Debt rose.', ['Growth was 3.5 percent.', 'Debt rose.']],
    ['The bill came to $1,000.50 in total. We paid.', ['The bill came to $1,000.50 in total.', 'We paid.']],
    ['Inflation hit 4.3%. Rates went up to 2.75.', ['Inflation hit 4.3%.', 'Rates went up to 2.75.']],
    ['It grew in 2023. In 2024 it fell.', ['It grew in 2023.', 'In 2024 it fell.']],
  ])('sentences: decimals and years: %s', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  test.each([
    ['We waited… Nothing happened.', ['We waited…', 'Nothing happened.']],
    ['We waited... Nothing happened.', ['We waited...', 'Nothing happened.']],
    ['I thought… maybe not.', ['I thought… maybe not.']],
    ['Really?! That is absurd!! Is it?', ['Really?!', 'That is absurd!!', 'Is it?']],
    ['"Why?" he asked.', ['"Why?" he asked.']],
  ])('sentences: ellipses, ?! and runs of marks: %s', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  test.each([
    ['Т.е. рост составил 3,5 млн руб. в 2023 г. Это много.', ['Т.е. рост составил 3,5 млн руб. в 2023 г.', 'Это много.']],
    ['Встреча прошла в г. Минске. Итоги скромные.', ['Встреча прошла в г. Минске.', 'Итоги скромные.']],
    ['Улица им. Ленина закрыта, т.к. идёт ремонт. Объезд есть.', ['Улица им. Ленина закрыта, т.к. идёт ремонт.', 'Объезд есть.']],
    ['Ущерб — 5 млрд руб. По оценкам, больше.', ['Ущерб — 5 млрд руб.', 'По оценкам, больше.']],
    ['Было 40 тыс. чел. Стало меньше.', ['Было 40 тыс. чел.', 'Стало меньше.']],
    ['Это было в 2023 г. Стало хуже.', ['Это было в 2023 г.', 'Стало хуже.']],
    ['Потери составили 3 млн долл. и больше.', ['Потери составили 3 млн долл. и больше.']],
    ['Указ подписал В.В. Путин. Он вступил в силу.', ['Указ подписал В.В. Путин.', 'Он вступил в силу.']],
    ['В 1990-х гг. Всё изменилось.', ['В 1990-х гг.', 'Всё изменилось.']],
  ])('sentences: Russian abbreviations: %s', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  test('sentences: never cross a paragraph break', () => {
    expect(split('First part without a stop\n\nSecond part. Third one.')).toEqual(['First part without a stop', 'Second part.', 'Third one.']);
  });

  test('sentences: a single line break ends a sentence unless the line runs on', () => {
    expect(split('A caption line\nThe next line starts here.')).toEqual(['A caption line', 'The next line starts here.']);
    expect(split('a sentence that was\nwrapped by the editor.')).toEqual(['a sentence that was\nwrapped by the editor.']);
    expect(split('Belgium, France,\nGermany and Spain.')).toEqual(['Belgium, France,\nGermany and Spain.']);
  });

  test('sentences: never cross a turn and say which turn they are in', () => {
    const text = 'Is it true? Yes it is. No doubt.';
    const turns: Turn[] = [
      { role: 'question', speaker: null, start: 0, end: 11 },
      { role: 'answer', speaker: 'A', start: 12, end: text.length },
    ];
    const got = items(docWith(text, { turns }), sentences());
    expect(got.map((s) => [text.slice(s.start, s.end), s.turn])).toEqual([['Is it true?', 0], ['Yes it is.', 1], ['No doubt.', 1]]);
  });

  test('sentences: trim whitespace from the spans', () => {
    expect(split('   Leading space.    Trailing space.   ')).toEqual(['Leading space.', 'Trailing space.']);
  });

  test('sentences: a lone dash joins the sentence before it', () => {
    expect(split('We tried. –')).toEqual(['We tried. –']);
  });

  test('sentences: text without a stop is one sentence', () => {
    expect(split('no punctuation at all')).toEqual(['no punctuation at all']);
  });

  test('sentences: more abbreviations from the options', () => {
    const text2 = 'The Vlg. Assembly met. It voted.';
    expect(quotes(docWith(text2, { turns: [answer(text2)] }), sentences({ nonTerminal: ['vlg'] }))).toEqual(['The Vlg. Assembly met.', 'It voted.']);
  });

  test('sentences: a run longer than maxLength is cut at whitespace', () => {
    const text = `${'word '.repeat(60)}end.`;
    const got = quotes(docWith(text, { turns: [answer(text)] }), sentences({ maxLength: 100 }));
    expect(got.length).toBeGreaterThan(2);
    expect(got.every((s) => s.length <= 100 && !s.startsWith(' ') && !s.endsWith(' '))).toBe(true);
    expect(got.join(' ')).toBe(text);
  });

  // Found by test/property/ingest.property.test.ts: the cut fell between the halves of an emoji.
  test('sentences: a run without whitespace is never cut inside a surrogate pair', () => {
    for (const lead of ['', 'a']) {
      const text = `${lead}${'é😀'.repeat(200)}`;
      const got = quotes(docWith(text, { turns: [answer(text)] }), sentences({ maxLength: 100 }));
      expect(got.length).toBeGreaterThan(2);
      expect(got.every((s) => !/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/.test(s))).toBe(true);
      expect(got.join('')).toBe(text);
    }
  });

  test('sentences: a 100,000-word turn splits without blowing up', () => {
    const unit = 'Mr. Ivanov said the U.S. economy grew 3.5% in 2023. Is it true?! Dr. Lee of St. Louis disagreed... ';
    const text = unit.repeat(100_000 / 20);
    const got = items(docWith(text, { turns: [answer(text)] }), sentences());
    expect(got.length).toBe(3 * 5000);
    expect(text.slice(got[0]!.start, got[0]!.end)).toBe('Mr. Ivanov said the U.S. economy grew 3.5% in 2023.');
  });

  test('sentences: one full object', () => {
    const text = 'Q: Why now?\n\nA: Because Mr. Ode asked. That is all.';
    const turns: Turn[] = [
      { role: 'question', speaker: null, start: 3, end: 11 },
      { role: 'answer', speaker: 'Ode', start: 16, end: text.length },
    ];
    expect(items(docWith(text, { turns }), sentences())).toMatchInlineSnapshot(`
      [
        {
          "end": 11,
          "start": 3,
          "turn": 0,
        },
        {
          "end": 38,
          "start": 16,
          "turn": 1,
        },
        {
          "end": 51,
          "start": 39,
          "turn": 1,
        },
      ]
    `);
  });
});
