/**
 * Property-based fuzzing of ingest and the whole pipeline: thousands of
 * malformed inputs (random bytes, broken, unclosed and deeply nested HTML,
 * Markdown debris, huge lines, mixed encodings, lone surrogates, NULs, RTL and
 * combining marks) go through `analyzeBytes`, and each must end either in an
 * analysis whose every invariant holds (see fuzz-target.ts: spans within the
 * text and on UTF-16 code-point boundaries, valid indexes, documented
 * diagnostics, no stage crash, well-formed strings) or in a ParleyError with
 * a code a user can act on (empty, binary, undecodable, usage).
 *
 * Each input runs in a worker thread, so a per-run time bound is real: a run
 * over RUN_TIMEOUT_MS (counted in the worker, start-up left out) fails with
 * its seed and the hung worker is replaced; fast-check's own `timeout` option
 * is the outer bound. Environment:
 *
 *   PARLEY_FUZZ_RUNS=50000     total inputs across the properties (default about 5,000)
 *   PARLEY_FUZZ_SEED=123       replay a seed that fast-check reported; `random` for a new one each run
 *                              (`npm run fuzz`). Unset, the seed is fixed, so `npm test` and CI
 *                              are reproducible: exploring is `npm run fuzz`'s job.
 *   PARLEY_FUZZ_TIMEOUT_MS=n   per-run bound (default 10,000 ms; runs take milliseconds to about a second)
 *   PARLEY_FUZZ_DUMP=dir       write each failing input there (bytes + a .json of the rest)
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { FuzzInput, Outcome } from './fuzz-target.js';

// ---------------------------------------------------------------------------
// Budget

const TOTAL = Number(process.env.PARLEY_FUZZ_RUNS ?? '') || 5_000;
/** The seed CI uses; a bug found with another seed becomes a case in REGRESSIONS below. */
const FIXED_SEED = 20_261_122;
const SEED_ENV = process.env.PARLEY_FUZZ_SEED;
const SEED = SEED_ENV === 'random' ? undefined : SEED_ENV === undefined || SEED_ENV === '' ? FIXED_SEED : Number(SEED_ENV);
const RUN_TIMEOUT_MS = Number(process.env.PARLEY_FUZZ_TIMEOUT_MS ?? '') || 10_000;
const DUMP = process.env.PARLEY_FUZZ_DUMP;
/**
 * Room for fast-check to shrink a failure and report it. Shrinking a hang costs RUN_TIMEOUT_MS a
 * step, so shrinking stops after SHRINK_LIMIT_MS and the smallest input so far is reported (and
 * dumped): an unbounded shrink of one hang took CI past its own time limit.
 */
const SHRINK_LIMIT_MS = 120_000;
const FUZZ_TEST_TIMEOUT = SHRINK_LIMIT_MS + 4 * RUN_TIMEOUT_MS + 120_000;

/** Share of TOTAL per property. */
const WEIGHTS = { bytes: 0.2, text: 0.25, html: 0.22, markdown: 0.12, unicode: 0.18, huge: 0.03 } as const;
const runs = (k: keyof typeof WEIGHTS) => Math.max(10, Math.round(TOTAL * WEIGHTS[k]));

/**
 * fast-check's per-run `timeout` is the outer bound; the worker client's
 * RUN_TIMEOUT_MS, which leaves out the time to replace a hung worker, fires first.
 */
function params(k: keyof typeof WEIGHTS): fc.Parameters<[FuzzInput]> {
  return {
    numRuns: runs(k),
    timeout: 2 * RUN_TIMEOUT_MS + 60_000,
    // Counted from the property's start: generous for the runs (seconds), a bound on shrinking.
    // The plugin is typed for any value; the parameters want it typed for ours.
    plugins: [fc.interruptAfterTimeLimit(SHRINK_LIMIT_MS + 60_000, { failOnInterrupt: true }) as fc.Plugin<[FuzzInput]>],
    ...(SEED !== undefined && { seed: SEED }),
  };
}

// ---------------------------------------------------------------------------
// The worker that runs each input

/** A run's outcome and how long the worker took over it (NaN when it did not answer). */
interface Ran {
  readonly outcome: Outcome;
  readonly ms: number;
}

