import type { Doc, Layer, Layers, Span, Turn } from '../src/doc.js';
import { SCHEMA } from '../src/doc.js';
import type { AnyStage, Stage } from '../src/pipeline.js';
import { runStages } from '../src/pipeline.js';

/** A Doc over `text` with the given layers, as a stage test builds it by hand. */
export function docWith(text: string, layers: { [L in Layer]?: readonly Layers[L][] } = {}, meta: Partial<Doc['meta']> = {}): Doc {
  return {
    schema: SCHEMA,
    source: { uri: 'test', sha256: '', bytes: text.length, encoding: 'utf-8', format: 'text' },
    meta: {
      title: null, interviewee: null, interviewee_role: null, interviewer: null, outlet: null,
      published: null, language: 'en', turn_convention: null, ...meta,
    },
    text,
    removed: [],
    diagnostics: [],
    ...layers,
  };
}

/** One answer turn over the whole text. */
export function answer(text: string, speaker: string | null = null): Turn {
  return { role: 'answer', speaker, start: 0, end: text.length };
}

/** One span over the whole text. */
export function whole(text: string): Span & { turn: number } {
  return { start: 0, end: text.length, turn: 0 };
}

/** Runs one stage over `doc` and returns the quoted text of each item. */
export function quotes<L extends Layer>(doc: Doc, stage: Stage<L>): string[] {
  const out = runStages(doc, [stage as unknown as AnyStage]);
  const items = (out[stage.layer] ?? []) as readonly Span[];
  return items.map((s) => doc.text.slice(s.start, s.end));
}

/** Runs one stage and returns its items. */
export function items<L extends Layer>(doc: Doc, stage: Stage<L>): readonly Layers[L][] {
  const out = runStages(doc, [stage as unknown as AnyStage]);
  const crashed = out.diagnostics.find((d) => d.code.endsWith('/crashed'));
  if (crashed) throw new Error(crashed.message);
  return (out[stage.layer] ?? []) as readonly Layers[L][];
}

/** Paragraph spans of `text` split on blank lines; `strong` lists indexes of all-bold paragraphs. */
export function paras(text: string, strong: readonly number[] = []): import('../src/doc.js').Paragraph[] {
  const out: import('../src/doc.js').Paragraph[] = [];
  const re = /[^\n]+(?:\n(?!\n)[^\n]*)*/g;
  for (const m of text.matchAll(re)) {
    const i = out.length;
    const len = m[0].length;
    out.push({ start: m.index, end: m.index + len, strong: strong.includes(i) ? len : 0, em: 0, heading: false });
  }
  return out;
}
