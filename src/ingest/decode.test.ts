import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ParleyError } from '../errors.js';
import { decode } from './decode.js';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../test/fixtures/ingest/${name}`, import.meta.url)));
const utf8 = (s: string) => new TextEncoder().encode(s);

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof ParleyError) return `${e.code}: ${e.message}`;
    throw e;
  }
  return 'no error';
}

describe('decode: detection', () => {
  test.each([
    ['ru-windows-1251.txt', 'windows-1251', 'Министр финансов заявил'],
    ['ru-koi8-r.txt', 'koi8-r', 'Губернатор области рассказал'],
    ['ru-ibm866.txt', 'ibm866', 'Старый текстовый файл из архива: отчёт'],
    ['ru-iso-8859-5.txt', 'iso-8859-5', 'Посол сообщил'],
    ['ru-caps-windows-1251.txt', 'windows-1251', 'ПРЕЗИДЕНТ ПОДПИСАЛ УКАЗ'],
    ['ru-caps-koi8-r.txt', 'koi8-r', 'ПРЕЗИДЕНТ ПОДПИСАЛ УКАЗ'],
    ['fr-latin-1.txt', 'windows-1252', 'a déclaré que la croissance économique'],
    ['fr-latin-9.txt', 'iso-8859-15', 'coûte 15 € pour les étudiants'],
    ['en-windows-1252.txt', 'windows-1252', '\u201cYes,\u201d she said \u2014 that\u2019s'],
    ['ru-ibm866-short.txt', 'ibm866', 'Да, конечно.'], // chardet says windows-1253
    ['ru-utf-16le-nobom.txt', 'utf-16le', 'Вопрос: как дела?'],
    ['el-windows-1253.txt', 'iso-8859-7', 'Η κυβέρνηση ενέκρινε'], // Greek does not pass for KOI8-R
    ['he-windows-1255.txt', 'iso-8859-8', 'הממשלה אישרה'],
  ])('decode: reads %s as %s', (name, encoding, start) => {
    const d = decode(fixture(name));
    expect(d.encoding).toBe(encoding);
    expect(d.text).toContain(start);
  });

  test('decode: reads a single windows-1251 word', () => {
    expect(decode(new Uint8Array([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]))).toMatchObject({ text: 'Привет', encoding: 'windows-1251' });
  });

  test('decode: reads pure ASCII as utf-8', () => {
    expect(decode(utf8('Plain old text.'))).toMatchObject({ encoding: 'utf-8', text: 'Plain old text.', via: 'utf-8' });
  });

  test('decode: prefers valid UTF-8 over detection', () => {
    expect(decode(utf8('Привет, мир'))).toMatchObject({ encoding: 'utf-8', text: 'Привет, мир' });
  });
});

describe('decode: BOM and line ends', () => {
  test('decode: honours a UTF-16LE BOM, strips it and normalises CRLF to LF', () => {
    const d = decode(fixture('en-utf-16le-bom.txt'));
    expect(d).toMatchObject({ encoding: 'utf-16le', via: 'bom' });
    expect(d.text).toBe('Interview with the mayor\nQ: How is the budget?\nA: Balanced.\n');
  });

  test('decode: honours a UTF-16BE BOM', () => {
    expect(decode(fixture('ru-utf-16be-bom.txt'))).toMatchObject({
      encoding: 'utf-16be',
      text: 'Вопрос: как дела?\nОтвет: хорошо.\n',
    });
  });

  test('decode: strips a UTF-8 BOM', () => {
    expect(decode(fixture('en-utf-8-bom.txt')).text).toBe('Café owners were interviewed.\n');
  });

  test('decode: turns lone CR line ends into LF', () => {
    expect(decode(utf8('a\rb\r\nc')).text).toBe('a\nb\nc');
  });

  test('decode: a BOM beats a declared charset', () => {
    expect(decode(fixture('en-utf-8-bom.txt'), 'text/plain; charset=windows-1251').encoding).toBe('utf-8');
  });
});

describe('decode: declared charsets', () => {
  test('decode: uses the charset of an HTTP Content-Type', () => {
    expect(decode(fixture('ru-koi8-r.txt'), 'text/plain; charset="KOI8-R"')).toMatchObject({
      encoding: 'koi8-r',
      via: 'declared',
    });
  });

  test('decode: accepts a bare label and reports the WHATWG name', () => {
    expect(decode(fixture('fr-latin-1.txt'), 'latin1').encoding).toBe('windows-1252');
    expect(decode(fixture('ru-windows-1251.txt'), 'cp1251').encoding).toBe('windows-1251');
  });

  test('decode: finds <meta http-equiv> in the first 1024 bytes and skips commented-out metas', () => {
    const d = decode(fixture('ru-meta-windows-1251.html'));
    expect(d).toMatchObject({ encoding: 'windows-1251', via: 'meta' });
    expect(d.text).toContain('Мэр города ответил на вопросы читателей.');
  });

  test('decode: finds <meta charset>', () => {
    const bytes = new Uint8Array([...utf8('<meta charset=koi8-r><p>'), 0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4]);
    expect(decode(bytes)).toMatchObject({ encoding: 'koi8-r', text: '<meta charset=koi8-r><p>Привет' });
  });

  test('decode: the HTTP header beats <meta>', () => {
    expect(decode(utf8('<meta charset="koi8-r"><p>x</p>'), 'text/html; charset=windows-1251').encoding).toBe(
      'windows-1251',
    );
  });

  test('decode: ignores a legacy declaration over bytes that are valid UTF-8', () => {
    const bytes = utf8('<meta charset="windows-1251"><p>Доброе утро</p>');
    expect(decode(bytes)).toMatchObject({ encoding: 'utf-8', text: '<meta charset="windows-1251"><p>Доброе утро</p>' });
  });

  test('decode: falls back to detection when a declared UTF-8 does not decode', () => {
    expect(decode(fixture('ru-windows-1251.txt'), 'text/plain; charset=utf-8').encoding).toBe('windows-1251');
  });

  test('decode: ignores unknown declared labels', () => {
    expect(decode(fixture('ru-koi8-r.txt'), 'text/plain; charset=x-nonsense').encoding).toBe('koi8-r');
  });

  test('decode: an explicit encoding overrides everything', () => {
    expect(decode(fixture('ru-windows-1251.txt'), undefined, { encoding: 'koi8-r' })).toMatchObject({
      encoding: 'koi8-r',
      via: 'override',
    });
  });

  test('decode: rejects an unknown explicit encoding as a usage error', () => {
    expect(codeOf(() => decode(utf8('x'), undefined, { encoding: 'klingon' }))).toBe('usage: unknown encoding "klingon"');
  });
});

describe('decode: refusals', () => {
  test.each([
    ['image.png', 'binary: the input is a PNG image, not text'],
    ['pdf-header.pdf', 'binary: the input is a PDF file; PDF is not supported yet, save the interview as text or HTML, not text'],
    ['nul-binary.bin', 'binary: the input looks binary (it contains NUL bytes), not text'],
    ['utf-8-bom-garbage.txt', 'undecodable: the input does not decode as utf-8 or any other supported encoding; pass --encoding to choose one'],
    ['whitespace-only.txt', 'empty: the input contains no text, only whitespace'],
  ])('decode: refuses %s', (name, message) => {
    expect(codeOf(() => decode(fixture(name)))).toBe(message);
  });

  test('decode: refuses a ZIP (DOCX) header', () => {
    expect(codeOf(() => decode(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0])))).toMatch(/^binary: .*DOCX/);
  });

  test('decode: refuses text full of control bytes', () => {
    const bytes = new Uint8Array(200).map((_, i) => (i % 3 === 0 ? 0x01 : 0x41));
    expect(codeOf(() => decode(bytes))).toMatch(/^binary: .*control bytes/);
  });

  test('decode: refuses empty input', () => {
    expect(codeOf(() => decode(new Uint8Array(0)))).toBe('empty: the input is empty');
  });

  test('decode: tolerates a stray NUL and removes it', () => {
    expect(decode(utf8('Hello\u0000 world')).text).toBe('Hello world');
  });
});

describe('decode: properties', () => {
  test('decode: UTF-8 text round-trips', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 200 }), (s) => {
        fc.pre(!/[\u0000-\u001F\u007F\uFEFF]/.test(s) && s.trim() !== '');
        expect(decode(utf8(s)).text).toBe(s);
      }),
    );
  });

  test('decode: arbitrary bytes either decode or raise a ParleyError', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        try {
          const d = decode(bytes);
          expect(typeof d.text).toBe('string');
        } catch (e) {
          expect(e).toBeInstanceOf(ParleyError);
        }
      }),
    );
  });
});
