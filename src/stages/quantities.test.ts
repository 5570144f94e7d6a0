import { describe, expect, test } from 'vitest';
import type { Doc, Sentence, Turn } from '../doc.js';
import { answer, docWith, items, quotes, whole } from '../../test/helpers.js';
import { quantities, readNumbers, readQuantities } from './quantities.js';

const one = (text: string, published: string | null = null): Doc =>
  docWith(text, { turns: [answer(text)], sentences: [whole(text)] }, { published });

const fields = (text: string, published: string | null = null) =>
  items(one(text, published), quantities()).map((q) => ({
    text: text.slice(q.start, q.end), value: q.value, unit: q.unit, approx: q.approx, kind: q.kind,
  }));

describe('quantities: forms', () => {
  test.each([
    // money: symbols, codes, words, scales
    ['The ministry pledged €250 million for new schools.', ['€250 million']],
    ['Reserves were put at $3.2bn last spring.', ['$3.2bn']],
    ['The loan totals USD 40 million over ten years.', ['USD 40 million', 'ten years']],
    ['They have held it for over ten years.', ['over ten years']],
    ['Exports brought in 12 billion roubles.', ['12 billion roubles']],
    ['The port earned 31 billions of dollars from transit.', ['31 billions of dollars']],
    ['A coffee there costs 2,80€ now.', ['2,80€']],
    ['Budgets of £1.2 trillion are rare.', ['£1.2 trillion']],
    ['The tender is worth €610–640 billion in total.', ['€610–640 billion']],
    ['They sold 7 million US dollars of bonds.', ['7 million US dollars']],
    // percentages and percentage points
    ['Turnout was 64.3% in the capital.', ['64.3%']],
    ['Prices rose 4pc in March.', ['4pc']],
    ['Support fell by 9 per cent among pensioners.', ['9 per cent']],
    ['Rates rose 2 percentage points in a month.', ['2 percentage points']],
    ['The debt stands at 88.1% of GDP.', ['88.1%']],
    ['More than half of the deputies abstained.', ['More than half']],
    ['The factory has halved its workforce.', ['halved']],
    // counts in digits and words
    ['Forty-two delegates signed the letter.', ['Forty-two delegates']],
    ['The fleet has at least twelve frigates.', ['at least twelve frigates']],
    ['Nearly 9,500 soldiers took part in the drill.', ['Nearly 9,500 soldiers']],
    ['They own 27 regional newspapers.', ['27 regional newspapers']],
    ['They opened three ‘hubs’ in the south.', ['three ‘hubs’']],
    ['More than two dozen firms left the market.', ['More than two dozen firms']],
    ['The army bought sixty MiG-29s from abroad.', ['sixty MiG-29s']],
    ['Some 400 pieces of artillery were moved.', ['Some 400 pieces']],
    // physical amounts
    ['The plant ships up to six million tonnes a year.', ['up to six million tonnes']],
    ['A tank of 95,000 cubic metres was built.', ['95,000 cubic metres']],
    ['Flows reached 14 bcm through the pipeline.', ['14 bcm']],
    ['The line is 1,250 km long.', ['1,250 km']],
    ['The new unit adds 450 MW of capacity.', ['450 MW']],
    ['Output hit 1.1 million barrels per day.', ['1.1 million barrels per day']],
    // durations in years
    ['They signed a 15-year lease.', ['15-year']],
    ['It took them four decades to agree.', ['four decades']],
    ['The reform lasted twelve years.', ['twelve years']],
    // ranges and approximations
    ['Between 40 and 60 volunteers came.', ['Between 40 and 60 volunteers']],
    ['Prices grew roughly 7%.', ['roughly 7%']],
    ['Around 3,000 families were moved.', ['Around 3,000 families']],
    ['The bill exceeded €9 billion.', ['€9 billion']],
    ['Fewer than 300 inspectors remain.', ['Fewer than 300 inspectors']],
    ['We expect 500 applications or more.', ['500 applications or more']],
    // shares in words, identifiers kept apart
    ['One in four farms closed.', ['One in four']],
    ['About a third of the budget goes to defence.', ['About a third']],
    ['We counted 12m registered voters and 3 grandchildren.', ['12m registered voters', '3 grandchildren']],
  ])('%s', (text, expected) => {
    expect(quotes(one(text), quantities())).toEqual(expected);
  });
});

