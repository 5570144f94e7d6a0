import type { Doc, Narrative, Reporter, Role, Span } from '../doc.js';
import type { Stage } from '../pipeline.js';
import { compileCues, cueLanguages, loadTaxonomy, matchSentence, tokenize } from '../lexicon/rhetoric.js';
import type { CompiledCues, NarrativeCue, NarrativeSpec, NarrativeTaxonomy } from '../lexicon/rhetoric.js';

export interface NarrativesOptions {
  /** Narrative taxonomy; defaults to the shipped lexicon/narratives.json. */
  readonly taxonomy?: NarrativeTaxonomy;
  /** Turns to read; defaults to questions and answers (every turn when a document has neither). */
  readonly roles?: readonly Role[];
  /**
   * BCP 47 primary tags of the documents to read. Default: every language some cue is written for (the
   * `languages` of cue, narrative or taxonomy, lexicon/README.md). A document in another language gets no items
   * and a `narratives/language` info diagnostic; one with no `meta.language` is read with every cue.
   */
  readonly languages?: readonly string[];
}

interface Cue {
  readonly narrative: number;
  readonly spec: NarrativeCue;
  readonly languages: readonly string[];
}

/** Longest evidence quote shown in an explanation, in characters. */
const QUOTE_MAX = 60;

/**
 * Familiar narratives (taxonomy ids) per question or answer turn: one item per (narrative,
 * turn) whose distinct cues weigh at least the threshold, with at least one
 * `frame` cue among them. `evidence` holds the first match of each cue;
 * start/end cover them all. `score` is the summed weight over twice the
 * threshold, capped at 1 (so 0.5 is "just passed").
 * @example runStages(doc, [turns(), sentences(), narratives()])
 */
export function narratives(options: NarrativesOptions = {}): Stage<'narratives'> {
  const taxonomy = options.taxonomy ?? loadTaxonomy();
  const roles = options.roles ?? ['question', 'answer'];
  const specs: readonly NarrativeSpec[] = taxonomy.narratives;
  const cues: Cue[] = specs.flatMap((n, i) => n.cues.map((spec) => ({
    narrative: i, spec, languages: cueLanguages(spec.languages, n.languages, taxonomy.languages),
  })));
  const covered = new Set(cues.flatMap((c) => c.languages));
  const readable = options.languages ? new Set(options.languages.filter((l) => covered.has(l))) : covered;
  const all = compileCues(cues, (c) => c.spec.patterns, taxonomy.classes);
  const byLanguage = new Map<string, CompiledCues<Cue>>();
  for (const l of readable) byLanguage.set(l, compileCues(cues.filter((c) => c.languages.includes(l)), (c) => c.spec.patterns, taxonomy.classes));

  return {
    layer: 'narratives',
    needs: ['turns', 'sentences'],
    run(doc: Doc, report: Reporter): readonly Narrative[] {
      const lang = doc.meta.language?.toLowerCase().split('-')[0];
      const compiled = lang ? byLanguage.get(lang) : all;
      if (!compiled) {
        report.info('narratives/language', `The narrative taxonomy covers ${[...readable].sort().join(', ') || 'no language'}; this document is in ${lang}, so no narratives were looked for.`);
        return [];
      }
      const text = doc.text;
      const turns = doc.turns ?? [];
      const read = new Set<number>();
      turns.forEach((t, i) => roles.includes(t.role) && read.add(i));
      if (!read.size) turns.forEach((_, i) => read.add(i));

      // turn -> narrative -> cue -> first evidence span
      const found = new Map<number, Map<number, Map<Cue, Span>>>();
      for (const s of doc.sentences ?? []) {
        if (!read.has(s.turn)) continue;
        const tokens = tokenize(text, s.start, s.end, compiled.stop);
        for (const m of matchSentence(compiled, tokens)) {
          let byNarrative = found.get(s.turn);
          if (!byNarrative) found.set(s.turn, (byNarrative = new Map()));
          let byCue = byNarrative.get(m.cue.narrative);
          if (!byCue) byNarrative.set(m.cue.narrative, (byCue = new Map()));
          if (!byCue.has(m.cue)) byCue.set(m.cue, { start: tokens[m.from]!.start, end: tokens[m.to - 1]!.end });
        }
      }

      const out: Narrative[] = [];
      for (const [turn, byNarrative] of found) {
        for (const [ni, byCue] of byNarrative) {
          const spec = specs[ni]!;
          const threshold = spec.threshold ?? taxonomy.threshold;
          let sum = 0;
          let frame = false;
          for (const cue of byCue.keys()) {
            sum += cue.spec.weight;
            if (cue.spec.kind === 'frame') frame = true;
          }
          if (!frame || sum < threshold) continue;
          const evidence = [...byCue.values()].sort((a, b) => a.start - b.start || a.end - b.end);
          const quotes = evidence.map((e) => quote(text.slice(e.start, e.end)));
          const shown = quotes.slice(0, 3).map((q) => `“${q}”`).join(', ');
          const more = quotes.length > 3 ? ` and ${quotes.length - 3} more` : '';
          out.push({
            start: Math.min(...evidence.map((e) => e.start)),
            end: Math.max(...evidence.map((e) => e.end)),
            narrative: spec.id,
            title: spec.title,
            turn,
            score: Math.min(1, Math.round((sum / (2 * threshold)) * 100) / 100),
            evidence,
            explanation: `Echoes the narrative “${spec.title}” with ${quotes.length} cue${quotes.length > 1 ? 's' : ''}: ${shown}${more}.`,
          });
        }
      }
      out.sort((a, b) => a.start - b.start || a.end - b.end || (a.narrative < b.narrative ? -1 : a.narrative > b.narrative ? 1 : 0));
      return out;
    },
  };
}

function quote(s: string): string {
  const t = s.replace(/\s+/g, ' ');
  return t.length <= QUOTE_MAX ? t : `${t.slice(0, QUOTE_MAX - 1)}…`;
}
