import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const root = join(import.meta.dirname, '..');
const cli = join(root, 'dist', 'cli', 'main.js');
const fixtures = join(root, 'test', 'fixtures', 'ingest');
const examples = join(root, 'examples');

function parley(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', input, maxBuffer: 64 << 20, cwd: root });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'parley-cli-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('cli: analyze', () => {
  test('cli: --json prints one parley.analysis/1 object with every layer', () => {
    const r = parley(['analyze', '--json', join(examples, 'dash-ambassador.txt')]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.schema).toBe('parley.analysis/1');
    expect(doc.source).toMatchObject({ format: 'text', encoding: 'utf-8', bytes: expect.any(Number) });
    expect(doc.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    for (const layer of ['turns', 'sentences', 'quantities', 'entities', 'claims', 'techniques', 'narratives']) {
      expect(Array.isArray(doc[layer]), layer).toBe(true);
    }
    expect(doc.meta.turn_convention).toBe('dash');
  });

  test('cli: the outline names the interviewee and numbers the questions', () => {
    const r = parley(['analyze', join(examples, 'markers-minister.txt')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Tomas Veljanov');
    expect(r.stdout).toMatch(/^Q1 \(Lucía Ferrán\): /m);
    expect(r.stdout).toMatch(/^A1 \(Tomas Veljanov\): /m);
  });

  test('cli: --format md prints a Markdown transcript', () => {
    const r = parley(['analyze', '--format', 'md', join(examples, 'labels-names.txt')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# Viktor Dremov/);
    expect(r.stdout).toContain('**Anna Korvel:**');
  });

  test('cli: "-" reads standard input', () => {
    const r = parley(['analyze', '--json', '-'], 'Q: Is the port open?\n\nA: It is open since Monday.\n\nQ: Why?\n\nA: The ice is gone.');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).turns.map((t: { role: string }) => t.role)).toEqual(['question', 'answer', 'question', 'answer']);
  });

  test('cli: windows-1251 and KOI8-R copies give the same text as the UTF-8 original', () => {
    const texts = ['cyrillic-interview.txt', 'cyrillic-interview.windows-1251.txt', 'cyrillic-interview.koi8-r.txt'].map((f) => {
      const r = parley(['analyze', '--json', join(examples, f)]);
      expect(r.code).toBe(0);
      return JSON.parse(r.stdout);
    });
    expect(texts.map((d) => d.source.encoding)).toEqual(['utf-8', 'windows-1251', 'koi8-r']);
    expect(texts[1].text).toBe(texts[0].text);
    expect(texts[2].text).toBe(texts[0].text);
  });

  test('cli: a folder is analysed file by file, one JSON object per line', () => {
    const dir = join(tmp, 'folder');
    mkdirSync(join(dir, 'sub'), { recursive: true });
    writeFileSync(join(dir, 'a.txt'), '– Why?\n\n– Because.');
    writeFileSync(join(dir, 'sub', 'b.md'), '**Why?**\n\nBecause.\n\n**When?**\n\nNow.');
    writeFileSync(join(dir, 'notes.bin'), 'ignored');
    const r = parley(['analyze', '--json', dir]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).source.format)).toEqual(['text', 'markdown']);
  });
});

describe('cli: errors are one line, a documented exit code and nothing on stdout', () => {
  const cases: [string, () => string[], number, RegExp][] = [
    ['a missing file', () => ['analyze', join(tmp, 'nope.txt')], 3, /no such file/i],
    ['a directory with no interviews', () => { const d = join(tmp, 'empty'); mkdirSync(d, { recursive: true }); return ['analyze', d]; }, 3, /no interview files/i],
    ['a binary file', () => ['analyze', join(fixtures, 'nul-binary.bin')], 4, /binary/i],
    ['a PDF', () => ['analyze', join(fixtures, 'pdf-header.pdf')], 4, /pdf/i],
    ['an image', () => ['analyze', join(fixtures, 'image.png')], 4, /./],
    ['a whitespace-only document', () => ['analyze', join(fixtures, 'whitespace-only.txt')], 4, /no text|empty/i],
    ['undecodable bytes', () => ['analyze', join(fixtures, 'utf-8-bom-garbage.txt')], 4, /decod/i],
    ['a document over --max-bytes', () => ['analyze', '--max-bytes', '100', join(examples, 'dash-ambassador.txt')], 5, /limit|too large/i],
    ['a loopback URL', () => ['analyze', 'http://127.0.0.1:9/'], 7, /private|loopback/i],
    ['a private-network URL in decimal notation', () => ['analyze', 'http://167772161/'], 7, /private|loopback/i],
    ['a URL that is not http', () => ['analyze', 'ftp://example.org/x'], 2, /./],
    ['an unknown option', () => ['analyze', '--colour', 'x.txt'], 2, /unknown option/i],
    ['an unknown command', () => ['summon'], 2, /unknown command/i],
    ['a bad --format', () => ['analyze', '--format', 'pdf', 'x.txt'], 2, /format/i],
  ];
  test.each(cases)('cli: %s', (_name, args, code, message) => {
    const r = parley(args());
    expect(r.code).toBe(code);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^parley: /);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('cli: URLs', () => {
  let server: ReturnType<typeof createServer>;
  let base = '';
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/interview') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end('<html><head><title>Envoy speaks</title></head><body><article><p><strong>Why Vell?</strong></p><p>It is home.</p><p><strong>And then?</strong></p><p>We stay.</p></article></body></html>');
      } else if (req.url === '/moved') {
        res.writeHead(302, { location: '/interview' });
        res.end();
      } else {
        res.writeHead(404);
        res.end();
      }
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    const addr = server.address();
    base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
  });
  afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

  test('cli: with --allow-private a loopback page is fetched, redirects followed', async () => {
    const r = await new Promise<{ code: number | null; stdout: string }>((resolve) => {
      import('node:child_process').then(({ execFile }) =>
        execFile(process.execPath, [cli, 'analyze', '--json', '--allow-private', `${base}/moved`], (err, stdout) =>
          resolve({ code: err ? (err.code as number) : 0, stdout }),
        ),
      );
    });
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.source.format).toBe('html');
    expect(doc.turns.map((t: { role: string }) => t.role)).toEqual(['question', 'answer', 'question', 'answer']);
  });

  test('cli: an HTTP error status exits 6', async () => {
    const r = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      import('node:child_process').then(({ execFile }) =>
        execFile(process.execPath, [cli, 'analyze', '--allow-private', `${base}/missing`], (err, _o, stderr) =>
          resolve({ code: err ? (err.code as number) : 0, stderr }),
        ),
      );
    });
    expect(r.code).toBe(6);
    expect(r.stderr).toMatch(/404/);
  });
});
