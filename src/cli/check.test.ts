import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { ParleyError } from '../errors.js';
import { routeFetcher } from '../stats/testing.js';
import { run } from './check.js';

const OWN = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'stats');
const DOC = join(OWN, 'check', 'belgium-analysis.json');
const f = (p: string): string => join(OWN, p);
const ROUTES = [
  [['na_item=GD', 'unit=MIO_EUR'], f('eurostat/gov_10dd_edpt1-GD-MIO_EUR-BE.json')],
  [['na_item=GD', 'unit=PC_GDP'], f('eurostat/gov_10dd_edpt1-GD-PC_GDP-BE.json')],
  [['na_item=B9', 'unit=PC_GDP'], f('eurostat/gov_10dd_edpt1-B9-PC_GDP-BE.json')],
  [['/DS-045409?', 'freq=A'], f('eurostat/DS-045409-BE-RU-A.json')],
  [['/DS-045409?', 'freq=M'], f('eurostat/DS-045409-BE-RU-M.json')],
  [['MS.MIL.XPND.GD.ZS'], f('worldbank/MS.MIL.XPND.GD.ZS-BE.json')],
] as const;

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function cli(argv: string[], fetcher = routeFetcher(ROUTES)) {
  const cache = mkdtempSync(join(tmpdir(), 'parley-check-'));
  dirs.push(cache);
  let out = '';
  let err = '';
  const io = { stdout: (s: string) => void (out += s), stderr: (s: string) => void (err += s), fetcher, now: () => new Date('2025-10-01T12:00:00Z') };
  const code = await run('check', [...argv, '--cache-dir', cache], io);
  return { code, out, err, cache, io };
}

describe('cli check', () => {
  test('cli check: prints a block per matched quantity, with status, official value, source and reasons', async () => {
    const { code, out, err } = await cli([DOC]);
    expect(code).toBe(0);
    expect(err).toBe('');
    const blocks = out.split('\n\n');
    expect(blocks[0]).toBe('check/belgium-interview.txt: 7 of 8 quantities matched an official indicator\nSuggestions for the reviewer to accept or reject, not verdicts.');
    expect(blocks[2]).toMatchInlineSnapshot(`
      ""104.7% of GDP" (turn 1)
        general government gross debt, % of GDP · Belgium · 2024
        consistent (0.0%) — Eurostat gov_10dd_edpt1 2024 (provisional): the official 104.7% matches the stated 104.7%
        official: 104.7%, 2024 · https://ec.europa.eu/eurostat/api/dissemination/statistics/1.0/data/gov_10dd_edpt1?format=JSON&lang=EN&freq=A&geo=BE&na_item=GD&sector=S13&unit=PC_GDP&time=2020&time=2021&time=2022&time=2023&time=2024 · https://ec.europa.eu/eurostat/databrowser/view/gov_10dd_edpt1/default/table?lang=en
        retrieved 2025-10-01T12:00:00.000Z
        why: indicator: general government gross debt, % of GDP — cue "public debt" in what is measured ("public debt"); "of GDP" stated | country: Belgium — "Belgium" in the sentence before | period: 2024 — no period stated; the last full year before publication (2025-09-10), or the latest available before it | source: Eurostat gov_10dd_edpt1, then Eurostat teina225, IMF GGXWDG_NGDP, World Bank GC.DOD.TOTL.GD.ZS"
    `);
    expect(out).not.toContain('18 parishes');
  });

  test('cli check: --all lists the quantities that matched nothing, with the reason', async () => {
    const { out } = await cli([DOC, '--all', '--offline']);
    expect(out).toContain('"18 parishes" (turn 1)\n  no match: unit "count" is not checked against official statistics');
  });

  test('cli check: --offline uses the cache the online run filled; --json prints parley.check/1', async () => {
    const first = await cli([DOC, '--json']);
    const report = JSON.parse(first.out);
    expect(report.schema).toBe('parley.check/1');
    expect(report.checks.length).toBe(7);
    let offline = '';
    const nothing = routeFetcher([]);
    await run('check', [DOC, '--json', '--offline', '--cache-dir', first.cache], { stdout: (s) => void (offline += s), stderr: () => {}, fetcher: nothing });
    const cached = JSON.parse(offline) as { checks: { suggestion: { official: { cached: boolean } } }[] };
    expect(cached.checks.map((c) => c.suggestion.official.cached)).toEqual([true, true, true, true, true, true, true]);
    expect(nothing.calls).toEqual([]);
  });

  test('cli check: an unreachable provider is one line on stderr, and the exit code stays 0', async () => {
    const { code, err, out } = await cli([DOC], routeFetcher([]));
    expect(code).toBe(0);
    expect(err.split('\n').filter(Boolean)).toEqual([
      'parley: Eurostat: cannot reach ec.europa.eu (getaddrinfo ENOTFOUND ec.europa.eu); cached responses are used where available',
      'parley: IMF: cannot reach www.imf.org (getaddrinfo ENOTFOUND www.imf.org); cached responses are used where available',
      'parley: World Bank: cannot reach api.worldbank.org (getaddrinfo ENOTFOUND api.worldbank.org); cached responses are used where available',
    ]);
    expect(out).toContain('no data — no official value: Eurostat: cannot reach ec.europa.eu');
  });

  test.each([
    [[], /check needs a source/],
    [['a.txt', 'b.txt'], /check takes one source, not 2/],
    [[DOC, '--provider', 'oecd'], /--provider takes eurostat, worldbank or imf, not "oecd"/],
    [[DOC, '--timeout', '0'], /--timeout takes a positive number/],
    [[DOC, '--bogus'], /Unknown option '--bogus'/],
    [['claim:3f2a#4'], /looks like a claim id; checking corpus claims by id is not available yet/],
    [[join(OWN, 'table.json')], /is not a parley analysis/],
  ])('cli check: usage error for %j', async (argv, message) => {
    const err = await run('check', argv, { stdout: () => {}, stderr: () => {} }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ParleyError);
    expect((err as ParleyError).code).toBe('usage');
    expect((err as ParleyError).message).toMatch(message);
  });

  test('cli check: --help', async () => {
    let out = '';
    expect(await run('check', ['--help'], { stdout: (s) => void (out += s) })).toBe(0);
    expect(out).toMatch(/^parley check — compare the statistics of an interview with official figures/);
  });
});
