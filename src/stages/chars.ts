/**
 * Character classes of UTF-16 code units for the hand-written scanners of the
 * stages: ASCII by arithmetic, the rest through a lazily filled table.
 */
const LETTER = /[\p{L}\p{M}]/u;
const UPPER = /[\p{Lu}\p{Lt}]/u;
const LOWER = /\p{Ll}/u;
// Bit 1 computed, 2 letter or mark, 4 upper, 8 lower.
const classCache = new Uint8Array(65536);

function charClass(c: number): number {
  let k = classCache[c]!;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = 1 | (LETTER.test(ch) ? 2 : 0) | (UPPER.test(ch) ? 4 : 0) | (LOWER.test(ch) ? 8 : 0);
    classCache[c] = k;
  }
  return k;
}
export const isLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c > 127 && (charClass(c) & 2) !== 0);
export const isUpper = (c: number): boolean => (c >= 65 && c <= 90) || (c > 127 && (charClass(c) & 4) !== 0);
export const isLower = (c: number): boolean => (c >= 97 && c <= 122) || (c > 127 && (charClass(c) & 8) !== 0);
export const isDigit = (c: number): boolean => c >= 48 && c <= 57;