describe('quantities: exclusions', () => {
  test.each([
    ['In 2019 the treaty lapsed.'],
    ['We met on 12 March and again on 3-4 April.'],
    ['It was the 21st package of measures.'],
    ['The first round and the second half went badly.'],
    ['Both World War One and the Second World War shaped us.'],
    ['1. Introduction of the new rules.'],
    ['The meeting starts at 10:30 sharp.'],
    ['Call +7 495 221-33-44 for details.'],
    ['Dozens of ships and thousands of sailors were there.'],
    ['Billions of dollars were wasted.'],
    ['A few officials and several deputies and many others came.'],
    ['One day we will talk; one of the ministers agreed; no one came.'],
    ['They sat around one table.'],
    ['The F-16 and the Su-35 are jets.'],
    ['The G7 and COVID-19 dominated the agenda.'],
    ['Article 5 applies, as does the Minsk II process and Helsinki II.'],
    ['The exercise West 2025 ended.'],
    ['Five years ago the border was open.'],
    ['Ten-figure sums were discussed.'],
    ['In the 1990s and the 2000s things changed.'],
    ['We are in the top 5 for trade.'],
    ['Several dozen companies stayed.'],
    ['He spent tens of thousands of hours on it.'],
    ['A multi-billion dollar project started.'],
    ['Two weeks later, three days after the vote, it ended.'],
    ['It is the Custodian of the Two Holy Mosques.'],
    ['The 30% Club campaigns for change.'],
    ['Seismic data for the Ktzi200/2007 wells were read.'],
    ['Version 2 of the plan, and 5G networks, and 3D maps.'],
    ['They ordered Boeing 737 jets.'],
  ])('%s', (text) => {
    expect(quotes(one(text), quantities())).toEqual([]);
  });
});

