import type { Doc, Reporter, Role, Span, Technique, TechniqueName, Turn } from '../doc.js';
import type { Stage } from '../pipeline.js';
import { compileCues, compileElement, cueLanguages, fold, loadLexicon, matchSentence, tokenize } from '../lexicon/rhetoric.js';
import type { CompiledCues, RepetitionSpec, RhetoricLexicon, ScareQuoteSpec, TechniqueCue, Token } from '../lexicon/rhetoric.js';

export interface TechniquesOptions {
  /** Cue lexicon; defaults to the shipped lexicon/techniques folder. */
  readonly lexicon?: RhetoricLexicon;
  /** Turns to read; defaults to questions and answers (every turn when a document has neither). */
  readonly roles?: readonly Role[];
  /**
   * BCP 47 primary tags of the documents to read. Default: every language some cue is written for (each cue's
   * or file's `languages`, lexicon/README.md). A document in another language gets no items and a
   * `techniques/language` info diagnostic; one with no `meta.language` is read with every cue.
   */
  readonly languages?: readonly string[];
}

interface Cue {
  readonly technique: TechniqueName;
  readonly rule: string;
  readonly spec: TechniqueCue;
  readonly languages: readonly string[];
  readonly confidence: number;
  readonly notBefore: readonly ((t: Token, i: number) => boolean)[];
  readonly notAfter: readonly ((t: Token, i: number) => boolean)[];
}

interface Hit extends Span {
  readonly turn: number;
  readonly technique: TechniqueName;
  readonly confidence: number;
  readonly rule: string;
  readonly explanation: string;
}

