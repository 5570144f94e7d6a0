import chardet from 'chardet';
import { ParleyError } from '../errors.js';

/** Decoded text and the WHATWG name of the encoding that produced it. */
export interface Decoded {
  readonly text: string;
  /** WHATWG encoding name, e.g. "utf-8", "windows-1251", "koi8-r". */
  readonly encoding: string;
  /** What decided the encoding. */
  readonly via?: 'bom' | 'declared' | 'meta' | 'utf-8' | 'detected' | 'override';
}

export interface DecodeOptions {
  /** A user's --encoding: any WHATWG label; skips BOM sniffing and detection. */
  readonly encoding?: string;
}

/**
 * Decodes raw bytes to text, following the WHATWG sniffing order: BOM →
 * declared charset (an HTTP Content-Type, or `<meta charset>` /
 * `<meta http-equiv>` / `<?xml encoding>` in the first 1024 bytes) → strict
 * UTF-8 → chardet's candidates, with a Russian letter-frequency scorer to
 * choose among Cyrillic single-byte encodings (windows-1251, KOI8-R, IBM866,
 * ISO-8859-5, KOI8-U, x-mac-cyrillic) and a small rule for windows-1252 versus
 * ISO-8859-15. The text comes back without a BOM, with LF line ends and
 * without stray C0 control characters.
 *
 * @param declared an HTTP Content-Type ("text/html; charset=koi8-r") or a bare label ("koi8-r")
 * @throws ParleyError `binary` for non-text input, `undecodable` when no
 *   encoding gives sensible text, `empty` for empty or whitespace-only text,
 *   `usage` for an unknown encoding label in `opts.encoding`
 * @example decode(new Uint8Array([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2])) // { text: 'Привет', encoding: 'windows-1251', … }
 */
export function decode(bytes: Uint8Array, declared?: string, opts: DecodeOptions = {}): Decoded {
  if (bytes.length === 0) throw new ParleyError('empty', 'the input is empty');
  const result = pick(bytes, declared, opts);
  let text = result.text;
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  text = text.replace(/\r\n?/g, '\n').replace(STRAY_CONTROLS, '');
  if (text.trim() === '') throw new ParleyError('empty', 'the input contains no text, only whitespace');
  return { ...result, text };
}

/** C0 controls other than tab, LF, VT, FF, CR, plus DEL: never text, sometimes left by broken exports. */
// eslint-disable-next-line no-control-regex
const STRAY_CONTROLS = /[\u0000-\u0008\u000E-\u001F\u007F]/g;

function pick(bytes: Uint8Array, declared: string | undefined, opts: DecodeOptions): Decoded {
  if (opts.encoding !== undefined) {
    const encoding = whatwgName(opts.encoding);
    if (encoding === null) throw new ParleyError('usage', `unknown encoding "${opts.encoding}"`);
    rejectBinary(bytes, encoding.startsWith('utf-16'));
    return { text: decodeWith(bytes, encoding), encoding, via: 'override' };
  }

  const bom = sniffBom(bytes);
  if (bom) {
    rejectBinary(bytes.subarray(bom === 'utf-8' ? 3 : 2), bom !== 'utf-8');
    const text = decodeWith(bytes, bom);
    return sensible(text) ? { text, encoding: bom, via: 'bom' } : undecodable(bom);
  }

  const utf16 = sniffUtf16(bytes);
  if (utf16) {
    const text = decodeWith(bytes, utf16);
    if (sensible(text)) return { text, encoding: utf16, via: 'detected' };
  }
  rejectBinary(bytes, false);

  const utf8 = strictUtf8(bytes);
  const fromHeader = declared === undefined ? null : charsetOf(declared);
  const fromMeta = fromHeader === null ? prescan(bytes) : null;
  const label = fromHeader ?? fromMeta;
  if (label !== null) {
    // A declaration of a legacy encoding over bytes that are valid UTF-8 with
    // multi-byte sequences is almost always stale (a page re-saved as UTF-8);
    // legacy text that happens to be valid UTF-8 is vanishingly rare.
    if (label !== 'utf-8' && !label.startsWith('utf-16') && utf8 !== null && hasHighBytes(bytes)) {
      return { text: utf8, encoding: 'utf-8', via: 'utf-8' };
    }
    const text = label === 'utf-8' ? utf8 : decodeWith(bytes, label);
    // A wrong declaration (invalid UTF-8 under "utf-8") falls through to detection.
    if (text !== null && sensible(text)) return { text, encoding: label, via: fromHeader ? 'declared' : 'meta' };
  }

  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', via: 'utf-8' };
  return detect(bytes);
}

