/**
 * parley's public API: analyse an interview into a `Doc` with typed layers.
 * @example
 * import { analyze } from 'parley';
 * const doc = await analyze('interview.html');
 * for (const t of doc.turns ?? []) console.log(t.role, t.speaker, doc.text.slice(t.start, t.end));
 */
export { analyze, analyzeBytes, type AnalyzeOptions } from './analyze.js';
export { defaultStages } from './stages/index.js';
export { runStages, type Stage, type AnyStage } from './pipeline.js';
export { ParleyError, EXIT_CODES } from './errors.js';
export * from './doc.js';
