/**
 * Keys for people and outlets: one record per real name across documents, whatever the spelling
 * ("H.E. Mr Viktor Dremov", "Viktor DREMOV", "V.Dremov" → key "viktor dremov" or alias "v dremov").
 */

/** Honorifics and titles dropped from a person's key (lower case, without dots). */
const TITLES = new Set(
  `mr mrs ms miss mx dr prof professor sir dame lord lady excellency hon honourable honorable rev
   ambassador minister president senator general gen col colonel adm admiral capt captain
   г г-н г-жа господин госпожа д-р проф`.split(/\s+/),
);

/** Lower case, accents off, punctuation to spaces, whitespace collapsed. */
export function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The key of a person's name: folded, honorifics dropped; "" when nothing is left. */
export function personKey(name: string): string {
  const words = fold(name.replace(/\bH\.\s*E\./g, ' ')).split(' ').filter(Boolean);
  while (words.length > 1 && TITLES.has(words[0]!)) words.shift();
  return words.join(' ');
}

/** The key of an outlet's name: folded, a leading "the" dropped. */
export function outletKey(name: string): string {
  return fold(name).replace(/^the /, '');
}

/** Last word of a key. */
export function surnameOf(key: string): string {
  return key.slice(key.lastIndexOf(' ') + 1);
}

/** True for "dremov" and "v dremov" / "v v dremov": a surname alone or with initials. */
export function isAbbreviated(key: string): boolean {
  const words = key.split(' ');
  return words.length === 1 || words.slice(0, -1).every((w) => [...w].length === 1);
}

/** True when abbreviated `short` can name the full name `full` ("v dremov" ~ "viktor dremov"). */
export function abbreviates(short: string, full: string): boolean {
  if (short === full || !isAbbreviated(short) || isAbbreviated(full)) return false;
  const s = short.split(' ');
  const f = full.split(' ');
  if (s.at(-1) !== f.at(-1)) return false;
  const initials = s.slice(0, -1);
  const given = f.slice(0, -1);
  return initials.every((ini, i) => given[i] !== undefined && given[i]!.startsWith(ini));
}

/** Words in a text: runs of non-space characters. */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);
    if (space) inWord = false;
    else if (!inWord) {
      inWord = true;
      n++;
    }
  }
  return n;
}