describe('quantities: values, units, approximations and kinds', () => {
  test.each([
    ['Debt exceeded €643 billion.', { text: '€643 billion', value: 643e9, unit: 'EUR', approx: 'over', kind: 'level' }],
    ['Spending will be approximately $2.25 trillion.', { text: 'approximately $2.25 trillion', value: 2.25e12, unit: 'USD', approx: 'about', kind: 'level' }],
    ['The tender is worth €610–640 billion.', { text: '€610–640 billion', value: 625e9, unit: 'EUR', approx: 'about', kind: 'level' }],
    ['The tender is worth over €610–640 billion.', { text: 'over €610–640 billion', value: 610e9, unit: 'EUR', approx: 'over', kind: 'level' }],
    ['Exports fell by 17.5% last year.', { text: '17.5%', value: 17.5, unit: 'percent', approx: 'exact', kind: 'change' }],
    ['Imports increased 20% in May.', { text: '20%', value: 20, unit: 'percent', approx: 'exact', kind: 'change' }],
    ['There was a reduction of around 30%.', { text: 'around 30%', value: 30, unit: 'percent', approx: 'about', kind: 'change' }],
    ['Inflation of 6.1% worried the bank.', { text: '6.1%', value: 6.1, unit: 'percent', approx: 'exact', kind: 'change' }],
    ['Debt reached 97.2% of GDP.', { text: '97.2%', value: 97.2, unit: 'percent', approx: 'exact', kind: 'share' }],
    ['Unemployment is 6.4% in the north.', { text: '6.4%', value: 6.4, unit: 'percent', approx: 'exact', kind: 'share' }],
    ['They kept the 3% target.', { text: '3%', value: 3, unit: 'percent', approx: 'exact', kind: 'share' }],
    ['The share of gas rose to 45%.', { text: '45%', value: 45, unit: 'percent', approx: 'exact', kind: 'share' }],
    ['Rates rose 2 percentage points.', { text: '2 percentage points', value: 2, unit: 'percentage_point', approx: 'exact', kind: 'change' }],
    ['More than half of voters agreed.', { text: 'More than half', value: 50, unit: 'percent', approx: 'over', kind: 'share' }],
    ['The firm halved its staff.', { text: 'halved', value: 50, unit: 'percent', approx: 'exact', kind: 'change' }],
    ['Almost 40 towns lost power.', { text: 'Almost 40 towns', value: 40, unit: 'count', approx: 'under', kind: 'level' }],
    ['Up to 5,000 people may leave.', { text: 'Up to 5,000 people', value: 5000, unit: 'count', approx: 'up_to', kind: 'level' }],
    ['No fewer than 12 envoys came.', { text: 'No fewer than 12 envoys', value: 12, unit: 'count', approx: 'at_least', kind: 'level' }],
    ['They signed a 25-year deal.', { text: '25-year', value: 25, unit: 'year', approx: 'exact', kind: 'level' }],
    ['For three decades they traded.', { text: 'three decades', value: 30, unit: 'year', approx: 'exact', kind: 'level' }],
    ['The pipe carries 5.5 bcm.', { text: '5.5 bcm', value: 5.5e9, unit: 'cubic_metre', approx: 'exact', kind: 'level' }],
    ['We produce 3m tonnes of grain.', { text: '3m tonnes', value: 3e6, unit: 'tonne', approx: 'exact', kind: 'level' }],
    ['Fares rose from 18 to 21 per cent.', { text: '18', value: 18, unit: 'percent', approx: 'exact', kind: 'share' }],
    ['It was only 50 cents.', { text: '50 cents', value: 0.5, unit: 'USD', approx: 'exact', kind: 'level' }],
    ['One in four farms closed.', { text: 'One in four', value: 25, unit: 'percent', approx: 'exact', kind: 'share' }],
    ['Wages were cut by half.', { text: 'half', value: 50, unit: 'percent', approx: 'exact', kind: 'change' }],
    ['It held 7 to 9 per cent.', { text: '7 to 9 per cent', value: 8, unit: 'percent', approx: 'about', kind: 'share' }],
    ['They will hire 300 staff or fewer.', { text: '300 staff or fewer', value: 300, unit: 'count', approx: 'up_to', kind: 'level' }],
  ])('%s', (text, expected) => {
    expect(fields(text)[0]).toEqual(expected);
  });
});

describe('quantities: of and when', () => {
  test('quantities: reads what is measured from the sentence', () => {
    const of = (text: string) => items(one(text), quantities()).map((q) => q.of);
    expect(of('Its public debt has exceeded €700 billion.')).toEqual(['public debt']);
    expect(of('Around 4.1 million tonnes of Russian grain were shipped.')).toEqual(['Russian grain']);
    expect(of('They sent more than 600 pieces of heavy equipment.')).toEqual(['pieces of heavy equipment']);
    expect(of('Debt reached 97.2% of GDP.')).toEqual(['GDP']);
    expect(of('They kept the 3% spending target.')).toEqual(['spending target']);
  });

  test('quantities: takes the period from the same clause, or an earlier one', () => {
    const when = (text: string, published: string | null = null) => items(one(text, published), quantities()).map((q) => q.when);
    expect(when('In 2016, a 10-year contract was signed.')).toEqual(['2016']);
    expect(when('By the end of 2023, trade had fallen by 11% to €2.1 billion.')).toEqual(['2023', '2023']);
    expect(when('Figures for the first half of 2024 show exports of €0.9 billion.')).toEqual(['2024-H1']);
    expect(when('Debt will reach 5.4% of GDP by 2031.')).toEqual(['2031']);
    expect(when('Imports grew by 9% compared with 2021.')).toEqual([null]);
  });

  test('quantities: resolves relative periods against meta.published', () => {
    const when = (text: string, published: string | null) => items(one(text, published), quantities()).map((q) => q.when);
    expect(when('Last year, more than 900 firms closed.', '2025-09-22')).toEqual(['2024']);
    expect(when('Since the beginning of this year, 3.1 million tonnes passed.', '2025-09-22')).toEqual(['2025']);
    expect(when('In July, sales rose by 4% compared to June.', '2025-09-22')).toEqual(['2025-07']);
    expect(when('In the first half of this year we sold 40 ships.', '2024-11-02')).toEqual(['2024-H1']);
    expect(when('Last month prices rose by 2%.', '2025-01-15')).toEqual(['2024-12']);
    expect(when('Last year, more than 900 firms closed.', null)).toEqual([null]);
  });
});