// ---------------------------------------------------------------------------
// BOM, UTF-16 without BOM, binary signatures

function sniffBom(b: Uint8Array): string | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * Recognises UTF-16 without a BOM from its byte pattern: in text of the
 * Latin, Greek, Cyrillic, Hebrew or Arabic blocks the high byte of every code
 * unit is 0x00-0x06, so one of the two byte positions is almost always small.
 */
function sniffUtf16(b: Uint8Array): string | null {
  const n = Math.min(b.length, 4096) & ~1;
  if (n < 8) return null;
  let evenSmall = 0;
  let oddSmall = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i]! <= 6) evenSmall++;
    if (b[i + 1]! <= 6) oddSmall++;
  }
  const half = n / 2;
  if (oddSmall >= 0.5 * half && evenSmall <= 0.1 * half) return 'utf-16le';
  if (evenSmall >= 0.5 * half && oddSmall <= 0.1 * half) return 'utf-16be';
  return null;
}

const SIGNATURES: ReadonlyArray<readonly [number, readonly number[], string]> = [
  [0, [0x25, 0x50, 0x44, 0x46, 0x2d], 'a PDF file; PDF is not supported yet, save the interview as text or HTML'],
  [0, [0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (DOCX, ODT, EPUB…); these formats are not supported yet, save the interview as text or HTML'],
  [0, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 'a legacy Microsoft Office file (.doc); it is not supported, save the interview as text or HTML'],
  [0, [0x7b, 0x5c, 0x72, 0x74, 0x66], 'an RTF document; RTF is not supported yet, save the interview as text or HTML'],
  [0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG image'],
  [0, [0xff, 0xd8, 0xff], 'a JPEG image'],
  [0, [0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [8, [0x57, 0x45, 0x42, 0x50], 'a WebP image'],
  [4, [0x66, 0x74, 0x79, 0x70], 'a video or HEIF image'],
  [0, [0x1f, 0x8b], 'a gzip archive'],
  [0, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], 'a 7-Zip archive'],
  [0, [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], 'a RAR archive'],
  [0, [0x7f, 0x45, 0x4c, 0x46], 'an executable'],
  [0, [0x4f, 0x67, 0x67, 0x53], 'an Ogg media file'],
  [0, [0x49, 0x44, 0x33], 'an MP3 file'],
  [0, [0x77, 0x4f, 0x46, 0x46], 'a font file'],
  [0, [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66], 'an SQLite database'],
];

/** Throws `binary` for known file signatures, NUL bytes, or many control bytes in the first 64 KiB. */
function rejectBinary(b: Uint8Array, utf16: boolean): void {
  for (const [offset, magic, what] of SIGNATURES) {
    if (b.length >= offset + magic.length && magic.every((m, i) => b[offset + i] === m)) {
      throw new ParleyError('binary', `the input is ${what}, not text`);
    }
  }
  if (utf16) return;
  const n = Math.min(b.length, 65536);
  let nul = 0;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i]!;
    if (c === 0) nul++;
    else if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d && c !== 0x1b) control++;
  }
  // A stray NUL or two happens in broken exports; more than that is a binary file.
  if (nul > Math.max(2, n / 1000)) {
    throw new ParleyError('binary', 'the input looks binary (it contains NUL bytes), not text');
  }
  if (control > Math.max(4, n * 0.05)) {
    throw new ParleyError('binary', 'the input looks binary (many control bytes), not text');
  }
}

// ---------------------------------------------------------------------------
// Declared charsets

/** Maps any WHATWG label to its canonical name, or null when unknown or unusable. */
function whatwgName(label: string): string | null {
  try {
    const name = new TextDecoder(label.trim()).encoding;
    return name === 'replacement' || name === 'x-user-defined' ? null : name;
  } catch {
    return null;
  }
}

/** The charset of a Content-Type value ("text/html; charset=koi8-r") or a bare label. */
function charsetOf(declared: string): string | null {
  const m = /charset\s*=\s*["']?([^"';,\s]+)/i.exec(declared);
  if (m) return whatwgName(m[1]!);
  if (declared.includes('/') || declared.includes(';')) return null;
  return whatwgName(declared);
}

function hasHighBytes(b: Uint8Array): boolean {
  for (let i = 0; i < b.length; i++) if (b[i]! >= 0x80) return true;
  return false;
}

/**
 * A simplified WHATWG "prescan a byte stream to determine its encoding" over
 * the first 1024 bytes: `<meta charset>`, `<meta http-equiv="content-type"
 * content="…charset=…">`, or an XML declaration. Comments are skipped.
 */
export function prescan(bytes: Uint8Array): string | null {
  const head = latin1(bytes.subarray(0, 1024)).toLowerCase();
  if (head.startsWith('<?xml')) {
    const end = head.indexOf('?>');
    const m = /encoding\s*=\s*["']([^"']+)["']/.exec(head.slice(0, end < 0 ? head.length : end));
    if (m) return metaLabel(m[1]!);
  }
  let i = head.indexOf('<');
  while (i >= 0 && i < head.length) {
    if (head.startsWith('<!--', i)) {
      const close = head.indexOf('-->', i + 4);
      if (close < 0) return null;
      i = head.indexOf('<', close + 3);
      continue;
    }
    if (head.startsWith('<meta', i) && /[\s/]/.test(head[i + 5] ?? '')) {
      const { attrs, end } = readAttributes(head, i + 5);
      const charset = attrs.get('charset');
      if (charset !== undefined) {
        const name = metaLabel(charset);
        if (name !== null) return name;
      } else if (attrs.get('http-equiv') === 'content-type') {
        const m = /charset\s*=\s*["']?([^"';\s]+)/.exec(attrs.get('content') ?? '');
        const name = m ? metaLabel(m[1]!) : null;
        if (name !== null) return name;
      }
      i = head.indexOf('<', end);
      continue;
    }
    i = head.indexOf('<', i + 1);
  }
  return null;
}

/** WHATWG: a meta-declared UTF-16 is treated as UTF-8 (the bytes are ASCII-compatible or it couldn't be read). */
function metaLabel(label: string): string | null {
  const name = whatwgName(label);
  return name !== null && name.startsWith('utf-16') ? 'utf-8' : name;
}

/** Reads `name=value` attributes from `s` at `from` up to the closing ">"; linear in what it reads. */
function readAttributes(s: string, from: number): { attrs: Map<string, string>; end: number } {
  const attrs = new Map<string, string>();
  let i = from;
  const n = s.length;
  const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '/';
  while (i < n) {
    while (i < n && isSpace(s[i])) i++;
    if (i >= n || s[i] === '>') break;
    let name = '';
    while (i < n && !isSpace(s[i]) && s[i] !== '=' && s[i] !== '>') name += s[i++];
    while (i < n && (s[i] === ' ' || s[i] === '\t' || s[i] === '\n' || s[i] === '\r')) i++;
    let value = '';
    if (s[i] === '=') {
      i++;
      while (i < n && (s[i] === ' ' || s[i] === '\t' || s[i] === '\n' || s[i] === '\r')) i++;
      const q = s[i];
      if (q === '"' || q === "'") {
        const close = s.indexOf(q, i + 1);
        const stop = close < 0 ? n : close;
        value = s.slice(i + 1, stop);
        i = stop + 1;
      } else {
        while (i < n && !isSpace(s[i]) && s[i] !== '>') value += s[i++];
      }
    }
    if (name !== '' && !attrs.has(name)) attrs.set(name, value.trim());
  }
  return { attrs, end: i };
}

function latin1(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]!);
  return s;
}

// ---------------------------------------------------------------------------
// Decoding and sanity checks

function decodeWith(bytes: Uint8Array, encoding: string): string {
  const text = new TextDecoder(encoding).decode(bytes);
  // Node 20's TextDecoder decodes windows-1252 as ISO-8859-1 (0x93 → U+0093
  // instead of “; nodejs/node#56542), so map the C1 range ourselves.
  return encoding === 'windows-1252' ? text.replace(/[\u0080-\u009F]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80]!) : text;
}

