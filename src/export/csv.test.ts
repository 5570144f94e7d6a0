import { describe, expect, test } from 'vitest';
import { budget, interview, recordOf } from '../../test/store/fixtures.js';
import { BOM, claimsCsv, field, guard, layerCsv, toCsv } from './csv.js';

/** A minimal RFC 4180 reader for the tests. */
function parseCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && s[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += c;
  }
  return rows;
}

describe('csv', () => {
  test('csv: formula injection is neutralised in text cells', () => {
    const payloads = ['=HYPERLINK("https://evil.example","click")', '+1+1', '-2+3', '@SUM(A1:A2)', '\t=1', '\r=1', '\0=1', '＝1+1', '=cmd|\' /C calc\'!A0'];
    const csv = toCsv(['quote'], payloads.map((p) => [p]));
    const cells = parseCsv(csv.slice(1)).slice(1).map((r) => r[0]!);
    expect(cells).toEqual(payloads.map((p) => `'${p}`));
    for (const c of cells) expect(c).not.toMatch(/^[=+\-@\t\r\0＝]/u);
    expect(guard('Safe text')).toBe('Safe text');
    expect(guard('a = b')).toBe('a = b');
  });

  test('csv: numbers stay numbers, negative ones too; quoting follows RFC 4180', () => {
    expect(field(-5.2)).toBe('-5.2');
    expect(field('-5.2')).toBe("'-5.2");
    expect(field('say "no", twice')).toBe('"say ""no"", twice"');
    expect(field('two\nlines')).toBe('"two\nlines"');
    expect(field(null)).toBe('');
    const csv = toCsv(['a', 'b'], [[1, 'x'], [-2, '-x']]);
    expect(csv).toBe(`${BOM}a,b\r\n1,x\r\n-2,'-x\r\n`);
  });

  test('csv: one row per claim with its verdict, UTF-8 BOM first, Cyrillic intact', () => {
    const hostile = interview({
      uri: 'https://news.example/ru',
      meta: { title: '=Безработица', outlet: '@Вестник' },
      turns: [['answer', '-Анна Соколова', 'Безработица снизилась до 4%.']],
      claims: ['Безработица снизилась до 4%.'],
    });
    const csv = claimsCsv([
      recordOf(budget, { reviews: { 0: [{ verdict: 'misleading', note: '=1+1 is not a note', sources: ['https://a.example', 'https://b.example'] }] } }),
      recordOf(hostile, { id: 2, reviews: { 0: [{ verdict: 'true', reviewer: '+ben' }] } }),
    ]);
    expect(csv.startsWith('\uFEFFdoc_id,doc_sha256,uri,title,')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    const header = rows[0]!;
    const col = (row: string[], name: string) => row[header.indexOf(name)];
    expect(rows).toHaveLength(1 + 3 + 1);
    const first = rows[1]!;
    expect(col(first, 'quote')).toBe('We cut the deficit by €1.3 billion last year');
    expect(col(first, 'verdict')).toBe('misleading');
    expect(col(first, 'note')).toBe("'=1+1 is not a note");
    expect(col(first, 'sources')).toBe('https://a.example https://b.example');
    expect(col(first, 'score')).toBe('0.8');
    expect(col(first, 'reviews')).toBe('1');
    const ru = rows[4]!;
    expect(col(ru, 'title')).toBe("'=Безработица");
    expect(col(ru, 'outlet')).toBe("'@Вестник");
    expect(col(ru, 'speaker')).toBe("'-Анна Соколова");
    expect(col(ru, 'reviewer')).toBe("'+ben");
    expect(col(ru, 'quote')).toBe('Безработица снизилась до 4%.');
    expect(col(ru, 'doc_id')).toBe('2');
    expect(csv.split('\r\n').every((line) => !line.includes('\n'))).toBe(true);
  });

  test('csv: any layer, attributes as columns', () => {
    const csv = layerCsv([recordOf(budget)], 'quantities');
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual(['doc_id', 'doc_sha256', 'layer', 'index', 'start', 'end', 'quote', 'approx', 'kind', 'of', 'sentence', 'turn', 'unit', 'value', 'when']);
    expect(rows.slice(1).map((r) => [r[6], r[12], r[13]])).toEqual([['€1.3 billion', 'EUR', '1300000000'], ['4.1%', 'percent', '4.1'], ['42 km', 'kilometre', '42']]);
  });
});
