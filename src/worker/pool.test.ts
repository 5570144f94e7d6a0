import { describe, expect, test } from 'vitest';
import { createPool } from './pool.js';

const bytes = (s: string) => new TextEncoder().encode(s);
const interview = (i: number) => `– Minister, how many schools opened in ${2000 + i}?\n\n– Exactly ${i + 3} new schools opened, and ${i + 40}% of them are in villages.`;

describe('pool', () => {
  test('pool: with several analyses queued per worker, each comes back to its caller', { timeout: 120_000 }, async () => {
    const pool = createPool({ size: 2, depth: 4 });
    try {
      const docs = await Promise.all(Array.from({ length: 12 }, (_, i) => pool.analyzeAndPrepare({ uri: `doc-${i}.txt`, bytes: bytes(interview(i)) })));
      expect(docs.map((d) => d.uri)).toEqual(Array.from({ length: 12 }, (_, i) => `doc-${i}.txt`));
      docs.forEach((d, i) => expect(d.text).toContain(`${i + 3} new schools`));
    } finally {
      await pool.close();
    }
  });

  test('pool: an analysis past the time limit fails; the ones queued behind it go to a new worker', { timeout: 120_000 }, async () => {
    const pool = createPool({ size: 1, depth: 4, timeoutMs: 1500 });
    try {
      // Some megabytes of answers: far longer to analyse than the limit.
      const long = Array.from({ length: 30_000 }, (_, i) => `– Question ${i}?\n\n– The deficit fell by ${i}% to €${i} million in ${1990 + (i % 30)}.`).join('\n\n');
      const slow = pool.analyze({ uri: 'slow.txt', bytes: bytes(long) });
      const quick = [1, 2, 3].map((i) => pool.analyze({ uri: `quick-${i}.txt`, bytes: bytes(interview(i)) }));
      await expect(slow).rejects.toMatchObject({ name: 'ParleyError', code: 'timeout' });
      expect((await Promise.all(quick)).map((d) => d.source.uri)).toEqual(['quick-1.txt', 'quick-2.txt', 'quick-3.txt']);
    } finally {
      await pool.close();
    }
  });
});
