/**
 * Number words and scale words read by the quantities stage. Data only; lower case.
 * English first; a few Russian abbreviations for scales that appear after digits.
 */

/** Cardinal words below twenty. "one" is listed but the stage accepts it only before a scale or a unit. */
export const SMALL_NUMBERS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};

/** Multiples of ten written as words. */
export const TENS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Words that multiply what precedes them and can be followed by smaller numbers ("two million three hundred"). */
export const SCALE_WORDS: Readonly<Record<string, number>> = {
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  // Non-standard plurals after a number ("45 billions of dollars") are accepted; without a number they are vague.
  thousands: 1e3, millions: 1e6, billions: 1e9, trillions: 1e12,
  lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7,
};

/**
 * Abbreviated scales after digits ("€5bn", "10 mln", "100k"). Matched case-sensitively, so "M" is a million
 * but "m" is a metre unless a currency is attached (see the stage).
 */
export const SCALE_ABBREVIATIONS: Readonly<Record<string, number>> = {
  k: 1e3, K: 1e3, thsd: 1e3, 'тыс': 1e3,
  m: 1e6, M: 1e6, mn: 1e6, mln: 1e6, Mln: 1e6, mil: 1e6, mill: 1e6, MM: 1e6, 'млн': 1e6,
  b: 1e9, B: 1e9, bn: 1e9, Bn: 1e9, bln: 1e9, Bln: 1e9, 'млрд': 1e9,
  tn: 1e12, trn: 1e12, tln: 1e12, trln: 1e12, 'трлн': 1e12,
};

/** Words that multiply the number before them but are never followed by smaller parts. */
export const MULTIPLIER_WORDS: Readonly<Record<string, number>> = {
  hundred: 100, dozen: 12,
};

/** Fractions written as words, as percentages ("more than half" is 50 percent). Plural forms for "two thirds". */
export const FRACTION_WORDS: Readonly<Record<string, number>> = {
  half: 50, third: 100 / 3, thirds: 100 / 3, quarter: 25, quarters: 25, fifth: 20, fifths: 20,
};

/** Verbs that state a relative change as a multiple: "halved" is a 50 percent change, "doubled" 100. */
export const CHANGE_MULTIPLES: Readonly<Record<string, number>> = {
  halved: 50, halve: 50, halves: 50, halving: 50,
  doubled: 100, tripled: 200, trebled: 200, quadrupled: 300,
};

/** Ordinal suffixes after digits ("14th"): the number is an ordinal, not a quantity. */
export const ORDINAL_SUFFIXES: readonly string[] = ['st', 'nd', 'rd', 'th'];

/** Prefixes before "$" that pick a dollar ("US$5", "C$10"). Upper case as written. */
export const DOLLAR_PREFIXES: Readonly<Record<string, string>> = {
  US: 'USD', U: 'USD', C: 'CAD', CA: 'CAD', A: 'AUD', AU: 'AUD', NZ: 'NZD', HK: 'HKD', S: 'SGD', R: 'BRL', NT: 'TWD', MX: 'MXN',
};

// ---------------------------------------------------------------------------------------------------------------
// Russian. Every case form the stage may meet is listed (ё is written е: the stage folds ё to е before lookup).
// Forms that are also common other words are left out: "семью" (family), "ста" only as part of a compound.

/** Russian "one" in all genders and cases: accepted only before a scale or a unit, like English "one". */
export const RU_ONE: ReadonlySet<string> = new Set([
  'один', 'одна', 'одно', 'одного', 'одной', 'одному', 'одним', 'одном', 'одну', 'одною',
]);

/** Russian units (2–9) and teens (10–19), with their case forms. */
export const RU_UNITS: Readonly<Record<string, number>> = {
  'два': 2, 'две': 2, 'двух': 2, 'двум': 2, 'двумя': 2,
  'три': 3, 'трех': 3, 'трем': 3, 'тремя': 3,
  'четыре': 4, 'четырех': 4, 'четырем': 4, 'четырьмя': 4,
  'пять': 5, 'пяти': 5, 'пятью': 5,
  'шесть': 6, 'шести': 6, 'шестью': 6,
  'семь': 7, 'семи': 7,
  'восемь': 8, 'восьми': 8, 'восемью': 8, 'восьмью': 8,
  'девять': 9, 'девяти': 9, 'девятью': 9,
};
export const RU_TEENS: Readonly<Record<string, number>> = Object.fromEntries(
  ([
    ['десят', 10], ['одиннадцат', 11], ['двенадцат', 12], ['тринадцат', 13], ['четырнадцат', 14], ['пятнадцат', 15],
    ['шестнадцат', 16], ['семнадцат', 17], ['восемнадцат', 18], ['девятнадцат', 19],
  ] as const).flatMap(([stem, n]) => [[`${stem}ь`, n], [`${stem}и`, n], [`${stem}ью`, n]]),
);

/** Russian tens (20–90) with their case forms. */
export const RU_TENS: Readonly<Record<string, number>> = {
  'двадцать': 20, 'двадцати': 20, 'двадцатью': 20, 'тридцать': 30, 'тридцати': 30, 'тридцатью': 30,
  'сорок': 40, 'сорока': 40,
  'пятьдесят': 50, 'пятидесяти': 50, 'пятьюдесятью': 50, 'шестьдесят': 60, 'шестидесяти': 60, 'шестьюдесятью': 60,
  'семьдесят': 70, 'семидесяти': 70, 'семьюдесятью': 70, 'восемьдесят': 80, 'восьмидесяти': 80, 'восемьюдесятью': 80,
  'девяносто': 90, 'девяноста': 90,
};