/** windows-1252 bytes 0x80-0x9F; the five undefined ones stay C1 controls, as WHATWG says. */
const CP1252_C1 = [
  '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
  '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
  '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
  '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178',
];

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** True when at most 2% of the characters are U+FFFD or C1 controls (the marks of a wrong decoder). */
function sensible(text: string): boolean {
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd || (c >= 0x80 && c <= 0x9f)) bad++;
  }
  return bad <= Math.max(0, text.length * 0.02);
}

function undecodable(encoding: string): never {
  throw new ParleyError(
    'undecodable',
    `the input does not decode as ${encoding} or any other supported encoding; pass --encoding to choose one`,
  );
}

// ---------------------------------------------------------------------------
// Detection

const CYRILLIC = ['windows-1251', 'koi8-r', 'ibm866', 'iso-8859-5', 'koi8-u', 'x-mac-cyrillic'] as const;
const LATIN1ISH = new Set(['windows-1252', 'iso-8859-15']);

function detect(bytes: Uint8Array): Decoded {
  const sample = bytes.length > 262144 ? bytes.subarray(0, 262144) : bytes;
  const candidates: { encoding: string; confidence: number }[] = [];
  for (const m of chardet.analyse(sample)) {
    const encoding = whatwgName(m.name);
    if (encoding === null || encoding === 'utf-8' || candidates.some((c) => c.encoding === encoding)) continue;
    candidates.push({ encoding, confidence: m.confidence });
  }
  const top = candidates[0];

  // Cyrillic: chardet names 1251/KOI8-R/8859-5 well but never IBM866 (it says
  // windows-1252 or Greek), so whenever a Cyrillic reading is plausible, let
  // the letter-frequency scorer choose among all of them.
  const cyr = bestCyrillic(sample);
  const topIsCyrillic = top !== undefined && (CYRILLIC as readonly string[]).includes(top.encoding);
  if (cyr !== null && (topIsCyrillic || (cyr.share >= 0.5 && cyr.score >= CYRILLIC_PLAUSIBLE))) {
    const text = decodeWith(bytes, cyr.encoding);
    if (sensible(text)) return { text, encoding: cyr.encoding, via: 'detected' };
  }

  // Latin: for short French/Italian text chardet often ranks ISO-8859-2 just
  // above ISO-8859-1; on a close call prefer the far more common windows-1252.
  const ordered = [...candidates];
  const latin = ordered.findIndex((c) => LATIN1ISH.has(c.encoding));
  if (latin > 0 && top !== undefined && ordered[latin]!.confidence >= top.confidence - 10) {
    ordered.unshift(...ordered.splice(latin, 1));
  }
  if (ordered.length === 0) ordered.push({ encoding: 'windows-1252', confidence: 0 });

  for (const { encoding } of ordered) {
    const chosen = LATIN1ISH.has(encoding) ? latinVariant(bytes) : encoding;
    const text = decodeWith(bytes, chosen);
    if (sensible(text)) return { text, encoding: chosen, via: 'detected' };
  }
  return undecodable('UTF-8');
}