class FuzzWorker {
  private worker: Worker | undefined;
  private ready: Promise<void> = Promise.resolve();
  private pending: { id: number; resolve: (r: Ran) => void; timer: NodeJS.Timeout } | undefined;
  private nextId = 0;
  /** Runs go one at a time, even when fast-check has given up on one and moved on. */
  private queue: Promise<unknown> = Promise.resolve();
  /** The worker still runs an abandoned input and must be replaced. */
  private stale = false;

  start(): Promise<void> {
    const worker = new Worker(new URL('./fuzz-worker.mjs', import.meta.url));
    this.worker = worker;
    this.ready = new Promise<void>((resolve, reject) => {
      worker.once('error', reject);
      worker.on('message', (m: { ready?: true; id?: number; outcome?: Outcome; ms?: number }) => {
        if (m.ready) resolve();
        else if (m.outcome && m.id === this.pending?.id) this.settle(m.outcome, m.ms);
      });
    });
    worker.on('error', (err) => this.settle({ kind: 'bug', message: `the worker died: ${err.stack ?? err.message}` }));
    worker.on('exit', (code) => this.settle({ kind: 'bug', message: `the worker exited with code ${code}` }));
    return this.ready;
  }

  private settle(outcome: Outcome, ms = NaN): void {
    const p = this.pending;
    if (!p) return;
    clearTimeout(p.timer);
    this.pending = undefined;
    p.resolve({ outcome, ms });
  }

