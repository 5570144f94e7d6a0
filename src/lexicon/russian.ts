/**
 * Russian case endings, for the gazetteers written in the nominative (places.ts, organisations.ts, titles.ts).
 * The paradigm tables are data a linguist can edit; `caseForms` applies them to a name so that "Казахстан" also
 * matches "Казахстане", and "Европейский союз" matches "Европейского союза". Six cases, singular only (plural
 * names list their forms explicitly in the gazetteer rows).
 *
 * Why generated forms rather than a stemmer: a stemmer conflates names with ordinary words and needs a minimum
 * stem length that short names (Чад, Иран) do not have; exact forms keep lookups to one Map hit per token.
 */

/** Endings replacing a nominative ending, in the order genitive, dative, accusative, instrumental, prepositional. */
export interface Paradigm {
  /** The nominative ending the paradigm replaces ('' for a consonant). */
  readonly nom: string;
  readonly forms: readonly string[];
}

/** Nouns, by the end of the nominative. The longest matching `nom` wins; `hard` stems end in a consonant. */
export const NOUN_PARADIGMS: readonly Paradigm[] = [
  { nom: 'ия', forms: ['ии', 'ии', 'ию', 'ией', 'ии', 'иею'] },
  { nom: 'ие', forms: ['ия', 'ию', 'ие', 'ием', 'ии'] },
  { nom: 'ий', forms: ['ия', 'ию', 'ий', 'ием', 'ии'] },
  { nom: 'а', forms: ['ы', 'е', 'у', 'ой', 'ою'] },
  { nom: 'я', forms: ['и', 'е', 'ю', 'ей', 'ею'] },
  { nom: 'й', forms: ['я', 'ю', 'й', 'ем', 'е'] },
  { nom: 'ь', forms: ['я', 'ю', 'ь', 'ем', 'е', 'и', 'ью'] },
  { nom: 'о', forms: ['а', 'у', 'о', 'ом', 'е'] },
  { nom: 'е', forms: ['я', 'ю', 'е', 'ем'] },
  { nom: '', forms: ['а', 'у', 'ом', 'е', 'ем'] },
];

/** After these letters "ы" is spelt "и" ("Америки", not "Америкы"). */
export const VELAR_SIBILANT = 'гкхжшчщ';

/** Adjectives, by the end of the nominative. */
export const ADJECTIVE_PARADIGMS: readonly Paradigm[] = [
  { nom: 'ский', forms: ['ского', 'скому', 'ским', 'ском'] },
  { nom: 'цкий', forms: ['цкого', 'цкому', 'цким', 'цком'] },
  { nom: 'кий', forms: ['кого', 'кому', 'ким', 'ком'] },
  { nom: 'ый', forms: ['ого', 'ому', 'ым', 'ом'] },
  { nom: 'ой', forms: ['ого', 'ому', 'ым', 'ом'] },
  { nom: 'ий', forms: ['его', 'ему', 'им', 'ем'] },
  { nom: 'ая', forms: ['ой', 'ую', 'ою'] },
  { nom: 'яя', forms: ['ей', 'юю', 'ею'] },
  { nom: 'ое', forms: ['ого', 'ому', 'ым', 'ом'] },
  { nom: 'ее', forms: ['его', 'ему', 'им', 'ем'] },
  { nom: 'ые', forms: ['ых', 'ым', 'ыми'] },
  { nom: 'ие', forms: ['их', 'им', 'ими'] },
];

/**
 * Endings that mark a word of a name as indeclinable when it is a name of its own ("Того", "Перу", "Чили",
 * "Монако"): foreign names ending in a vowel other than а/я. Words in capitals (НАТО, США) never decline.
 */
export const INDECLINABLE_ENDINGS: readonly string[] = ['о', 'е', 'и', 'у', 'ю', 'э', 'ы'];

const ADJ_ENDS = ADJECTIVE_PARADIGMS.map((p) => p.nom);

/** True when a word of a name looks like an adjective in the nominative ("Южная", "Европейский"). */
export function isAdjective(word: string): boolean {
  const w = word.toLowerCase();
  return w.length > 3 && ADJ_ENDS.some((e) => w.endsWith(e));
}