const QUESTION_END = /\?[\s"'”’»)\]]*$/;
const EXCLAMATION_END = /![\s"'”’»)\]]*$/;
const CLOSE_OF: Readonly<Record<string, string>> = { '‘': '’', '“': '”', '"': '"', '«': '»', "'": "'" };
// A short quoted phrase: opening quote not glued to a word, closing quote not followed by a letter.
const QUOTED_RE = /(?<![\p{L}\p{N}])(?:‘([^‘’\n]{1,80})’|“([^“”\n]{1,80})”|"([^"\n]{1,80})"|«([^«»\n]{1,80})»|'([^'\n]{1,80})')(?![\p{L}\p{N}])/gu;
const WORD_RE = /[\p{L}\p{N}]+(?:['’\-‐‑][\p{L}\p{N}]+)*/gu;

/**
 * Propaganda techniques (SemEval-2020 Task 11 labels) in questions and answers, found by
 * lexical cues from the lexicon folder, scare quotes and repeated phrases. Each
 * item names the cue that fired (`rule`) and says why in one sentence.
 * Spans are half-open UTF-16 offsets; items are sorted by start, then end.
 * @example runStages(doc, [turns(), sentences(), techniques()])
 */
export function techniques(options: TechniquesOptions = {}): Stage<'techniques'> {
  const lexicon = options.lexicon ?? loadLexicon();
  const roles = options.roles ?? ['question', 'answer'];
  const classes = lexicon.classes;
  const stop = new Set((classes['stop'] ?? []).map(fold));
  const npLeft = new Set((classes['npleft'] ?? []).map(fold));
  const npRight = new Set(['in', 'of', 'from']);

  const cues: Cue[] = [];
  let scare: ScareQuoteSpec | undefined;
  let scareLanguages: readonly string[] = [];
  let repetition: RepetitionSpec | undefined;
  let repetitionLanguages: readonly string[] = [];
  const covered = new Set<string>();
  for (const t of lexicon.techniques) {
    for (const spec of t.cues) {
      const langs = cueLanguages(spec.languages, t.languages);
      for (const l of langs) covered.add(l);
      cues.push({
        technique: t.technique,
        rule: `${t.technique}/${spec.id}`,
        spec,
        languages: langs,
        confidence: spec.confidence ?? t.confidence,
        notBefore: (spec.notBefore ?? []).map((e) => compileElement(e, classes)),
        notAfter: (spec.notAfter ?? []).map((e) => compileElement(e, classes)),
      });
    }
    if (t.scareQuotes) {
      scare = t.scareQuotes;
      scareLanguages = cueLanguages(t.scareQuotes.languages, t.languages);
    }
    if (t.repetition) {
      repetition = t.repetition;
      repetitionLanguages = cueLanguages(t.repetition.languages, t.languages);
    }
  }
  for (const l of [...scareLanguages, ...repetitionLanguages]) covered.add(l);
  const readable = options.languages ? new Set(options.languages.filter((l) => covered.has(l))) : covered;
  // One compiled set per language, plus one with every cue for documents of unknown language; built once.
  const all = compileCues(cues, (c) => c.spec.patterns, classes);
  const byLanguage = new Map<string, CompiledCues<Cue>>();
  for (const l of readable) byLanguage.set(l, compileCues(cues.filter((c) => c.languages.includes(l)), (c) => c.spec.patterns, classes));
  const ignore = new Set(repetition?.ignore ?? []);

  /** The span of a match after the cue's extensions. */
  function extend(text: string, tokens: readonly Token[], from: number, to: number, spec: TechniqueCue, sentEnd: number): Span {
    let start = tokens[from]!.start;
    let end = tokens[to - 1]!.end;
    if (spec.head) {
      const t = tokens[to];
      if (t && !t.brk && !t.cap && !t.stop && !/\d/.test(t.raw)) {
        end = t.end;
        to++;
      }
    }
    if (spec.np) {
      for (let j = from - 1, n = 0; j >= 0 && n < 2; j--, n++) {
        const t = tokens[j]!;
        if (tokens[j + 1]!.brk || !(npLeft.has(t.norm) || (t.norm !== t.base && t.cap))) break;
        start = t.start;
      }
      const p = tokens[to];
      if (p && !p.brk && npRight.has(p.norm) && tokens[to + 1]?.cap && !tokens[to + 1]!.brk) {
        let k = to + 1;
        while (k < tokens.length && k < to + 4 && tokens[k]!.cap && !tokens[k]!.brk) k++;
        end = tokens[k - 1]!.end;
      }
    }
    if (spec.quote) {
      // A short quotation that opens inside the span or right after it: take it whole.
      const ws = /^\s*/.exec(text.slice(end, sentEnd))![0].length;
      const head = text.slice(start, end + ws + 1);
      for (let k = head.length - 1; k >= 0; k--) {
        const close = CLOSE_OF[head.charAt(k)];
        if (!close || head.charAt(k) === "'") continue;
        const closed = head.indexOf(close, k + 1);
        if (closed >= 0 && closed < end - start) break;
        const from = start + k + 1;
        const at = text.indexOf(close, Math.max(from, end));
        if (at >= 0 && at < sentEnd && wordCount(text.slice(from, at)) <= 6) end = at + 1;
        break;
      }
    }
    return { start, end };
  }

  function scareQuotes(text: string, s: Span, turn: number, out: Hit[]): void {
    if (!scare) return;
    const str = text.slice(s.start, s.end);
    QUOTED_RE.lastIndex = 0;
    for (let m = QUOTED_RE.exec(str); m; m = QUOTED_RE.exec(str)) {
      const inner = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? '';
      const words = inner.match(WORD_RE) ?? [];
      if (!words.length || words.length > scare.maxWords) continue;
      // Lowercase only: capitalised quotes are names of operations, titles and the like.
      if (words.some((w) => w.charAt(0) !== w.charAt(0).toLowerCase() || /\d/.test(w))) continue;
      if (/[.!?;:]/.test(inner.trim().replace(/[.,]$/, ''))) continue;
      const before = (str.slice(0, m.index).match(WORD_RE) ?? []).slice(-2).map(fold);
      const last1 = before[before.length - 1] ?? '';
      const last2 = before.join(' ');
      if (scare.skipAfter.includes(last1) || (before.length === 2 && scare.skipAfter.includes(last2))) continue;
      // A term being defined: ("x") or 'x' (abbreviation).
      if (/\(\s*$/.test(str.slice(0, m.index)) || /^\s*\(/.test(str.slice(m.index + m[0].length))) continue;
      // A whole sentence in quotes is a quotation, not a scare quote.
      if (str.slice(0, m.index).trim() === '' && str.slice(m.index + m[0].length).replace(/[\s.,!?]/g, '') === '') continue;
      const start = s.start + m.index;
      const end = start + m[0].length;
      out.push({
        start, end, turn, technique: 'doubt', confidence: scare.confidence, rule: 'doubt/scare_quotes',
        explanation: fill(scare.explanation, { text: text.slice(start, end) }),
      });
    }
  }

  function repeated(text: string, group: readonly { turn: number; tokens: readonly Token[] }[], out: Hit[]): void {
    if (!repetition) return;
    const r = repetition;
    const usable = (t: Token, k: number): boolean => !(t.cap && k > 0) && !ignore.has(t.norm) && !/\d/.test(t.raw);
    // Accepted phrases per sentence (by index in `group`), as token ranges: a phrase can only contain
    // another of the same sentence, so the containment test below stays linear in the document.
    const accepted = new Map<number, [number, number][]>();
    const within = (o: { g: number; i: number; j: number }) => (accepted.get(o.g) ?? []).some(([i, j]) => i <= o.i && o.j <= j);
    // One pass collects every candidate phrase, by length: a phrase starts and ends with a content
    // word, has an inner stopword, no hard punctuation inside, and no digit, ignored or capitalised
    // (other than sentence-initial) word.
    const byLength = new Map<number, Map<string, { turn: number; start: number; end: number; g: number; i: number; j: number }[]>>();
    for (const [g, { turn, tokens }] of group.entries()) {
      for (let i = 0; i + r.minWords <= tokens.length; i++) {
        const first = tokens[i]!;
        if (first.stop || !usable(first, i)) continue;
        let key = first.norm;
        let content = 1;
        let inner = false;
        for (let j = i + 1; j < tokens.length && j - i < r.maxWords; j++) {
          const t = tokens[j]!;
          if (t.brk || !usable(t, j)) break;
          key += ' ' + t.norm;
          if (t.stop) {
            inner = true;
            continue;
          }
          content++;
          const n = j - i + 1;
          if (n < r.minWords || !inner || content < r.minContent) continue;
          let occ = byLength.get(n);
          if (!occ) byLength.set(n, (occ = new Map()));
          let list = occ.get(key);
          if (!list) occ.set(key, (list = []));
          list.push({ turn, start: first.start, end: t.end, g, i, j });
        }
      }
    }
    for (let n = r.maxWords; n >= r.minWords; n--) {
      const occ = byLength.get(n);
      if (!occ) continue;
      for (const list of occ.values()) {
        if (list.length < 2) continue;
        const turns = new Set(list.map((o) => o.turn)).size;
        if (turns < r.minTurns && list.length < r.minCount) continue;
        if (list.every(within)) continue;
        for (const o of list) {
          const ranges = accepted.get(o.g);
          if (ranges) ranges.push([o.i, o.j]);
          else accepted.set(o.g, [[o.i, o.j]]);
        }
        const phrase = text.slice(list[0]!.start, list[0]!.end);
        for (const o of list.slice(1)) {
          out.push({
            start: o.start, end: o.end, turn: o.turn, technique: 'repetition', confidence: r.confidence, rule: 'repetition/phrase',
            explanation: fill(r.explanation, { text: phrase, count: String(list.length), turns: String(turns) }),
          });
        }
      }
    }
  }

  return {
    layer: 'techniques',
    needs: ['turns', 'sentences'],
    run(doc: Doc, report: Reporter): readonly Technique[] {
      const lang = doc.meta.language?.toLowerCase().split('-')[0];
      const compiled = lang ? byLanguage.get(lang) : all;
      if (!compiled) {
        report.info('techniques/language', `The rhetoric lexicon covers ${[...readable].sort().join(', ') || 'no language'}; this document is in ${lang}, so no techniques were looked for.`);
        return [];
      }
      const useScare = !lang || scareLanguages.includes(lang);
      const useRepetition = !lang || repetitionLanguages.includes(lang);
      const text = doc.text;
      const turns = doc.turns ?? [];
      const read = readableTurns(turns, roles);
      const hits: Hit[] = [];
      const bySpeaker = new Map<string, { turn: number; tokens: Token[] }[]>();
      for (const s of doc.sentences ?? []) {
        if (!read.has(s.turn)) continue;
        const tokens = tokenize(text, s.start, s.end, stop);
        if (!tokens.length) continue;
        const turn = turns[s.turn];
        if (turn && useRepetition && (!repetition?.roles || repetition.roles.includes(turn.role))) {
          // The same phrase said by two speakers is not repetition: group by speaker and role.
          const who = `${turn.role}\u0000${turn.speaker ?? ''}`;
          let group = bySpeaker.get(who);
          if (!group) bySpeaker.set(who, (group = []));
          group.push({ turn: s.turn, tokens });
        }
        const sentence = text.slice(s.start, s.end).trimEnd();
        for (const m of matchSentence(compiled, tokens)) {
          const c = m.cue;
          const spec = c.spec;
          if (spec.anchor === 'start' && m.from !== 0) continue;
          if (spec.roles && !(turn && spec.roles.includes(turn.role))) continue;
          if (spec.in === 'question' && !QUESTION_END.test(sentence)) continue;
          if (spec.in === 'exclamation' && !EXCLAMATION_END.test(sentence)) continue;
          if (spec.maxSentenceWords !== undefined && tokens.length > spec.maxSentenceWords) continue;
          const prev = tokens[m.from - 1];
          if (prev && c.notBefore.some((f) => f(prev, m.from - 1))) continue;
          const next = tokens[m.to];
          if (next && c.notAfter.some((f) => f(next, m.to))) continue;
          const span = spec.span === 'sentence'
            ? trimmed(text, s)
            : extend(text, tokens, m.from, m.to, spec, s.start + sentence.length);
          hits.push({
            ...span, turn: s.turn, technique: c.technique, confidence: c.confidence, rule: c.rule,
            explanation: fill(spec.explanation, { text: text.slice(span.start, span.end) }),
          });
        }
        if (useScare) scareQuotes(text, s, s.turn, hits);
      }
      for (const group of bySpeaker.values()) repeated(text, group, hits);
      return dedupe(hits);
    },
  };
}

/** Indexes of the turns to read: those with one of `roles`, or all when none has. */
function readableTurns(turns: readonly Turn[], roles: readonly Role[]): Set<number> {
  const picked = new Set<number>();
  turns.forEach((t, i) => {
    if (roles.includes(t.role)) picked.add(i);
  });
  if (!picked.size) turns.forEach((_, i) => picked.add(i));
  return picked;
}

/** Keeps, per technique, the longest (then most confident) of overlapping hits; sorts by start, end. */
function dedupe(hits: readonly Hit[]): Technique[] {
  const ranked = [...hits].sort((a, b) => (b.end - b.start) - (a.end - a.start) || b.confidence - a.confidence || a.start - b.start || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
  const kept: Hit[] = [];
  // Per technique, the kept hits are disjoint: keep them sorted by start, and a new hit overlaps one
  // of them exactly when it overlaps the last one starting before its end (binary search, not a scan).
  const byTechnique = new Map<string, Hit[]>();
  for (const h of ranked) {
    let list = byTechnique.get(h.technique);
    if (!list) byTechnique.set(h.technique, (list = []));
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.start < h.end) lo = mid + 1;
      else hi = mid;
    }
    const before = list[lo - 1];
    if (before && before.end > h.start) continue;
    list.splice(lo, 0, h);
    kept.push(h);
  }
  kept.sort((a, b) => a.start - b.start || a.end - b.end || (a.technique < b.technique ? -1 : a.technique > b.technique ? 1 : 0));
  return kept.map((h) => ({
    start: h.start, end: h.end, turn: h.turn, technique: h.technique,
    confidence: h.confidence, rule: h.rule, explanation: h.explanation,
  }));
}

function trimmed(text: string, s: Span): Span {
  const str = text.slice(s.start, s.end);
  const lead = str.length - str.trimStart().length;
  return { start: s.start + lead, end: s.start + str.trimEnd().length };
}

function wordCount(s: string): number {
  return (s.match(WORD_RE) ?? []).length;
}

function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (all, k: string) => {
    const v = values[k];
    return v === undefined ? all : v.replace(/\s+/g, ' ');
  });
}
