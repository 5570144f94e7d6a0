import type { Doc, TurnConvention } from './doc.js';
import { detectConvention } from './stages/turns.js';
import { prepare, type PrepareOptions } from './ingest/index.js';
import type { Fetched } from './ingest/types.js';
import { runStages, type AnyStage } from './pipeline.js';
import { defaultStages, type StageOptions } from './stages/index.js';

export interface AnalyzeOptions extends PrepareOptions, StageOptions {
  /** Refuse or allow URLs that resolve to private, loopback or link-local addresses. Default false. */
  readonly allowPrivate?: boolean;
  /** Largest accepted document, in bytes (after decompression for URLs). Default 20 MiB. */
  readonly maxBytes?: number;
  /** Network timeout for URLs, in ms. Default 20,000. */
  readonly timeoutMs?: number;
  /** The stages to run; default `defaultStages(options)`. */
  readonly stages?: readonly AnyStage[];
}

/** Analyses bytes already in memory: ingest, clean, structure and every stage. Synchronous and pure. */
export function analyzeBytes(fetched: Fetched, options: AnalyzeOptions = {}): Doc {
  const doc = prepare(fetched, options);
  const convention: TurnConvention = detectConvention(doc);
  const withConvention: Doc = { ...doc, meta: { ...doc.meta, turn_convention: convention } };
  return completeMeta(runStages(withConvention, options.stages ?? defaultStages(options)));
}

/** Names the interviewee from the turns when the page's headline and standfirst did not. */
function completeMeta(doc: Doc): Doc {
  if (doc.meta.interviewee || !doc.turns) return doc;
  const words = new Map<string, number>();
  for (const t of doc.turns) {
    if (t.role !== 'answer' || !t.speaker) continue;
    words.set(t.speaker, (words.get(t.speaker) ?? 0) + (t.end - t.start));
  }
  const top = [...words.entries()].sort((a, b) => b[1] - a[1])[0];
  return top ? { ...doc, meta: { ...doc.meta, interviewee: top[0] } } : doc;
}

/**
 * Analyses one interview: a file path, "-" for stdin, an http(s) URL, or text in memory.
 * @example
 * const doc = await analyze({ text: '– Question?\n\n– Answer.' });
 * doc.turns?.map((t) => t.role); // ['question', 'answer']
 */
export async function analyze(source: string | { text: string; uri?: string }, options: AnalyzeOptions = {}): Promise<Doc> {
  if (typeof source !== 'string') {
    return analyzeBytes({ uri: source.uri ?? 'text', bytes: new TextEncoder().encode(source.text) }, options);
  }
  const { readSource } = await import('./ingest/source.js');
  const fetched = await readSource(source, {
    ...(options.allowPrivate !== undefined && { allowPrivate: options.allowPrivate }),
    ...(options.maxBytes !== undefined && { maxBytes: options.maxBytes }),
    ...(options.timeoutMs !== undefined && { timeoutMs: options.timeoutMs }),
  });
  return analyzeBytes(fetched, options);
}
