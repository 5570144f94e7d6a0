import { describe, expect, test } from 'vitest';
import { budget, interview, recordOf } from '../../test/store/fixtures.js';
import { escapeMarkdown, markdownReport } from './report.js';
import { toJson } from './json.js';
import { toJsonl } from './jsonl.js';

describe('report', () => {
  test('report: a readable Markdown report with verdicts, documents, claims and repeated claims', () => {
    const record = recordOf(budget, { reviews: { 0: [{ verdict: 'false' }, { verdict: 'misleading', note: 'One-off sale.', sources: ['https://stats.example/deficit'] }] } });
    const md = markdownReport([record], {
      date: '2025-02-04',
      repeated: [{ id: 'k0', claims: [{ key: 'k0', quote: 'We cut the deficit', speaker: 'Lena Karsten', title: 'A', published: '2024-03-10' }, { key: 'x', quote: 'deficit cut', speaker: 'Ivo Brandt', title: 'B', published: null }] }],
    });
    expect(md).toContain('# parley corpus report');
    expect(md).toContain('2025-02-04 · 1 document · 89 words · 3 claims · 1 reviewed');
    expect(md).toContain('| Misleading | 1 |');
    expect(md).toContain('### Finance minister Lena Karsten on the budget');
    expect(md).toContain('**Interviewee:** Lena Karsten, Finance Minister');
    expect(md).toContain('**Outlet:** The Harbour Ledger');
    expect(md).toContain('1. “We cut the deficit by €1.3 billion last year” — Lena Karsten · statistical · `k0`');
    expect(md).toContain('   - **Misleading** (ana, 2025-02-03, 2 reviews): One-off sale.');
    expect(md).toContain('   - Source: <https://stats.example/deficit>');
    expect(md).toContain('## Repeated claims');
    expect(md.endsWith('\n')).toBe(true);
  });

  test('report: interview text cannot inject HTML, links or emphasis', () => {
    const evil = interview({ meta: { title: '<script>alert(1)</script>' }, turns: [['answer', '[x](javascript:alert(1))', 'Click *here* <img src=x onerror=alert(1)> now.']], claims: ['Click *here* <img src=x onerror=alert(1)> now.'] });
    const md = markdownReport([recordOf(evil)]);
    expect(md).not.toMatch(/<script|<img|(?<!\\)\](?=\(javascript)/);
    expect(md).toContain("\\[x\\](javascript:alert(1))");
    expect(md).toContain('&lt;script&gt;');
    expect(escapeMarkdown('a|b\nc')).toBe('a\\|b c');
  });

  test('json and jsonl: the records with the analysis untouched', () => {
    const record = recordOf(budget);
    const parsed = JSON.parse(toJson([record]));
    expect(parsed.schema).toBe('parley.corpus/1');
    expect(parsed.documents[0].doc).toEqual(budget);
    const lines = [...toJsonl([record, record])];
    expect(lines).toHaveLength(2);
    expect(lines.every((l) => l.endsWith('\n') && !l.slice(0, -1).includes('\n'))).toBe(true);
    expect(JSON.parse(lines[0]!).claims[0].quote).toBe('We cut the deficit by €1.3 billion last year');
  });
});
