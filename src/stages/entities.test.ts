import { describe, expect, test } from 'vitest';
import type { Doc, Entity } from '../doc.js';
import { answer, docWith, items } from '../../test/helpers.js';
import { entities, type EntityOptions } from './entities.js';
import { sentences } from './sentences.js';

/** A one-turn document over `text` with its sentences. */
function prepared(text: string, meta: Partial<Doc['meta']> = {}): Doc {
  const base = docWith(text, { turns: [answer(text)] }, meta);
  return docWith(text, { turns: [answer(text)], sentences: items(base, sentences()) }, meta);
}

function found(text: string, meta: Partial<Doc['meta']> = {}, options: EntityOptions = {}): Entity[] {
  return [...items(prepared(text, meta), entities(options))];
}

/** "quote TYPE name #id {role}" per mention, for readable assertions. */
function described(text: string, meta: Partial<Doc['meta']> = {}, options: EntityOptions = {}): string[] {
  return found(text, meta, options).map((e) =>
    [text.slice(e.start, e.end), e.type, e.name, e.id ? `#${e.id}` : '', e.role ? `{${e.role}}` : ''].filter(Boolean).join(' '));
}

const quotesOf = (text: string): string[] => found(text).map((e) => text.slice(e.start, e.end));

describe('entities', () => {
  test.each([
    ['Yesterday Defence Minister Anna Kovacs visited the border.', ['Anna Kovacs PERSON Anna Kovacs {Defence Minister}']],
    ['We welcomed President Okafor warmly.', ['Okafor PERSON Okafor {President}']],
    ['The talks involved Polish Prime Minister Jan Nowak himself.', ['Jan Nowak PERSON Jan Nowak {Polish Prime Minister}']],
    ['He quoted former Finnish President Sauli Niinisto twice.', ['Sauli Niinisto PERSON Sauli Niinisto {former Finnish President}']],
    ['A letter came from Archbishop Tikhon last week.', ['Tikhon PERSON Tikhon {Archbishop}']],
    ['It was signed by Deputy Foreign Minister Olga Berg and nobody else.', ['Olga Berg PERSON Olga Berg {Deputy Foreign Minister}']],
    ['We spoke to Mr. Harlan yesterday.', ['Harlan PERSON Harlan']],
    ['The note reached H.E. Marta Lind on time.', ['Marta Lind PERSON Marta Lind']],
  ])('entities: titles are kept apart from names: %s', (text, expected) => {
    expect(described(text)).toEqual(expected);
  });

  test('entities: an appositive title becomes the role', () => {
    expect(described('We met Ivan Sokol, Ambassador of Serbia to Chile, in the morning.')).toEqual([
      'Ivan Sokol PERSON Ivan Sokol {Ambassador of Serbia to Chile}',
      'Serbia PLACE Serbia #RS',
      'Chile PLACE Chile #CL',
    ]);
  });

  test('entities: a title waits for its name in brackets', () => {
    expect(described('He phoned our President [Viktor Dahl] at once.')).toEqual(['Viktor Dahl PERSON Viktor Dahl {President}']);
  });

  test('entities: one canonical name per person across mentions', () => {
    const text = 'Vladimir Putin arrived. Later President Putin spoke, and Putin left early.';
    expect(described(text)).toEqual([
      'Vladimir Putin PERSON Vladimir Putin',
      'Putin PERSON Vladimir Putin {President}',
      'Putin PERSON Vladimir Putin',
    ]);
  });

  test('entities: without a full name the surname is the name', () => {
    expect(described('President Zelensky spoke. Later Zelensky left.')).toEqual([
      'Zelensky PERSON Zelensky {President}',
      'Zelensky PERSON Zelensky',
    ]);
  });

  test('entities: a surname alone after a titled mention is still a person', () => {
    expect(described('Minister Halvorsen came. We think Halvorsen was right.').map((d) => d.split(' {')[0])).toEqual([
      'Halvorsen PERSON Halvorsen',
      'Halvorsen PERSON Halvorsen',
    ]);
  });

  test('entities: an interviewee named in meta gives surnames their full name', () => {
    expect(described('As Okonkwo said, trade grew.', { interviewee: 'Chidi Okonkwo' })).toEqual(['Okonkwo PERSON Chidi Okonkwo']);
  });

  test.each([
    ['Trade with Russia and the Russian Federation grew.', ['Russia PLACE Russia #RU', 'Russian Federation PLACE Russia #RU']],
    ['The Kingdom of Belgium and Belgium are one.', ['Kingdom of Belgium PLACE Belgium #BE', 'Belgium PLACE Belgium #BE']],
    ['Flights to the US, the USA and the United States.', ['US PLACE United States #US', 'USA PLACE United States #US', 'United States PLACE United States #US']],
    ['Envoys of the Republic of Belarus met.', ['Republic of Belarus PLACE Belarus #BY']],
    ['Both the USSR and Yugoslavia collapsed.', ['USSR PLACE USSR #SU', 'Yugoslavia PLACE Yugoslavia #YU']],
    ['The old Soviet Union had allies.', ['Soviet Union PLACE USSR #SU']],
    ['Ships sailed from the Netherlands to South Korea.', ['Netherlands PLACE Netherlands #NL', 'South Korea PLACE South Korea #KR']],
  ])('entities: countries carry their ISO 3166-1 code: %s', (text, expected) => {
    expect(described(text)).toEqual(expected);
  });

  test.each([
    ['Drones hit Kherson and Zaporizhia overnight.', ['Kherson', 'Zaporizhia']],
    ['Fog covered the Black Sea and the Baltic Sea.', ['Black Sea', 'Baltic Sea']],
    ['Trade with Central Asia, the Middle East and the Asia-Pacific region grew.', ['Central Asia', 'Middle East', 'Asia-Pacific']],
    ['Rail links to Western Europe reopened.', ['Western Europe']],
    ['We met in The Hague and later in the Hague again.', ['The Hague', 'Hague']],
    ['A bridge from Crimea to Sevastopol.', ['Crimea', 'Sevastopol']],
    ['Tanks crossed the Ural mountains.', ['Ural mountains']],
  ])('entities: places from the gazetteer: %s', (text, expected) => {
    expect(quotesOf(text)).toEqual(expected);
    expect(found(text).every((e) => e.type === 'PLACE')).toBe(true);
  });

  test('entities: a city before "region" names the region', () => {
    expect(described('Shelling in the Kherson region continued.')).toEqual(['Kherson region PLACE Kherson region']);
  });

  test.each([
    ['Both NATO and the OSCE replied.', ['NATO ORG NATO #nato', 'OSCE ORG OSCE #osce']],
    ['The EU and the European Union are one body.', ['EU ORG European Union #eu', 'European Union ORG European Union #eu']],
    ['Reports by Reuters and TASS differed.', ['Reuters ORG Reuters #reuters', 'TASS ORG TASS #tass']],
    ['A deal between PJSC Gazprom and Harlow & Co. fell through.', ['PJSC Gazprom ORG Gazprom #gazprom', 'Harlow & Co. ORG Harlow & Co.']],
    ['Money moved from the Bank of Canada to Fenwick Logistics Group.', ['Bank of Canada ORG Bank of Canada', 'Fenwick Logistics Group ORG Fenwick Logistics Group']],
    ['Shares of the energy company Varnholt fell.', ['Varnholt ORG Varnholt']],
  ])('entities: organisations: %s', (text, expected) => {
    expect(described(text)).toEqual(expected);
  });

  test('entities: an organisation named after another keeps both', () => {
    expect(described('Our Permanent Mission to the OSCE works hard.')).toEqual([
      'Permanent Mission to the OSCE ORG Permanent Mission to the OSCE',
      'OSCE ORG OSCE #osce',
    ]);
  });

  test('entities: a shorter organisation name takes the only longer one ending with it', () => {
    expect(described('The Latvian Transport Ministry agreed. Later the Transport Ministry changed its mind.')).toEqual([
      'Latvian Transport Ministry ORG Latvian Transport Ministry',
      'Transport Ministry ORG Latvian Transport Ministry',
    ]);
  });

  test('entities: a legal form before a quoted name', () => {
    expect(described('He spoke to MIA "Nord Vesti" about it.')).toEqual(['MIA "Nord Vesti" ORG MIA "Nord Vesti"']);
  });

  test('entities: an acronym in brackets takes its long form\'s name', () => {
    expect(described('The Caspian Pipeline Authority (CPA) met. Later the CPA agreed.')).toEqual([
      'Caspian Pipeline Authority ORG Caspian Pipeline Authority',
      'CPA ORG Caspian Pipeline Authority',
      'CPA ORG Caspian Pipeline Authority',
    ]);
  });

  test('entities: an acronym whose long form names nothing is dropped with it', () => {
    expect(quotesOf('The Special Economic Regime (SER) began. The SER ended in spring.')).toEqual([]);
  });

  test('entities: "the Kingdom" is the monarchy the document is about', () => {
    expect(described('Belgium is small. The Kingdom still exports much.')).toEqual([
      'Belgium PLACE Belgium #BE',
      'Kingdom PLACE Belgium #BE',
    ]);
  });

  test.each([
    ['The minister said. However, Yes, we agree.'],
    ['In January and on Monday, I met the President.'],
    ['Western leaders and European voters disagree.'],
    ['They called it ‘Iron Shield’ and laughed.'],
    ['GDP and LNG exports rose, as did F-16 deliveries.'],
    ['The King thanked the Embassy and the Ministry.'],
    ['Russians and Belgians alike were surprised.'],
    ['The 2024 Strategic Review was published.'],
    ['Several NGOs and the SAFE programme were mentioned.'],
    ['Deindustrialisation is accelerating everywhere.'],
    ['Options A. B. C. remain open.'],
    ['Nobody asked (LAUGHTER) and we moved on.'],
  ])('entities: not entities: %s', (text) => {
    expect(quotesOf(text)).toEqual([]);
  });

  test('entities: a given name before a surname marks a person', () => {
    expect(described('Talks with Katarzyna Wessel ended.')).toEqual(['Katarzyna Wessel PERSON Katarzyna Wessel']);
  });

  test('entities: a surname ending marks a person', () => {
    expect(described('Critics like Tarasenko disagree.')).toEqual(['Tarasenko PERSON Tarasenko']);
  });

  test('entities: extra gazetteer rows from the options', () => {
    expect(described('Ferries reach Nordholm daily.', {}, { places: ['Nordholm|Nordholmen'] })).toEqual(['Nordholm PLACE Nordholm']);
    expect(described('Ferries reach Nordholmen daily.', {}, { places: ['Nordholm|Nordholmen'] })).toEqual(['Nordholmen PLACE Nordholm']);
  });

  test('entities: the outlet from meta is an organisation', () => {
    expect(described('Thanks to Voces del Sur for the interview.', { outlet: 'Voces del Sur' })).toEqual(['Voces del Sur ORG Voces del Sur']);
  });

  test('entities: a 100,000-word turn is processed without blowing up', () => {
    const unit = 'Foreign Minister Lena Holt of Norway met NATO officials in Brussels on Monday, and Holt praised the EU. ';
    const text = unit.repeat(100_000 / 20);
    const got = found(text);
    expect(got.length).toBe(6 * 5000);
    expect(got[0]).toMatchObject({ type: 'PERSON', name: 'Lena Holt', role: 'Foreign Minister' });
  });

  test('entities: one full document', () => {
    const text = 'Minister of Trade Ilse Brandt met Deputy Prime Minister Tomas Vik in Oslo. Vik thanked Norway and the European Commission.';
    expect(found(text)).toMatchInlineSnapshot(`
      [
        {
          "end": 29,
          "name": "Ilse Brandt",
          "role": "Minister of Trade",
          "start": 18,
          "type": "PERSON",
        },
        {
          "end": 65,
          "name": "Tomas Vik",
          "role": "Deputy Prime Minister",
          "start": 56,
          "type": "PERSON",
        },
        {
          "end": 73,
          "name": "Oslo",
          "start": 69,
          "type": "PLACE",
        },
        {
          "end": 78,
          "name": "Tomas Vik",
          "start": 75,
          "type": "PERSON",
        },
        {
          "end": 93,
          "id": "NO",
          "name": "Norway",
          "start": 87,
          "type": "PLACE",
        },
        {
          "end": 121,
          "id": "european-commission",
          "name": "European Commission",
          "start": 102,
          "type": "ORG",
        },
      ]
    `);
  });
});

