import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, type AnalyzeOptions } from '../analyze.js';
import { ParleyError } from '../errors.js';
import { markdown, outline } from '../export/outline.js';

export interface AnalyzeCliOptions extends AnalyzeOptions {
  readonly format: 'outline' | 'json' | 'md';
  readonly pretty: boolean;
}

const DOCUMENT = /\.(?:txt|text|html?|xhtml|md|markdown)$/i;

/** Expands folders into the interview files below them, sorted; other sources pass through. */
export function expandSources(sources: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith('.') || name === 'node_modules' || /^(readme|changelog|license)\b/i.test(name)) continue;
      const p = join(dir, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else if (DOCUMENT.test(name)) out.push(p);
    }
  };
  for (const s of sources) {
    let dir = false;
    if (s !== '-' && !/^[a-z][a-z0-9+.-]*:\/\//i.test(s)) {
      try {
        dir = statSync(s).isDirectory();
      } catch {
        dir = false;
      }
    }
    if (dir) walk(s);
    else out.push(s);
  }
  return out;
}

/** `parley analyze`: prints each analysis; returns the exit code (the worst across sources). */
export async function runAnalyze(sources: readonly string[], opts: AnalyzeCliOptions): Promise<number> {
  const files = expandSources(sources);
  if (!files.length) throw new ParleyError('not_found', `no interview files (.txt, .md, .html) in ${sources.join(', ')}`);
  const several = files.length > 1;
  let code = 0;
  for (const [i, file] of files.entries()) {
    let doc;
    try {
      doc = await analyze(file, opts);
    } catch (err) {
      if (!(err instanceof ParleyError) || !several) throw err;
      process.stderr.write(`parley: ${err.message}\n`);
      code = Math.max(code, err.exit);
      continue;
    }
    if (doc.diagnostics.some((d) => d.severity === 'error')) code = Math.max(code, 1);
    if (opts.format === 'json') {
      process.stdout.write(`${JSON.stringify(doc, null, opts.pretty && !several ? 2 : undefined)}\n`);
    } else if (opts.format === 'md') {
      process.stdout.write(markdown(doc));
    } else {
      if (several) process.stdout.write(`${i ? '\n' : ''}== ${file}\n`);
      process.stdout.write(`${outline(doc)}\n`);
    }
  }
  return code;
}
