#!/usr/bin/env node
// npm run eval: every accuracy figure in the README's "Accuracy" section. Runs each evaluation
// script in turn (they read ../shared at run time and never copy it), prints their output, and
// ends with one JSON line collecting each script's final JSON line.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const shared = join(root, '..', 'shared');
if (!existsSync(shared)) {
  console.error('parley eval: ../shared (the evaluation data) is not beside this checkout');
  process.exit(2);
}
const runs = [
  ['seeds', [join(shared, 'eval', 'score.mjs')]],
  ['examples', [join(shared, 'eval', 'score.mjs'), '--gold', join(root, 'examples', 'expected'), '--corpus', join(root, 'examples'), '--cmd', `"${process.execPath}" dist/cli/main.js analyze --json {file}`]],
  ['turns-world-leaders', [join(here, 'turns-world-leaders.mjs')]],
  ['quantities-measeval', [join(here, 'quantities-measeval.mjs')]],
  ['quantities-recognizers', [join(here, 'quantities-recognizers.mjs')]],
  ['checkworthy', [join(here, 'checkworthy.mjs')]],
  ['ptc', [join(here, 'ptc.mjs')]],
  ['stats-matching', [join(here, 'stats-matching.mjs')]],
];
const summary = {};
let failed = 0;
for (const [name, args] of runs) {
  if (!existsSync(args[0])) continue;
  console.log(`\n## ${name}`);
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 256 << 20 });
  process.stdout.write(r.stdout);
  if (r.status !== 0) {
    failed++;
    console.log(`(${name} exited ${r.status}) ${r.stderr.slice(-500)}`);
  }
  const last = r.stdout.trim().split('\n').at(-1) ?? '';
  if (last.startsWith('{')) summary[name] = JSON.parse(last);
}
console.log(JSON.stringify(summary));
process.exit(failed ? 1 : 0);