/**
 * windows-1252 unless the bytes read better as ISO-8859-15: no C1-range bytes
 * (0x80-0x9F, printable only in 1252) and the bytes where the two differ sit
 * next to letters (Š, Œ…) or next to digits (€).
 */
function latinVariant(b: Uint8Array): string {
  let vote = 0;
  const letter = (c: number | undefined) =>
    c !== undefined && ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c >= 0xc0);
  const digitNear = (i: number) => {
    for (const j of [i - 2, i - 1, i + 1, i + 2]) {
      const c = b[j];
      if (c !== undefined && c >= 0x30 && c <= 0x39) return true;
    }
    return false;
  };
  for (let i = 0; i < b.length; i++) {
    const c = b[i]!;
    if (c >= 0x80 && c <= 0x9f) return 'windows-1252';
    if (c === 0xa4) vote += digitNear(i) ? 2 : 1;
    else if (c === 0xa6 || c === 0xa8 || c === 0xb4 || c === 0xb8 || c === 0xbc || c === 0xbd || c === 0xbe) {
      vote += letter(b[i - 1]) || letter(b[i + 1]) ? 1 : -1;
    }
  }
  return vote > 0 ? 'iso-8859-15' : 'windows-1252';
}

/**
 * Relative frequencies (%) of Russian letters in running text, with small
 * weights for the Ukrainian/Belarusian letters so that those texts are not
 * penalised. Source: the Russian National Corpus letter counts as commonly
 * tabulated (о 10.97 … ъ 0.04).
 */
