/**
 * Worker thread for the ingest fuzz test: runs one input at a time through
 * `runOne` (fuzz-target.ts, loaded from source) and posts the outcome back.
 * Running in a worker lets the test bound each run's time for real: a hung
 * run is a worker the test terminates, not a blocked test process.
 */
import { register } from 'node:module';
import { parentPort } from 'node:worker_threads';

register(new URL('./ts-hooks.mjs', import.meta.url));
const { runOne } = await import(new URL('./fuzz-target.ts', import.meta.url).href);

parentPort.on('message', ({ id, input }) => {
  const t0 = performance.now();
  let outcome;
  try {
    outcome = runOne(input);
  } catch (err) {
    outcome = { kind: 'bug', message: `the fuzz target itself threw: ${err?.stack ?? err}` };
  }
  parentPort.postMessage({ id, outcome, ms: performance.now() - t0 });
});
parentPort.postMessage({ ready: true });