/** Russian hundreds (100–900) with their case forms. */
export const RU_HUNDREDS: Readonly<Record<string, number>> = {
  'сто': 100,
  'двести': 200, 'двухсот': 200, 'двумстам': 200, 'двумястами': 200, 'двухстах': 200,
  'триста': 300, 'трехсот': 300, 'тремстам': 300, 'тремястами': 300, 'трехстах': 300,
  'четыреста': 400, 'четырехсот': 400, 'четыремстам': 400, 'четырьмястами': 400, 'четырехстах': 400,
  'пятьсот': 500, 'пятисот': 500, 'пятистам': 500, 'пятьюстами': 500, 'пятистах': 500,
  'шестьсот': 600, 'шестисот': 600, 'шестистам': 600, 'шестьюстами': 600, 'шестистах': 600,
  'семьсот': 700, 'семисот': 700, 'семистам': 700, 'семьюстами': 700, 'семистах': 700,
  'восемьсот': 800, 'восьмисот': 800, 'восьмистам': 800, 'восемьюстами': 800, 'восьмистах': 800,
  'девятьсот': 900, 'девятисот': 900, 'девятистам': 900, 'девятьюстами': 900, 'девятистах': 900,
};

/** "полтора миллиона", "полторы тысячи", "полтора года": one and a half. */
export const RU_ONE_AND_HALF: ReadonlySet<string> = new Set(['полтора', 'полторы', 'полутора']);

/** Russian scale words, every case form. After a number they always multiply ("12 тысяч", "1,2 миллиона"). */
export const RU_SCALE_WORDS: Readonly<Record<string, number>> = Object.fromEntries([
  ...['тысяча', 'тысячи', 'тысяч', 'тысяче', 'тысячу', 'тысячей', 'тысячью', 'тысячам', 'тысячами', 'тысячах']
    .map((w) => [w, 1e3] as const),
  ...([['миллион', 1e6], ['миллиард', 1e9], ['триллион', 1e12]] as const).flatMap(([stem, n]) =>
    ['', 'а', 'ов', 'у', 'ом', 'е', 'ы', 'ам', 'ами', 'ах'].map((end) => [`${stem}${end}`, n] as const)),
]);

/**
 * Scale words that are a number on their own, without a number before them: the nominative and accusative
 * singular ("миллион долларов", "тысячу человек"). The genitive singular ("более миллиона", "около тысячи") is
 * one only after an approximation cue; plural forms alone ("тысячи", "миллионы") are vague and never read.
 */
export const RU_SCALE_ALONE: ReadonlySet<string> = new Set(['тысяча', 'тысячу', 'миллион', 'миллиард', 'триллион']);
export const RU_SCALE_GENITIVE: ReadonlySet<string> = new Set(['тысячи', 'миллиона', 'миллиарда', 'триллиона']);

/** "полмиллиона", "полумиллиарда": half a scale, written as one word. */
export const RU_HALF_PREFIXES: readonly string[] = ['полу', 'пол'];

/** Words that multiply a number before them and are vague without one: "два десятка" is 20, "десятки" is not read. */
export const RU_MULTIPLIERS: Readonly<Record<string, number>> = {
  'десяток': 10, 'десятка': 10, 'десятков': 10, 'десятку': 10, 'десятком': 10, 'десятками': 10, 'десятках': 10,
  'сотня': 100, 'сотни': 100, 'сотен': 100, 'сотню': 100, 'сотней': 100, 'сотнями': 100, 'сотнях': 100,
};

/**
 * Genitive stems that open a compound adjective of duration: "пятилетний" (5), "двадцатипятилетний" (25),
 * "двухлетний" (2). The rest of the word must start with "летн" (a "-year" adjective); "десятилетие" (a decade)
 * is a unit word, not a compound.
 */
export const RU_COMPOUND_STEMS: Readonly<Record<string, number>> = {
  'двух': 2, 'трех': 3, 'четырех': 4, 'пяти': 5, 'шести': 6, 'семи': 7, 'восьми': 8, 'девяти': 9, 'десяти': 10,
  'одиннадцати': 11, 'двенадцати': 12, 'пятнадцати': 15, 'двадцати': 20, 'тридцати': 30, 'сорока': 40,
  'пятидесяти': 50, 'шестидесяти': 60, 'семидесяти': 70, 'восьмидесяти': 80, 'девяноста': 90, 'ста': 100,
  'полутора': 1.5,
};

/** Fractions as Russian words, as percentages: "более половины" is 50 percent over, "две трети" 66.7. */
export const RU_FRACTION_WORDS: Readonly<Record<string, number>> = {
  'половина': 50, 'половины': 50, 'половину': 50, 'половиной': 50, 'половине': 50,
  'треть': 100 / 3, 'трети': 100 / 3, 'третью': 100 / 3, 'третей': 100 / 3,
  'четверть': 25, 'четверти': 25, 'четвертью': 25, 'четвертей': 25,
};

/**
 * Endings after a digit and a hyphen that make the number an ordinal or a decade ("14-й пакет", "в 90-х",
 * "2024-м"), never an amount. Words after the hyphen that start with "лети" are anniversaries ("80-летие").
 */
export const RU_ORDINAL_SUFFIXES: ReadonlySet<string> = new Set([
  'й', 'я', 'е', 'го', 'му', 'м', 'х', 'ми', 'ой', 'ый', 'ий', 'ая', 'ое', 'ые', 'ых', 'ого', 'ому', 'ым', 'ом',
  'ую', 'ей',
]);

/**
 * Languages that group thousands with a space and write decimals with a comma ("10 000", "1,5"). In these
 * languages "1,250" is one and a quarter, and "10 000" is one number when every group after the first has
 * exactly three digits.
 */
export const SPACE_GROUPED_LANGUAGES: ReadonlySet<string> = new Set(['ru', 'uk', 'be', 'kk', 'bg', 'pl', 'cs', 'sk', 'fr']);
