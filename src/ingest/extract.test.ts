import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ParleyError } from '../errors.js';
import { extract } from './extract.js';
import type { Fetched } from './types.js';

const fixture = (name: string): Fetched => ({
  uri: name,
  bytes: new Uint8Array(readFileSync(new URL(`../../test/fixtures/ingest/${name}`, import.meta.url))),
});
const bytes = (uri: string, text: string, contentType?: string): Fetched => ({
  uri,
  bytes: new TextEncoder().encode(text),
  ...(contentType !== undefined && { contentType }),
});

function failure(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof ParleyError) return `${e.code}: ${e.message}`;
    throw e;
  }
  return 'no error';
}

describe('extract', () => {
  test('extract: decodes a windows-1251 text file and splits it into line blocks', () => {
    const { decoded, extracted } = extract(fixture('ru-windows-1251.txt'));
    expect(decoded.encoding).toBe('windows-1251');
    expect(extracted.format).toBe('text');
    expect(extracted.blocks.map((b) => b.text)).toEqual([
      'Министр финансов заявил, что дефицит бюджета в этом году окажется меньше, чем ожидалось. По его словам, доходы выросли благодаря высоким ценам на сырьё.',
      '— Когда будет принят новый закон?',
      '— Думаю, уже весной.',
    ]);
    expect(extracted.page).toEqual({});
  });

  test('extract: routes HTML through the HTML extractor, with the charset from <meta>', () => {
    const { decoded, extracted } = extract(fixture('ru-meta-windows-1251.html'));
    expect(decoded.encoding).toBe('windows-1251');
    expect(extracted).toMatchObject({ format: 'html', page: { title: 'Интервью' } });
    expect(extracted.blocks.map((b) => b.text)).toEqual(['Мэр города ответил на вопросы читателей.']);
    expect(extracted.via).toBeDefined();
  });

  test('extract: routes Markdown through the Markdown converter', () => {
    const { extracted } = extract(bytes('talk.md', '---\ntitle: Talk\n---\n**Why?** Because.'));
    expect(extracted).toEqual({
      format: 'markdown',
      blocks: [{ text: 'Why? Because.', strong: 4, em: 0, heading: false }],
      page: { title: 'Talk' },
    });
  });

  test('extract: uses the HTTP charset and the final URL after redirects', () => {
    const koi8 = new Uint8Array([0xf7, 0xcf, 0xd0, 0xd2, 0xcf, 0xd3, 0x3f]); // "Вопрос?"
    const { decoded, extracted } = extract({
      uri: 'https://example.org/x',
      url: 'https://example.org/x.md',
      bytes: koi8,
      contentType: 'text/plain; charset=koi8-r',
    });
    expect(decoded).toMatchObject({ encoding: 'koi8-r', text: 'Вопрос?' });
    expect(extracted.format).toBe('text'); // Content-Type beats the extension
  });

  test('extract: an explicit encoding overrides detection', () => {
    expect(extract(fixture('ru-windows-1251.txt'), { encoding: 'ibm866' }).decoded.encoding).toBe('ibm866');
  });

  test.each([
    ['image.png', 'binary: image.png: the input is a PNG image, not text'],
    ['whitespace-only.txt', 'empty: whitespace-only.txt: the input contains no text, only whitespace'],
  ])('extract: names the source in decode errors (%s)', (name, message) => {
    expect(failure(() => extract(fixture(name)))).toBe(message);
  });

  test('extract: refuses an HTML page with no text', () => {
    expect(failure(() => extract(bytes('empty.html', '<!doctype html><html><body><script>x()</script><img src=a></body></html>')))).toBe(
      'empty: empty.html: no text found in this HTML page',
    );
  });

  test('extract: refuses Markdown that is only front matter', () => {
    expect(failure(() => extract(bytes('only.md', '---\ntitle: T\n---\n\n')))).toBe('empty: only.md: no text found in this markdown file');
  });
});