  /**
   * Runs one input, bounded by RUN_TIMEOUT_MS counted from when the worker
   * receives it (a worker's start-up is not counted). A run over the bound is
   * a failure; its worker, still busy, is replaced before the next run.
   */
  run(input: FuzzInput): Promise<Ran> {
    if (this.pending) {
      // fast-check's own (outer) timeout gave up on the previous run.
      this.settle({ kind: 'bug', message: 'the run was abandoned (fast-check timeout)' });
      this.stale = true;
    }
    const next = this.queue.then(async () => {
      if (this.stale) {
        this.stale = false;
        await this.stop();
        void this.start();
      }
      await this.ready;
      return new Promise<Ran>((resolve) => {
        const id = ++this.nextId;
        const timer = setTimeout(() => {
          this.stale = true;
          this.settle({ kind: 'bug', message: `no result within ${RUN_TIMEOUT_MS} ms: the run hangs or is super-linear` });
        }, RUN_TIMEOUT_MS);
        this.pending = { id, resolve, timer };
        const { bytes, uri, contentType, encoding } = input;
        this.worker!.postMessage({ id, input: { bytes, uri, contentType, encoding } });
      });
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  async stop(): Promise<void> {
    const w = this.worker;
    this.worker = undefined;
    if (w) {
      w.removeAllListeners('exit');
      w.removeAllListeners('error');
      w.on('error', () => undefined);
      await w.terminate();
    }
  }
}

const worker = new FuzzWorker();
beforeAll(() => worker.start(), 60_000);
afterAll(() => worker.stop());

/** Writes a failing input (bytes, and a .json with the rest) to PARLEY_FUZZ_DUMP, for a regression case. */
function dump(input: FuzzInput, message: string): void {
  mkdirSync(DUMP!, { recursive: true });
  const name = join(DUMP!, `fuzz-${createHash('sha256').update(input.bytes).digest('hex').slice(0, 12)}`);
  writeFileSync(`${name}.bin`, input.bytes);
  const { uri, contentType, encoding } = input;
  writeFileSync(`${name}.json`, `${JSON.stringify({ uri, contentType, encoding, message }, null, 2)}\n`);
}

/** Tally of what the inputs came to, printed at the end. */
const tally = { inputs: 0, docs: 0, refused: new Map<string, number>(), ms: 0, slowest: [] as { ms: number; input: string }[] };
afterAll(() => {
  const refused = [...tally.refused].map(([k, v]) => `${k} ${v}`).join(', ');
  const slowest = tally.slowest.map((s) => `  ${s.ms.toFixed(0)} ms: ${s.input}`).join('\n');
  console.log(
    `ingest fuzz: ${tally.inputs} inputs in ${(tally.ms / 1000).toFixed(1)} s: ${tally.docs} analysed, refused: ${refused || 'none'}\nslowest:\n${slowest}`,
  );
});

/** The property every input must satisfy. */
async function holds(input: FuzzInput): Promise<void> {
  const t0 = performance.now();
  const { outcome, ms } = await worker.run(input);
  tally.ms += performance.now() - t0;
  tally.inputs++;
  if (tally.slowest.length < 5 || ms > tally.slowest[4]!.ms) {
    tally.slowest.push({ ms, input: `${input.bytes.byteLength} bytes, ${input.uri}, ${String(input.contentType)}: ${JSON.stringify(Buffer.from(input.bytes.subarray(0, 200)).toString('latin1'))}` });
    tally.slowest.sort((a, b) => b.ms - a.ms).splice(5);
  }
  if (outcome.kind === 'bug') {
    if (DUMP) dump(input, outcome.message);
    throw new Error(outcome.message);
  }
  if (outcome.kind === 'doc') tally.docs++;
  else tally.refused.set(outcome.code, (tally.refused.get(outcome.code) ?? 0) + 1);
}

// ---------------------------------------------------------------------------
// Encodings

/** Reverse table of a single-byte WHATWG encoding: character → byte. */
function singleByte(label: string): Map<string, number> {
  const decoder = new TextDecoder(label);
  const map = new Map<string, number>();
  for (let b = 0x80; b <= 0xff; b++) {
    const ch = decoder.decode(new Uint8Array([b]));
    if (ch !== '\uFFFD' && !map.has(ch)) map.set(ch, b);
  }
  return map;
}
const SINGLE = ['windows-1251', 'koi8-r', 'windows-1252', 'ibm866', 'iso-8859-5', 'windows-1253', 'windows-1255'] as const;
const TABLES = new Map(SINGLE.map((l) => [l, singleByte(l)]));

function encodeSingle(text: string, label: (typeof SINGLE)[number]): Uint8Array {
  const table = TABLES.get(label)!;
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    out.push(c < 0x80 && ch.length === 1 ? c : (table.get(ch) ?? 0x3f));
  }
  return Uint8Array.from(out);
}

/** UTF-16 code units as bytes, lone surrogates kept as they are. */
function encodeUtf16(text: string, le: boolean, bom: boolean): Uint8Array {
  const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  let i = 0;
  const put = (u: number) => {
    out[i++] = le ? u & 0xff : u >> 8;
    out[i++] = le ? u >> 8 : u & 0xff;
  };
  if (bom) put(0xfeff);
  for (let k = 0; k < text.length; k++) put(text.charCodeAt(k));
  return out;
}

const ENCODINGS = ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16le-bom', 'utf-16be', 'utf-16be-bom', ...SINGLE] as const;
type Encoding = (typeof ENCODINGS)[number];

function encode(text: string, encoding: Encoding): Uint8Array {
  switch (encoding) {
    case 'utf-8':
      return new TextEncoder().encode(text);
    case 'utf-8-bom':
      return new TextEncoder().encode(`\uFEFF${text}`);
    case 'utf-16le':
    case 'utf-16le-bom':
      return encodeUtf16(text, true, encoding.endsWith('bom'));
    case 'utf-16be':
    case 'utf-16be-bom':
      return encodeUtf16(text, false, encoding.endsWith('bom'));
    default:
      return encodeSingle(text, encoding);
  }
}

const concat = (parts: readonly Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

// ---------------------------------------------------------------------------
// Inputs

/** Interview text as it occurs. */
const PROSE = [
  '– ', '— ', '- ', 'Q: ', 'A: ', 'Question: ', 'MR PRICE: ', 'Sergey Lavrov: ', '[Answer]: ', 'Вопрос: ', 'Ответ: ', '**Q:** ',
  'Mr. ', 'Mrs. ', 'U.S. ', 'H.E. ', 'V.V. Putin', 'Dr. ', 'No. 5', 'e.g. ', 'NATO', 'Russia', 'Ukraine', 'the European Union',
  'Minister', 'Ambassador', 'TASS', 'RIA Novosti', '€643 billion', '23.2%', '15 percentage points', '1,000,000', '3.5 million tonnes',
  'about 40', 'over $2 bn', 'last year', 'in 2024', 'in the first half of 2025', '12 March 2024', '₽1 trillion', '5 km', '3 hours',
  'the so-called', 'regime', 'Nazis', 'the West', 'sanctions', 'Kiev regime', 'everyone knows', 'what about Iraq?', 'never', 'always',
  'Министр заявил, что рост составил 5%.', 'Почему?', 'Это ложь.', 'Der Minister sagte: ', 'Le ministre a dit : ',
  '.', '. ', ',', '?', '? ', '!', '...', '…', ':', ';', '"', '“', '”', '«', '»', '‘', '’', '(', ')', '[', ']', '/', '%', '$', '€',
  ' ', '  ', '\t', '\n', '\n', '\n\n', '\n\n', '\r\n', '\r', 'the ', 'and ', 'we ', 'said ', 'that ', 'It is ', 'Why ',
];

/** Characters and sequences that break naive text handling. */
const HAZARDS = [
  '\u0000', '\u0001', '\u0008', '\u000B', '\u000C', '\u001B', '\u007F', '\u0085', '\u00A0', '\u00AD', '\u2028', '\u2029', '\uFEFF',
  '\u200B', '\u200C', '\u200D', '\u2060', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u200E', '\u200F', '\u061C', '\u2066', '\u2069',
  'قال الوزير إن النمو بلغ ٥٪.', 'שלום, מה שלומך?', '\u202Eevil\u202C', 'e\u0301', 'a\u0300\u0301\u0302\u0303\u0304\u0305\u0306',
  'Z\u0351\u0352\u0353\u0354\u0355\u0356\u0357\u0358\u0359\u035A\u035B\u035C\u035D\u035E\u035F', '\u0301', '\u0301\u0301\u0301',
  '😀', '👩‍👩‍👧‍👦', '🇷🇺', '🏳️‍🌈', '\uD800', '\uDC00', '\uDBFF\uDBFF', '\uDFFF\uD800', '𝟙𝟚𝟛', '١٢٣', '١٢٫٥٪', '１２３', '½', '²', 'Ⅻ',
  'ﬁ', 'İ', 'ß', 'ǅ', '\u3000', '\u2009', '9'.repeat(400), '1e308', '0.', '.5', '1,2,3,4,5,6', '$1.2.3', '%%%', '--', '–––',
  '&#xD800;', '&#xDC00;', '&#0;', '&#x110000;', '&#65;', '&#x1;', '&amp;', '&nbsp;', '&bogus;', '&#99999999;', '\\', '\\u0000',
];

const HTML = [
  '<p>', '</p>', '<b>', '</b>', '<i>', '</i>', '<strong>', '</strong>', '<em>', '</em>', '<br>', '<br/>', '<div>', '</div>', '<span>',
  '<h1>', '</h1>', '<h2>', '</h3>', '<article>', '</article>', '<main>', '<nav>', '</nav>', '<header>', '<footer>', '<aside>', '<form>',
  '<script>', '</script>', '<style>', '</style>', '<!--', '-->', '<![CDATA[', ']]>', '<table><tr><td>', '</td><td>', '<pre>', '</pre>',
  '<a href="x">', '</a>', '<img src=x alt="y">', '<ul><li>', '</li><li>', '<blockquote>', '<figure><figcaption>', '<time datetime="2024-13-45">',
  '<meta charset="koi8-r">', '<meta charset="utf-16">', '<meta charset="bogus">',
  '<meta http-equiv="content-type" content="text/html; charset=windows-1251">', '<meta name="author" content="&#xD800;">',
  '<meta property="article:published_time" content="2024-02-30T25:61">', '<meta property="og:title" content="\u0000">',
  '<script type="application/ld+json">{"@type":"NewsArticle","headline":"A\\u0000B\\ud800","author":{"name":"X\\udc00"},"datePublished":"2024-01-01"}</script>',
  '<script type="application/ld+json">{"@graph":[{"@id":"#a","@type":"Person","name":"Ann"},{"@type":"Article","author":{"@id":"#a"}}]}</script>',
  '<script type="application/ld+json">[[[[[[[[[[[[{"@type":"Article"}]]]]]]]]]]]]</script>', '<script type="application/ld+json">{"a":</script>',
  '<title>', '</title>', '<html lang="ru">', '<html lang="&#0;">', '<body>', '</body>', '</html>', '<head>', '</head>', '<!doctype html>',
  '<', '>', '</', '="', "'", '<p style="display:none">', '<div hidden>', '<svg><text>', '</svg>', '<template>', '<noscript>', '<select>',
  '<textarea>', '<plaintext>', '<xmp>', '<iframe>', '<math>', '<?xml version="1.0" encoding="koi8-r"?>', '<p class="caption">',
];

const MARKDOWN = [
  '# ', '## ', '###### ', '####### ', '---\n', '+++\n', 'title: x\n', 'date: 2024-99-99\n', 'author: &#xD800;\n', '**', '__', '*', '_', '`',
  '```\n', '~~~', '> ', '>'.repeat(60), '- ', '* ', '1. ', '[a](http://x)', '![i](y)', '[', '](', ']', '(', '\\', '<http://x>',
  '|a|b|\n|-|-|\n', '===\n', '---', '    code\n', '<div>', '</div>', '[^1]', '[^1]: note', '***', '**Q:**', '*A:*', '&#x202E;',
];

const piece = (vocab: readonly string[]) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...vocab) },
    { weight: 2, arbitrary: fc.constantFrom(...HAZARDS) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  );
const soup = (vocab: readonly string[], maxLength: number) => fc.array(piece(vocab), { maxLength }).map((p) => p.join(''));

/** Elements opened `depth` times, optionally closed, around some text. */
const nested = fc
  .record({
    tag: fc.constantFrom('div', 'b', 'i', 'span', 'p', 'blockquote', 'ul><li', 'table><tr><td', 'section', 'font', 'a href=#'),
    depth: fc.integer({ min: 1, max: 3000 }),
    close: fc.boolean(),
    inner: soup(PROSE, 20),
  })
  .map(({ tag, depth, close, inner }) => `<${tag}>`.repeat(depth) + inner + (close ? `</${tag.split(/[ >]/)[0]}>`.repeat(depth) : ''));

const htmlPage = fc
  .record({
    doctype: fc.boolean(),
    head: soup(HTML, 8),
    body: fc.array(fc.oneof({ weight: 4, arbitrary: soup([...HTML, ...PROSE], 40) }, { weight: 1, arbitrary: nested }), { maxLength: 4 }),
    closed: fc.boolean(),
  })
  .map(({ doctype, head, body, closed }) =>
    `${doctype ? '<!DOCTYPE html>' : ''}<html><head>${head}</head><body>${body.join('')}${closed ? '</body></html>' : ''}`,
  );

const markdownDoc = fc
  .record({ front: fc.option(soup(MARKDOWN, 6), { nil: undefined }), body: soup([...MARKDOWN, ...PROSE], 60) })
  .map(({ front, body }) => (front === undefined ? body : `---\n${front}\n---\n${body}`));

const contentType = fc.constantFrom(
  null, null, null, 'text/html', 'text/plain', 'text/markdown', 'text/html; charset=koi8-r', 'text/html; charset=utf-16le',
  'text/plain; charset=bogus', 'application/octet-stream', 'text/html;charset="windows-1251"', 'text/plain; charset=x-user-defined',
  'text/plain; charset=replacement', 'application/xhtml+xml', 'text/markdown; charset=UTF-8',
);
const uri = fc.constantFrom('-', 'text', 'a.txt', 'a.html', 'a.md', 'https://example.org/interview?x=1#y', 'noext', 'C:\\x\\Y.HTM');
const override = fc.oneof(
  { weight: 12, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constantFrom('utf-8', 'windows-1251', 'koi8-r', 'utf-16le', 'latin1', 'nonsense-label', 'replacement', 'x-user-defined') },
);

/** Text in one encoding, or in several glued together. */
const encoded = (text: fc.Arbitrary<string>) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.tuple(text, fc.constantFrom(...ENCODINGS)).map(([t, e]) => encode(t, e)) },
    { weight: 1, arbitrary: fc.array(fc.tuple(text, fc.constantFrom(...ENCODINGS)), { minLength: 2, maxLength: 4 }).map((parts) => concat(parts.map(([t, e]) => encode(t, e)))) },
  );

