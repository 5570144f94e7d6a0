/**
 * parley's public API: analyse an interview into a `Doc` with typed layers.
 * @example
 * import { analyze } from 'parley';
 * const doc = await analyze('interview.html');
 * for (const t of doc.turns ?? []) console.log(t.role, t.speaker, doc.text.slice(t.start, t.end));
 */
export { analyze, analyzeBytes, type AnalyzeOptions } from './analyze.js';
export { defaultStages, type StageOptions } from './stages/index.js';
export { turns, detectConvention } from './stages/turns.js';
export { sentences } from './stages/sentences.js';
export { quantities } from './stages/quantities.js';
export { entities } from './stages/entities.js';
export { claims } from './stages/claims.js';
export { techniques } from './stages/techniques.js';
export { narratives } from './stages/narratives.js';
export { loadLexicon, loadTaxonomy, type RhetoricLexicon, type NarrativeTaxonomy } from './lexicon/rhetoric.js';
export { runStages, type Stage, type AnyStage } from './pipeline.js';
export { ParleyError, EXIT_CODES } from './errors.js';
export * from './doc.js';
export { checkDoc, matchQuantity, judge, type CheckOptions } from './stats/index.js';
export type { CheckReport, QuantityCheck, Fetcher } from './stats/types.js';
