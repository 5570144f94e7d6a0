import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = join(import.meta.dirname, '..');
const scorer = join(root, '..', 'shared', 'eval', 'score.mjs');

/** Floors for the gold scores on ../shared/corpus/seeds; raise them, never lower them. */
const FLOORS = {
  turns_f1: 0.98,
  speakers: 0.95,
  boilerplate_clean: 1,
  meta_acc: 0.85,
  quantities_f1: 0.92,
  approx_acc: 0.9,
  kind_acc: 0.85,
  entities_recall: 0.9,
  techniques_recall: 0.6,
  technique_spans_recall: 0.8,
} as const;

function score(args: string[] = []) {
  const res = spawnSync(process.execPath, [scorer, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const last = res.stdout.trim().split('\n').at(-1) ?? '';
  return { res, summary: last.startsWith('{') ? (JSON.parse(last) as Record<string, number | null>) : {} };
}

describe.runIf(existsSync(scorer))('gold scorer on the seed interviews', () => {
  const { res, summary } = score();

  test('scorer: every seed is analysed', () => {
    expect(res.stdout + res.stderr).not.toContain('ERROR');
    expect(summary.failed).toBe(0);
  });

  test.each(Object.entries(FLOORS))('scorer: %s stays at or above %s', (key, floor) => {
    expect(summary[key]).toBeGreaterThanOrEqual(floor);
  });
});

/**
 * Floors on the bundled examples, written apart from the code that analyses them: the
 * honest check that the seed figures are not an artefact of tuning on the seeds.
 */
const EXAMPLE_FLOORS = {
  turns_f1: 0.98,
  speakers: 0.95,
  boilerplate_clean: 1,
  meta_acc: 0.93,
  quantities_f1: 0.95,
  approx_acc: 0.97,
  kind_acc: 0.97,
  entities_recall: 0.72,
  techniques_recall: 0.33,
} as const;

describe.runIf(existsSync(scorer))('gold scorer on the bundled examples', () => {
  const { res, summary } = score([
    '--gold', join(root, 'examples', 'expected'),
    '--corpus', join(root, 'examples'),
    '--cmd', `"${process.execPath}" dist/cli/main.js analyze --json {file}`,
  ]);

  test('examples: every example is analysed', () => {
    expect(res.stdout + res.stderr).not.toContain('ERROR');
    expect(summary.failed).toBe(0);
  });

  test.each(Object.entries(EXAMPLE_FLOORS))('examples: %s stays at or above %s', (key, floor) => {
    expect(summary[key]).toBeGreaterThanOrEqual(floor);
  });
});
