/**
 * Abbreviations that end in a period, for the sentence splitter and the entity
 * tokenizer. Keys are lower case, without the final period ("u.s", "т.е").
 *
 * Seeded from the CLDR segmentation suppressions (en, ru; Unicode licence) and
 * Pragmatic Segmenter's Russian list (diasks2/pragmatic_segmenter, MIT), plus
 * the titles and references common in diplomatic interviews.
 */

/** Never end a sentence: a name, a number or a phrase always follows ("Mr. Smith", "e.g. this"). */
export const NON_TERMINAL: readonly string[] = [
  // en titles and honorifics
  'mr', 'mrs', 'ms', 'mx', 'messrs', 'mmes', 'dr', 'prof', 'gen', 'col', 'lt', 'sgt', 'capt', 'cpt', 'maj',
  'adm', 'cmdr', 'cdr', 'brig', 'gov', 'sen', 'rep', 'rev', 'hon', 'pres', 'amb', 'supt', 'insp', 'fr',
  'h.e', 'h.m', 'h.h', 'h.r.h', 'mme', 'mlle', 'mssrs',
  // en places and references
  'st', 'mt', 'ft', 'vs', 'v', 'cf', 'e.g', 'i.e', 'viz', 'approx', 'ca', 'esp', 'incl', 'excl', 'resp',
  // ru
  'т.е', 'т.к', 'т.н', 'т.ч', 'им', 'ул', 'пр', 'просп', 'пл', 'пер', 'наб', 'обл', 'р-н', 'см', 'ср',
  'напр', 'проф', 'акад', 'доц', 'ген', 'зам', 'гл', 'ок', 'св', 'тов', 'г-н', 'г-жа',
];

/** End a sentence only when the next word starts one ("in the U.S. The…", but "the U.S. Congress"). */
export const AMBIGUOUS: readonly string[] = [
  'inc', 'ltd', 'co', 'corp', 'plc', 'bros', 'jr', 'sr', 'esq', 'al', 'dept', 'univ', 'est', 'ave', 'rd', 'blvd',
  'u.s', 'u.k', 'u.n', 'e.u', 'u.s.a', 'u.s.s.r', 'a.m', 'p.m', 'a.d', 'b.c', 'bn', 'mln', 'mn', 'bln', 'tn',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'thu', 'thur', 'thurs', 'fri',
  // ru: "г. Москва" (city) but "в 2023 г. Это…" (year); after a number any capital starts a sentence
  'г', 'гг', 'в', 'вв', 'н.э', 'ст',
];

/** Never end a sentence before a number ("No. 5", "Art. 51"); elsewhere they are ordinary words ("No. It is"). */
export const BEFORE_NUMBER: readonly string[] = [
  'no', 'nos', 'nr', 'art', 'arts', 'fig', 'figs', 'p', 'pp', 'vol', 'vols', 'ch', 'chap', 'sec', 'para', 'op',
  'tel', 'ed', 'ref', 'pt', 'ст', 'п', 'пп', 'стр', 'рис', 'табл', 'т', 'ч', '№',
];