const input = (bytes: fc.Arbitrary<Uint8Array>): fc.Arbitrary<FuzzInput> =>
  fc.record({ bytes, uri, contentType, encoding: override }).map((i) => Object.assign(i, { [fc.toStringMethod]: () => describeInput(i) }));

/** A counterexample as fast-check prints it: small inputs whole (base64), big ones by their length and opening. */
function describeInput(i: FuzzInput): string {
  const head = Buffer.from(i.bytes.subarray(0, 160)).toString('latin1');
  const bytes = i.bytes.byteLength <= 4096 ? `base64 ${Buffer.from(i.bytes).toString('base64')}` : `${i.bytes.byteLength} bytes opening ${JSON.stringify(head)}`;
  return `{ bytes: ${bytes}, uri: ${JSON.stringify(i.uri)}, contentType: ${JSON.stringify(i.contentType)}, encoding: ${JSON.stringify(i.encoding)} }`;
}

const randomBytes = fc.oneof(
  fc.uint8Array({ maxLength: 4096 }),
  fc.uint8Array({ min: 0x09, max: 0xff, maxLength: 4096 }), // no NULs: gets past the binary check to detection
  fc.uint8Array({ min: 0x80, max: 0xff, maxLength: 512 }).chain((high) =>
    fc.uint8Array({ min: 0x20, max: 0x7e, maxLength: 512 }).map((ascii) => Uint8Array.from([...high].flatMap((b, i) => [b, ascii[i] ?? 0x20]))),
  ),
  fc.tuple(fc.constantFrom([0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0x1f, 0x8b], [0x25, 0x50, 0x44, 0x46, 0x2d], [0x3c]), fc.uint8Array({ maxLength: 1024 })).map(
    ([head, tail]) => Uint8Array.from([...head, ...tail]),
  ),
);