describe('quantities: the layer', () => {
  test('quantities: one full object', () => {
    const text = 'Q: And trade?\nA: Last year, trade in grain had fallen by 23.4% to €12.7 billion.';
    const turns: Turn[] = [
      { role: 'question', speaker: null, start: 3, end: 13 },
      { role: 'answer', speaker: 'Minister', start: 17, end: text.length },
    ];
    const sentences: Sentence[] = [{ start: 3, end: 13, turn: 0 }, { start: 17, end: text.length, turn: 1 }];
    const doc = docWith(text, { turns, sentences }, { published: '2025-03-01' });
    expect(items(doc, quantities())[0]).toMatchInlineSnapshot(`
      {
        "approx": "exact",
        "end": 62,
        "kind": "change",
        "of": "trade in grain",
        "sentence": 1,
        "start": 57,
        "turn": 1,
        "unit": "percent",
        "value": 23.4,
        "when": "2024",
      }
    `);
  });

  test('quantities: reads each turn as a sentence when there are no sentences', () => {
    const text = 'We have 18 parishes. And two monasteries.';
    const doc = docWith(text, { turns: [answer(text)], sentences: [] });
    const got = items(doc, quantities());
    expect(got.map((q) => [text.slice(q.start, q.end), q.turn, q.sentence])).toEqual([
      ['18 parishes', 0, -1],
      ['two monasteries', 0, -1],
    ]);
  });

  test('quantities: items are sorted by start then end across sentences', () => {
    const text = 'It cost €5 billion. Then 12% more.';
    const doc = docWith(text, {
      turns: [answer(text)],
      sentences: [{ start: 20, end: text.length, turn: 0 }, { start: 0, end: 19, turn: 0 }],
    });
    expect(items(doc, quantities()).map((q) => [q.start, q.sentence])).toEqual([[8, 1], [25, 0]]);
  });

  test('quantities: a 20,000-sentence document is read without blow-up', () => {
    const forms = [
      'The ministry allocated €120 million to the region.',
      'Nothing of note happened during the long and tedious meeting about procedure.',
      'Around 2,400 workers joined the strike in 2021.',
      'Exports fell by 4.5% compared with the year before.',
    ];
    const parts: string[] = [];
    const sentences: Sentence[] = [];
    let pos = 0;
    for (let i = 0; i < 20_000; i++) {
      const s = forms[i % forms.length]!;
      sentences.push({ start: pos, end: pos + s.length, turn: 0 });
      parts.push(s);
      pos += s.length + 1;
    }
    const text = parts.join(' ');
    const doc = docWith(text, { turns: [answer(text)], sentences });
    expect(items(doc, quantities())).toHaveLength(15_000);
  });

  test('quantities: one long run-on sentence of numbers is read in linear windows', () => {
    const text = `€40 million and ${'1 2 3 4 5 6 7 8 9 '.repeat(5_000)}`;
    const got = items(one(text), quantities());
    expect(got.map((q) => text.slice(q.start, q.end))).toEqual(['€40 million']);
  });
});