/** After these letters an unstressed "о" of a noun ending is spelt "е" ("Польшей", not "Польшой"). */
export const SIBILANT = 'жшчщц';

function endsOf(word: string, table: readonly Paradigm[], noun: boolean): string[] {
  const low = word.toLowerCase();
  let best: Paradigm | undefined;
  for (const p of table) if (low.endsWith(p.nom) && (!best || p.nom.length > best.nom.length)) best = p;
  if (!best) return [word];
  const stem = word.slice(0, word.length - best.nom.length);
  const last = stem.slice(-1).toLowerCase();
  const spell = (f: string): string => {
    if (f[0] === 'ы' && VELAR_SIBILANT.includes(last)) return `и${f.slice(1)}`;
    if (noun && f[0] === 'о' && f.length > 1 && SIBILANT.includes(last)) return `е${f.slice(1)}`;
    return f;
  };
  return [word, ...best.forms.map((f) => stem + spell(f))];
}

/** The case forms of one word: itself for capitals and indeclinables, else by its paradigm. */
function wordForms(word: string, adjective: boolean, alone: boolean): string[] {
  if (word.length < 2 || word === word.toUpperCase() || /[^\u0400-\u04ff-]/.test(word)) return [word];
  if (adjective) return endsOf(word, ADJECTIVE_PARADIGMS, false);
  const low = word.toLowerCase();
  if (alone && INDECLINABLE_ENDINGS.some((e) => low.endsWith(e)) && !low.endsWith('ие')) return [word];
  // A hyphenated name declines its last part ("Санкт-Петербург" → "Санкт-Петербурга").
  const dash = word.lastIndexOf('-');
  if (dash > 0) return wordForms(word.slice(dash + 1), false, alone).map((f) => word.slice(0, dash + 1) + f);
  return endsOf(word, NOUN_PARADIGMS, true);
}

/**
 * The nominative `name` and its singular case forms, as written (capitalisation kept). Leading adjectives and
 * the head noun decline; words after the head are complements in a fixed case ("Организация Объединенных Наций"
 * → "Организации Объединенных Наций"; "Республика Казахстан" → "Республике Казахстан"). A one-word proper name
 * ending in о/е/и/у/ю is foreign and indeclinable ("Того", "Чили") unless `common` says it is an ordinary noun
 * ("правительство"). Every combination of the words' forms is listed: the few that do not agree ("Южную Кореи")
 * are never written and match nothing.
 * @example caseForms('Казахстан') // ['Казахстан', 'Казахстана', 'Казахстану', 'Казахстаном', 'Казахстане', 'Казахстанем']
 */
export function caseForms(name: string, common = false): string[] {
  const words = name.split(' ');
  let head = 0;
  while (head < words.length - 1 && isAdjective(words[head]!)) head++;
  const alone = words.length === 1 && !common;
  let combos: string[][] = [[]];
  for (let k = 0; k <= head; k++) {
    const forms = wordForms(words[k]!, k < head, alone);
    combos = combos.flatMap((c) => forms.map((f) => [...c, f]));
  }
  const tail = words.slice(head + 1);
  return [...new Set(combos.map((c) => [...c, ...tail].join(' ')))];
}

/** The case forms of one adjective in the nominative ("генеральный" → "генерального", "генеральному", …). */
export function adjectiveForms(word: string): string[] {
  return wordForms(word, true, false);
}

/**
 * Endings stripped from a proper name to group its case forms ("Варнис", "Варниса", "Варнисом"; "Карвения",
 * "Карвении", "Карвенией"; "Лавров", "Лаврова", "Лавровым"), longest first. Never -ов/-ев/-ин, which end
 * surnames in the nominative. Written with й as и, as folded text spells it.
 */
export const NAME_KEY_ENDINGS: readonly string[] = [
  'иями', 'иеи', 'иею', 'ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'ия', 'ии', 'ию', 'ие', 'ием', 'ым', 'им', 'ом', 'ем',
  'ои', 'еи', 'ую', 'ая', 'яя', 'ыи', 'а', 'я', 'у', 'ю', 'е', 'ы', 'и', 'ь',
];