const unicode = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  fc.string({ unit: 'grapheme-composite', maxLength: 200 }),
  fc.array(fc.oneof(fc.constantFrom(...HAZARDS), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 80 }).map((p) => p.join('')),
);

const huge = fc.oneof(
  fc
    .record({
      unit: fc.constantFrom(
        'a', 'word ', '9', '9,', '.', '. ', '-', '–', '<b>', '**', 'Q: ', '€1 ', 'Mr. ', '“', '\u0301', '😀', 'я', '\uD800', '?', '\n',
        ' ', '\t', '#', '> ', '*', '_', '`', '[', '](', '&', ',', "'", '’', '\\', '|', '=', '<', '<!--', '&#', 'A: ', '(', ')',
      ),
      times: fc.integer({ min: 1_000, max: 60_000 }),
      around: soup([...PROSE, ...MARKDOWN, ...HTML], 10),
    })
    .map(({ unit, times, around }) => `${around}${unit.repeat(times)}${around}`),
  nested.map((s) => `<html><body>${s}</body></html>`),
  fc.integer({ min: 1000, max: 20_000 }).map((n) => `${'Q: Why?\n\nA: Because 5% of €1 billion.\n\n'.repeat(Math.ceil(n / 40))}`),
);

// ---------------------------------------------------------------------------
// Properties