describe('quantities: helpers', () => {
  test('readQuantities reads a bare string', () => {
    expect(readQuantities('Debt exceeded €643 billion.').map((q) => [q.value, q.unit, q.approx])).toEqual([[643e9, 'EUR', 'over']]);
  });

  test('quantities: takes extra currency names from options', () => {
    const doc = one('They paid 40 thousand shillings.');
    expect(items(doc, quantities({ currencies: { shillings: 'KES' } })).map((q) => [q.value, q.unit])).toEqual([[40000, 'KES']]);
  });

  test('readNumbers reads numbers in digits and words, but not ordinals', () => {
    expect(readNumbers('twenty-one trillion, 1,234,567, a dozen, 4.800, 2.33 k and the 14th').map((n) => n.value))
      .toEqual([21e12, 1234567, 12, 4.8, 2.33]);
  });
});

describe('quantities: Russian', () => {
  /** A one-sentence answer in a Russian document. */
  const ru = (text: string, published: string | null = null): Doc =>
    docWith(text, { turns: [answer(text)], sentences: [whole(text)] }, { published, language: 'ru' });
  const ruFields = (text: string, published: string | null = null) =>
    items(ru(text, published), quantities()).map((q) => ({
      text: text.slice(q.start, q.end), value: q.value, unit: q.unit, approx: q.approx, kind: q.kind,
    }));

  test.each([
    // money: scale words and abbreviations, with and without a period, in their case forms
    ['Объем инвестиций достиг 3,5 трлн рублей.', ['3,5 трлн рублей']],
    ['Кредит составил 1,2 млрд долларов США.', ['1,2 млрд долларов США']],
    ['Резервы составляют порядка 600 млрд долларов.', ['порядка 600 млрд долларов']],
    ['Средняя зарплата составила 84 300 рублей.', ['84 300 рублей']],
    ['Бюджет программы — двести пятьдесят тысяч долларов.', ['двести пятьдесят тысяч долларов']],
    ['Цена билета выросла до 900 ₽.', ['900 ₽']],
    ['На ремонт выделили 40 тыс. руб.', ['40 тыс. руб.']],
    // percentages and percentage points
    ['Экспорт удобрений снизился на 3 процентных пункта.', ['3 процентных пункта']],
    ['Поставки по трубопроводу упали на 40 процентов.', ['40 процентов']],
    ['Экспорт вырос на 15 % за квартал.', ['15 %']],
    // counts: a number and a noun in whatever case it governs, adjectives between
    ['Мы построили 14 новых цехов и два моста.', ['14 новых цехов', 'два моста']],
    ['На заводах работают свыше 45 тыс. человек.', ['свыше 45 тыс. человек']],
    ['Почти полторы тысячи семей получили новое жилье.', ['Почти полторы тысячи семей']],
    ['Более миллиона туристов посетили регион.', ['Более миллиона туристов']],
    ['Два десятка вузов подписали соглашения.', ['Два десятка вузов']],
    ['В стране работают 5 АЭС.', ['5 АЭС']],
    ['Компания объявила о сокращении 1200 рабочих мест.', ['1200 рабочих мест']],
    ['Выдано около 2000 лицензий и свыше 300 разрешений.', ['около 2000 лицензий', 'свыше 300 разрешений']],
    ['В отрасли занято 9 тысяч специалистов, из них около 600 работают на экспорт.', ['9 тысяч специалистов', 'около 600']],
    // physical amounts
    ['Мы добываем около 540 тыс. баррелей нефти в сутки.', ['около 540 тыс. баррелей нефти в сутки']],
    ['Добыча газа составила 685 млрд куб. м.', ['685 млрд куб. м.']],
    ['Площадь заповедника — 12 000 гектаров.', ['12 000 гектаров']],
    ['Мы ввели 600 МВт новых мощностей.', ['600 МВт']],
    ['За год построено 110 млн кв. метров жилья.', ['110 млн кв. метров']],
    ['Выпуск стали превысил 12 млн т.', ['12 млн т']],
    // durations
    ['Компания подписала 15-летний контракт.', ['15-летний']],
    ['Соглашение заключено на двадцать лет.', ['двадцать лет']],
    ['Прошло уже три десятилетия с подписания договора.', ['три десятилетия']],
    ['Двухлетний план предусматривает ремонт дорог.', ['Двухлетний']],
    // shares and multiples in words
    ['Более половины опрошенных поддержали реформу.', ['Более половины']],
    ['Две трети бюджета уходит на социальные программы.', ['Две трети']],
    ['Каждый пятый житель региона — пенсионер.', ['Каждый пятый']],
    ['Товарооборот вырос вдвое, а импорт сократился в три раза.', ['вдвое', 'в три раза']],
  ])('quantities: Russian forms: %s', (text, expected) => {
    expect(quotes(ru(text), quantities())).toEqual(expected);
  });

  test.each([
    ['В 2024 году мы открыли новый терминал.'],
    ['Указ подписан 3 мая 2024 г. в Минске.'],
    ['В 2020–2022 годах ситуация была сложной.'],
    ['Встреча состоялась 15 апреля в Минске.'],
    ['Это был 14-й пакет санкций, а до него был 13-й.'],
    ['Мы отмечаем 80-летие Победы.'],
    ['В 1990-е годы завод закрылся, а в 90-х его снесли.'],
    ['В первом полугодии и в первом квартале было тихо.'],
    ['Десятки компаний ушли с рынка, сотни людей потеряли работу.'],
    ['Тысячи граждан вышли на улицы.'],
    ['Три года назад здесь не было ни одного завода.'],
    ['Через пять лет мы планируем удвоить экспорт.'],
    ['Статья 5 устава применима, а резолюция 2231 действует.'],
    ['Самолеты Су-35 и МиГ-29 участвовали в учениях.'],
    ['Один из министров заявил, что переговоры продолжатся.'],
    ['Заседание назначено на 10:30 по московскому времени.'],
    ['В первой половине года рост замедлился.'],
  ])('quantities: Russian exclusions: %s', (text) => {
    expect(quotes(ru(text), quantities())).toEqual([]);
  });

  test.each([
    ['Выпуск вырос на 7,4% за год.', { text: '7,4%', value: 7.4, unit: 'percent', approx: 'exact', kind: 'change' }],
    ['Доля угля в балансе упала до 28%.', { text: '28%', value: 28, unit: 'percent', approx: 'exact', kind: 'share' }],
    ['Дефицит бюджета составит не более 2,1% ВВП.', { text: 'не более 2,1%', value: 2.1, unit: 'percent', approx: 'up_to', kind: 'share' }],
    ['Инфляция в апреле составила 9,8%.', { text: '9,8%', value: 9.8, unit: 'percent', approx: 'exact', kind: 'change' }],
    ['Туда прибыло до 500 военнослужащих.', { text: 'до 500 военнослужащих', value: 500, unit: 'count', approx: 'up_to', kind: 'level' }],
    ['Мы хотим довести поставки до 8 млн тонн.', { text: '8 млн тонн', value: 8e6, unit: 'tonne', approx: 'exact', kind: 'level' }],
    ['Численность населения превышает 146 млн человек.', { text: '146 млн человек', value: 146e6, unit: 'count', approx: 'over', kind: 'level' }],
    ['По меньшей мере 30 сел остались без света.', { text: 'По меньшей мере 30 сел', value: 30, unit: 'count', approx: 'at_least', kind: 'level' }],
    ['В регионе проживает около двухсот тысяч человек.', { text: 'около двухсот тысяч человек', value: 2e5, unit: 'count', approx: 'about', kind: 'level' }],
    ['Работу нашли не менее 300 выпускников.', { text: 'не менее 300 выпускников', value: 300, unit: 'count', approx: 'at_least', kind: 'level' }],
    ['Стройка займет 3 года с лишним.', { text: '3 года с лишним', value: 3, unit: 'year', approx: 'over', kind: 'level' }],
    ['Поставки составят от 20 до 30 млрд кубометров газа.', { text: 'от 20 до 30 млрд кубометров', value: 25e9, unit: 'cubic_metre', approx: 'about', kind: 'level' }],
    ['Зарплаты выросли с 50 до 65 тыс. рублей.', { text: '50', value: 50000, unit: 'RUB', approx: 'exact', kind: 'level' }],
    ['Производство снизилось на треть.', { text: 'треть', value: 33.3333333333333, unit: 'percent', approx: 'exact', kind: 'change' }],
    ['Продажи выросли в 1,5 раза.', { text: 'в 1,5 раза', value: 50, unit: 'percent', approx: 'exact', kind: 'change' }],
    ['Производство упало почти вдвое.', { text: 'почти вдвое', value: 50, unit: 'percent', approx: 'under', kind: 'change' }],
    ['Население выросло на 1,2 млн человек.', { text: '1,2 млн человек', value: 1.2e6, unit: 'count', approx: 'exact', kind: 'change' }],
    ['Выдано около 2000 лицензий и свыше 300 разрешений.', { text: 'около 2000 лицензий', value: 2000, unit: 'count', approx: 'about', kind: 'level' }],
    ['Стипендии получат 40 студентов и более.', { text: '40 студентов и более', value: 40, unit: 'count', approx: 'at_least', kind: 'level' }],
  ])('quantities: Russian values, approximations and kinds: %s', (text, expected) => {
    expect(ruFields(text)[0]).toEqual(expected);
  });

  test('quantities: Russian periods, relative ones against meta.published', () => {
    const when = (text: string, published: string | null = '2025-06-10') => items(ru(text, published), quantities()).map((q) => q.when);
    expect(when('В прошлом году выпуск вырос на 7%.')).toEqual(['2024']);
    expect(when('В этом году ВВП вырастет на 2,5%, а в следующем году — на 3%.')).toEqual(['2025', '2026']);
    expect(when('В первом полугодии 2024 года товарооборот сократился на 12%.')).toEqual(['2024-H1']);
    expect(when('В первом полугодии этого года продано 40 судов.')).toEqual(['2025-H1']);
    expect(when('В апреле цены выросли на 2%.')).toEqual(['2025-04']);
    expect(when('На 1 января 2025 года зарегистрировано 5 100 предприятий.')).toEqual(['2025-01-01']);
    expect(when('По сравнению с 2023 годом экспорт вырос на 5%.')).toEqual([null]);
  });

  test('quantities: digits grouped by a plain space are one number only in space-grouping languages', () => {
    const en = (text: string) => items(one(text), quantities()).map((q) => [text.slice(q.start, q.end), q.value]);
    expect(items(ru('На складе 10 000 тонн и 1 250 000 литров.'), quantities()).map((q) => q.value)).toEqual([10000, 1250000]);
    expect(items(ru('В 2024 году 300 компаний ушли с рынка.'), quantities()).map((q) => q.value)).toEqual([300]);
    // English groups thousands with commas: a plain space separates two numbers, neither of them a count here.
    expect(en('They built 10 000 homes.')).toEqual([]);
    expect(readQuantities('Прибыль — 1,250 млн рублей.').map((q) => q.value)).toEqual([1250000]);
    expect(readQuantities('Profit was 1,250 million dollars.').map((q) => q.value)).toEqual([1250000000]);
  });

  test('quantities: one full Russian object', () => {
    const text = 'В прошлом году экспорт зерна вырос на 12,5%.';
    expect(items(ru(text, '2025-03-01'), quantities())[0]).toMatchInlineSnapshot(`
      {
        "approx": "exact",
        "end": 43,
        "kind": "change",
        "of": "экспорт зерна",
        "sentence": 0,
        "start": 38,
        "turn": 0,
        "unit": "percent",
        "value": 12.5,
        "when": "2024",
      }
    `);
  });
});