describe('entities: Russian', () => {
  const ru = (text: string, meta: Partial<Doc['meta']> = {}): string[] => described(text, { language: 'ru', ...meta });

  test.each([
    ['Делегация прибыла в Казахстан, а затем в Узбекистане прошли переговоры.',
      ['Казахстан PLACE Казахстан #KZ', 'Узбекистане PLACE Узбекистан #UZ']],
    ['Отношения с Россией и Китаем укрепляются, а с Польшей — нет.',
      ['Россией PLACE Россия #RU', 'Китаем PLACE Китай #CN', 'Польшей PLACE Польша #PL']],
    ['Мы обсудили это с представителями Южной Кореи и Соединенных Штатов.',
      ['Южной Кореи PLACE Южная Корея #KR', 'Соединенных Штатов PLACE США #US']],
    ['Рейсы из Москвы в Санкт-Петербург и Алматы возобновлены.',
      ['Москвы PLACE Москва', 'Санкт-Петербург PLACE Санкт-Петербург', 'Алматы PLACE Алматы']],
    ['Транзит через Каспийское море вырос, как и поставки в Центральную Азию.',
      ['Каспийское море PLACE Каспийское море', 'Центральную Азию PLACE Центральная Азия']],
  ])('entities: Russian countries, cities and regions in any case: %s', (text, expected) => {
    expect(ru(text)).toEqual(expected);
  });

  test.each([
    ['Позиция НАТО и Евросоюза не изменилась, а ЕС ввел пошлины.',
      ['НАТО ORG НАТО #nato', 'Евросоюза ORG Европейский союз #eu', 'ЕС ORG Европейский союз #eu']],
    ['Вопрос внесут в Совет Безопасности ООН и обсудят в ОБСЕ.',
      ['Совет Безопасности ООН ORG Совет Безопасности ООН #un-security-council', 'ОБСЕ ORG ОБСЕ #osce']],
    ['Страна состоит в ЕАЭС, ОДКБ и ШОС, сотрудничает с БРИКС и СНГ.',
      ['ЕАЭС ORG ЕАЭС #eaeu', 'ОДКБ ORG ОДКБ #csto', 'ШОС ORG ШОС #sco', 'БРИКС ORG БРИКС #brics', 'СНГ ORG СНГ #cis']],
    ['Строительство ведет компания «Ордгаз» при участии агентства "Север-Инфо".',
      ['Ордгаз ORG Ордгаз', 'Север-Инфо ORG Север-Инфо']],
    ['Заявление опубликовало Министерство иностранных дел Ордении.',
      ['Министерство иностранных дел Ордении ORG Министерство иностранных дел Ордении']],
    ['Он работал в Посольстве Ордении в Казахстане.',
      ['Посольстве Ордении в Казахстане ORG Посольство Ордении в Казахстане', 'Казахстане PLACE Казахстан #KZ']],
  ])('entities: Russian organisations, known and by their shape: %s', (text, expected) => {
    expect(ru(text)).toEqual(expected);
  });

  test.each([
    ['Министр иностранных дел России Сергей Лавров выступил первым.',
      ['России PLACE Россия #RU', 'Сергей Лавров PERSON Сергей Лавров {Министр иностранных дел России}']],
    ['Вчера он встречался с послом Ордении Игорем Сомовым.',
      ['Игорем Сомовым PERSON Игорь Сомов {посол Ордении}']],
    ['Президент Ордении Томаш Крайно посетил Ташкент.',
      ['Томаш Крайно PERSON Томаш Крайно {Президент Ордении}', 'Ташкент PLACE Ташкент']],
    ['Пресс-секретарь президента Анна Кравец ответила журналистам.',
      ['Анна Кравец PERSON Анна Кравец {Пресс-секретарь президента}']],
    ['Письмо подписал И.О. Петренко, а передал его господин Варга.',
      ['И.О. Петренко PERSON И.О. Петренко', 'Варга PERSON Варга']],
  ])('entities: Russian titles are kept apart from names: %s', (text, expected) => {
    expect(ru(text)).toEqual(expected);
  });

  test('entities: one nominative name per Russian person across cases', () => {
    const text = 'Интервью дал Павел Гранин. Павла Гранина спросили о бюджете. Беседу с П.Граниным записали. Гранин ответил коротко.';
    expect(found(text, { language: 'ru' }).map((e) => e.name)).toEqual(['Павел Гранин', 'Павел Гранин', 'Павел Гранин', 'Павел Гранин']);
  });

  test('entities: a Russian surname is put back in the nominative from the given name beside it', () => {
    expect(ru('Мы поблагодарили Ольгу Захарову и Андрея Велеского.')).toEqual([
      'Ольгу Захарову PERSON Ольга Захарова', 'Андрея Велеского PERSON Андрей Велеский',
    ]);
  });

  test('entities: an unknown Russian name is typed by its cues and named in the nominative', () => {
    const text = 'Республика Ордения развивает связи. Мы открыли в Ордении торговый дом. Между Орденией и Казахстаном нет виз.';
    expect(ru(text)).toEqual([
      'Ордения PLACE Ордения', 'Ордении PLACE Ордения', 'Орденией PLACE Ордения', 'Казахстаном PLACE Казахстан #KZ',
    ]);
  });

  test('entities: a title before a genitive place names no person', () => {
    expect(ru('Президент Ордении заявил о поддержке, а Посол Ордении промолчал. В Ордении тихо.')).toEqual([
      'Ордении PLACE Ордения', 'Ордении PLACE Ордения', 'Ордении PLACE Ордения',
    ]);
  });

  test('entities: Russian common words opening a sentence are no names', () => {
    expect(ru('Отношения развиваются. Господин Министр, спасибо. Родина помнит.')).toEqual([]);
  });

  test('entities: Russian and English sentences of one document are each read by their own rules', () => {
    const text = 'Minister Anna Kovacs visited Moscow. Затем она прилетела в Минск.';
    expect(described(text)).toEqual([
      'Anna Kovacs PERSON Anna Kovacs {Minister}', 'Moscow PLACE Moscow', 'Минск PLACE Минск',
    ]);
  });
});
