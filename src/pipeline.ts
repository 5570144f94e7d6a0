import type { Diagnostic, Doc, Layer, Layers, Reporter, Severity, Span } from './doc.js';

/**
 * A pipeline component: reads the layers it `needs`, returns the items of the
 * layer it writes. `run` is pure: no I/O, no clock, no globals.
 */
export interface Stage<L extends Layer = Layer> {
  readonly layer: L;
  readonly needs: readonly Layer[];
  run(doc: Doc, report: Reporter): readonly Layers[L][];
}

/** Any stage, whatever layer it writes. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyStage = { [L in Layer]: Stage<L> }[Layer];

function reporterInto(out: Diagnostic[], layer: string): Reporter {
  const push = (severity: Severity) => (code: string, message: string, at?: Span, actual?: string) => {
    const full = code.includes('/') ? code : `${layer}/${code}`;
    out.push({
      severity,
      code: full,
      message,
      ...(at ? { start: at.start, end: at.end } : {}),
      ...(actual !== undefined ? { actual } : {}),
    });
  };
  return { warn: push('warning'), info: push('info'), error: push('error') };
}

function checkSpans(doc: Doc, layer: string, items: readonly Span[]): void {
  let prev: Span | undefined;
  for (const [i, it] of items.entries()) {
    if (!(Number.isInteger(it.start) && Number.isInteger(it.end) && 0 <= it.start && it.start <= it.end && it.end <= doc.text.length)) {
      throw new Error(`${layer}[${i}] has span ${it.start}-${it.end} outside 0-${doc.text.length}`);
    }
    if (prev && (it.start < prev.start || (it.start === prev.start && it.end < prev.end))) {
      throw new Error(`${layer}[${i}] is out of order: ${it.start}-${it.end} after ${prev.start}-${prev.end}`);
    }
    prev = it;
  }
}

/**
 * Runs `stages` in order over `doc` and returns a new Doc with their layers.
 * A stage that throws leaves an error diagnostic `<layer>/crashed`; stages that
 * need its layer are skipped with `pipeline/skipped`.
 */
export function runStages(doc: Doc, stages: readonly AnyStage[]): Doc {
  let cur: Doc = doc;
  const failed = new Set<Layer>();
  for (const stage of stages) {
    const diagnostics: Diagnostic[] = [...cur.diagnostics];
    const missing = stage.needs.filter((n) => failed.has(n) || cur[n] === undefined);
    if (missing.length) {
      failed.add(stage.layer);
      diagnostics.push({
        severity: 'error',
        code: 'pipeline/skipped',
        message: `The ${stage.layer} layer was not computed because ${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} missing.`,
      });
      cur = { ...cur, diagnostics };
      continue;
    }
    try {
      const items = (stage as Stage).run(cur, reporterInto(diagnostics, stage.layer));
      checkSpans(cur, stage.layer, items);
      cur = { ...cur, [stage.layer]: items, diagnostics };
    } catch (err) {
      failed.add(stage.layer);
      diagnostics.push({
        severity: 'error',
        code: `${stage.layer}/crashed`,
        message: `The ${stage.layer} stage failed: ${err instanceof Error ? err.message : String(err)}.`,
      });
      cur = { ...cur, diagnostics };
    }
  }
  return cur;
}
