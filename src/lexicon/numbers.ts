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