describe('ingest fuzz: every malformed input ends in an analysis with valid spans or a clear ParleyError', () => {
  test('fuzz: random bytes', async () => {
    await fc.assert(fc.asyncProperty(input(randomBytes), holds), params('bytes'));
  }, FUZZ_TEST_TIMEOUT);

  test('fuzz: interview text with hazards, in any encoding or a mix of them', async () => {
    await fc.assert(fc.asyncProperty(input(encoded(soup(PROSE, 80))), holds), params('text'));
  }, FUZZ_TEST_TIMEOUT);

  test('fuzz: broken, unclosed and deeply nested HTML', async () => {
    await fc.assert(fc.asyncProperty(input(encoded(htmlPage)), holds), params('html'));
  }, FUZZ_TEST_TIMEOUT);

  test('fuzz: Markdown debris', async () => {
    await fc.assert(fc.asyncProperty(input(encoded(markdownDoc)), holds), params('markdown'));
  }, FUZZ_TEST_TIMEOUT);

  test('fuzz: arbitrary Unicode, lone surrogates, controls, RTL and combining marks', async () => {
    await fc.assert(fc.asyncProperty(input(encoded(unicode)), holds), params('unicode'));
  }, FUZZ_TEST_TIMEOUT);

  test('fuzz: huge lines, long documents and deep nesting', async () => {
    await fc.assert(fc.asyncProperty(input(encoded(huge)), holds), params('huge'));
  }, FUZZ_TEST_TIMEOUT);

  test('fuzz: the budget is several thousand inputs', () => {
    const total = (Object.keys(WEIGHTS) as (keyof typeof WEIGHTS)[]).reduce((n, k) => n + runs(k), 0);
    expect(total).toBeGreaterThanOrEqual(Math.min(TOTAL, 5_000) * 0.95);
  });
});

/**
 * Inputs the fuzzer found, minimised, kept as regression cases (each under the same per-run bound).
 * Before the fixes: lone surrogates and NULs in meta and text, and runs of 10 s to hours.
 */