const RU_FREQ: Readonly<Record<string, number>> = {
  о: 10.97, е: 8.45, а: 8.01, и: 7.35, н: 6.7, т: 6.26, с: 5.47, р: 4.73, в: 4.54, л: 4.4, к: 3.49,
  м: 3.21, д: 2.98, п: 2.81, у: 2.62, я: 2.01, ы: 1.9, ь: 1.74, г: 1.7, з: 1.65, б: 1.59, ч: 1.44,
  й: 1.21, х: 0.97, ж: 0.94, ш: 0.73, ю: 0.64, ц: 0.48, щ: 0.36, э: 0.32, ф: 0.26, ъ: 0.04, ё: 0.04,
  і: 1.5, ї: 0.3, є: 0.3, ґ: 0.05, ў: 0.2,
};
/** Punctuation that legitimately appears above ASCII in Russian text. */
const RU_PUNCT = new Set('«»—–…№“”„‘’\u00A0•·§°±€₽©®™'.split(''));
/** Log-scores for anything else: another letter, box drawing, symbols. */
const LOG_OTHER = Math.log(0.005);
const LOG_PUNCT = Math.log(1);
/**
 * Score above which a decoding reads as Russian even when chardet prefers
 * another script. Measured on the fixtures: Russian and Ukrainian 2.3–5.0,
 * Greek and Hebrew read as KOI8-R 1.3–1.4, Latin text under 1.
 */
const CYRILLIC_PLAUSIBLE = 2;

interface CyrillicGuess {
  encoding: string;
  /** Mean log-frequency per non-ASCII character plus the bigram bonus. */
  score: number;
  /** Share of letters that are Cyrillic in this decoding. */
  share: number;
}

/** Decodes `sample` with each Cyrillic single-byte encoding and returns the best-scoring one. */
function bestCyrillic(sample: Uint8Array): CyrillicGuess | null {
  let best: CyrillicGuess | null = null;
  for (const encoding of CYRILLIC) {
    const guess = scoreCyrillic(decodeWith(sample, encoding), encoding);
    if (guess !== null && (best === null || guess.score > best.score + 1e-9)) best = guess;
  }
  return best;
}

/** Frequent Russian letter pairs; a wrong code page scrambles letters and loses them. */
const RU_BIGRAMS = new Set(
  ('ст но то на ен ов ни ра во ко ро ре ал по пр ос ог ет ли ле ла ка не ол ер ан ор ит од го де те ' +
    'ва ск ри ль ат ел та ин ес ве ом ак ем ый ие ть за ой ся ны ом ви ар ия ми да').split(' '),
);

/**
 * Scores a decoding by how Russian its non-ASCII characters look: the mean
 * log-frequency of each (lower-cased) letter, a heavy penalty for symbols and
 * box drawing and for a lower-case letter followed by an upper-case one inside
 * a word (KOI8-R read as windows-1251 swaps the case of every letter), plus
 * three times the share of adjacent letter pairs that are frequent Russian
 * bigrams.
 */
function scoreCyrillic(text: string, encoding: string): CyrillicGuess | null {
  let sum = 0;
  let count = 0;
  let cyrLetters = 0;
  let letters = 0;
  let pairs = 0;
  let hits = 0;
  let prevLower = false;
  let prev = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) {
      if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) letters++;
      prevLower = false;
      prev = '';
      continue;
    }
    count++;
    const lower = ch.toLowerCase();
    const f = RU_FREQ[lower];
    if (f !== undefined) {
      letters++;
      cyrLetters++;
      sum += Math.log(f);
      const isLower = lower === ch;
      if (!isLower && prevLower) sum += LOG_OTHER;
      prevLower = isLower;
      if (prev !== '') {
        pairs++;
        if (RU_BIGRAMS.has(prev + lower)) hits++;
      }
      prev = lower;
    } else {
      if (/\p{L}/u.test(ch)) letters++;
      sum += RU_PUNCT.has(ch) ? LOG_PUNCT : LOG_OTHER;
      prevLower = false;
      prev = '';
    }
  }
  if (count === 0) return null;
  const score = sum / count + (pairs === 0 ? 0 : (3 * hits) / pairs);
  return { encoding, score, share: letters === 0 ? 0 : cyrLetters / letters };
}