const REGRESSIONS: ReadonlyArray<readonly [string, FuzzInput]> = [
  [
    'JSON-LD escapes put a NUL and lone surrogates into meta.title and meta.interviewer (seed 2111514379)',
    {
      bytes: utf8('<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"A\\u0000B\\ud800","author":{"name":"X\\udc00"},"datePublished":"2024-01-01"}</script></head><body>!</body></html>'),
      uri: '-',
      contentType: null,
      encoding: null,
    },
  ],
  [
    'a Markdown "&#xD800;" became a lone surrogate in the text (seed -1765525235)',
    { bytes: Uint8Array.from([45, 45, 45, 10, 97, 117, 116, 104, 111, 114, 58, 32, 38, 35, 120, 68, 56, 48, 48, 59, 10, 101, 204, 129, 10, 45, 45, 45, 10]), uri: 'a.md', contentType: null, encoding: null },
  ],
  [
    'tables nested 700 deep inside <math> reached Readability: over 10 s for 10 KB',
    { bytes: utf8(`<html><head></head><body><math>${'<table><tr><td>'.repeat(700)}x${'</td></tr></table>'.repeat(700)}</body></html>`), uri: 'noext', contentType: 'text/plain; charset=x-user-defined', encoding: null },
  ],
  [
    'a second <html> with 2,500 nested <div>s reached Readability: over 10 s for 1,500, and its text was lost',
    { bytes: utf8(`<html><head></head><body></body></html><html><head></head><body>${'<div>'.repeat(2500)}Q: Why? A: Because.`), uri: 'a.txt', contentType: 'text/html; charset=koi8-r', encoding: null },
  ],
  [
    'htmlparser2 cut the emoji of an unterminated "</RIA Novosti😀" in two: a lone surrogate in the text',
    { bytes: utf8('<html><head></head><body></RIA Novosti😀'), uri: '-', contentType: null, encoding: null },
  ],
  [
    '"NATO" and 120,000 ". ": the trailing-dots regex of the caption check was quadratic, 10 s for 120 KB',
    { bytes: utf8(`NATO${'. '.repeat(120_000)}?\n\nA: Because.`), uri: 'noext', contentType: 'text/plain; charset=bogus', encoding: null },
  ],
  [
    'a Markdown heading with 300,000 blanks: the closing-hashes regex was quadratic, 13 s for 150,000',
    { bytes: utf8(`# a${' '.repeat(300_000)}x\n\nQ: Why?\n\nA: Because.`), uri: 'a.md', contentType: null, encoding: null },
  ],
  [
    'a Markdown line with 150,000 inner blanks: the hard-break regex / {2,}$/ was quadratic, 10 s for 80 KB',
    { bytes: utf8(`# T\n\nline one${' '.repeat(150_000)}x\nline two\n\n**Q:** a`), uri: 'a.md', contentType: null, encoding: null },
  ],
  [
    'a front-matter value with 300,000 blanks: the YAML-comment regex was quadratic, 13 s for 150,000',
    { bytes: utf8(`---\ntitle: a${' '.repeat(300_000)}x\n---\n\nQ: Why?\n\nA: Because.`), uri: 'a.md', contentType: null, encoding: null },
  ],
  [
    '60,000 unclosed "<!--" in Markdown: each searched to the end for "-->", 4.5 s for 64 KB',
    { bytes: utf8(`${'<!--'.repeat(60_000)} x\n\nQ: Why?`), uri: 'a.md', contentType: 'application/octet-stream', encoding: null },
  ],
  [
    'an unbroken run of 60,000 letters and emoji: the 2,000-unit sentence cut split a surrogate pair (seed -1541766835)',
    { bytes: utf8(`over $2 bn]${'é😀'.repeat(20_000)}`), uri: '-', contentType: null, encoding: null },
  ],
  [
    '"<![CDATA[-->" came back from Readability\'s re-parse as a doctype inside <body>: an endless loop (CI, 22 Nov 2026)',
    { bytes: utf8('<body><v><![CDATA[--><!DOCTYPE h'), uri: 'a.txt', contentType: 'text/html', encoding: null },
  ],
  [
    '300,000 unclosed <b> tags: quadratic in the HTML parser, minutes for 900 KB',
    { bytes: utf8(`<p>A: hello ${'<b>'.repeat(300_000)}end`), uri: 'a.html', contentType: null, encoding: null },
  ],
];

function utf8(s: string): Uint8Array {
  return new TextEncoder().encode(s);
}

describe('ingest fuzz: regressions', () => {
  test.each(REGRESSIONS)('fuzz regression: %s', async (_what, input) => {
    await holds(input);
  });
});
