import type { Doc, Meta, Paragraph, Role, Turn, TurnConvention } from '../doc.js';
import type { Stage } from '../pipeline.js';
import { ANSWER_MARKERS, QUESTION_LABELS, QUESTION_MARKERS, HONORIFICS } from '../lexicon/turn-markers.js';

/** A paragraph's opening marker, if any: what role it announces and how long it is. */
interface Opening {
  readonly role: Role | null;
  /** Raw label for speaker-label paragraphs ("MR PRICE", "S.Lavrov"). */
  readonly label: string | null;
  /** Length of the marker to skip, including following whitespace. */
  readonly skip: number;
}

const DASH = /^[–—―]\s*|^-\s+/u;
const WORD_MARKER = /^\[?\s*(\p{L}+)\s*\]?\s*[:.]\s*|^\[\s*(\p{L}+)\s*\]\s*[–—-]?\s*/u;
const CAPS_LABEL = /^((?:\p{Lu}[\p{Lu}'’.-]*)(?:\s+\p{Lu}[\p{Lu}'’.-]*){0,4})(\s*\([^()]{1,60}\))?\s*:\s+/u;
const NAME_LABEL = /^((?:\p{Lu}\.\s?){1,3}\p{Lu}[\p{Ll}’'-]+|\p{Lu}[\p{Ll}’'-]+(?:\s+\p{Lu}[\p{Ll}’'-]+){1,2})\s*:\s+/u;

function dashLength(s: string): number {
  return DASH.exec(s)?.[0].length ?? 0;
}

function markerOf(s: string): Opening | null {
  const dash = dashLength(s);
  const rest = s.slice(dash);
  const m = WORD_MARKER.exec(rest);
  if (!m) return null;
  const word = (m[1] ?? m[2])!.toLowerCase();
  const bracketed = rest.startsWith('[');
  // Single letters need a colon or brackets: "A. Smith said" is not a marker.
  if (word.length === 1 && !bracketed && !/^\p{L}\s*:/u.test(rest)) return null;
  const role: Role | null = QUESTION_MARKERS.includes(word) ? 'question' : ANSWER_MARKERS.includes(word) ? 'answer' : null;
  if (!role) return null;
  return { role, label: null, skip: dash + m[0].length };
}

function labelOf(s: string): Opening | null {
  const caps = CAPS_LABEL.exec(s);
  if (caps && /\p{Lu}{2}/u.test(caps[1]!) && caps[1]!.length <= 40) {
    return { role: null, label: (caps[1]! + (caps[2] ?? '')).trim(), skip: caps[0].length };
  }
  const name = NAME_LABEL.exec(s);
  if (name) return { role: null, label: name[1]!, skip: name[0].length };
  return null;
}

/** True when a paragraph is (nearly) all bold or all italic: a question in emphasis-marked pages. */
function emphasised(p: Paragraph, text: string): number {
  const len = text.length;
  const run = Math.max(p.strong, p.em);
  if (run === 0 || len === 0) return 0;
  if (run >= len * 0.9) return len;
  // A leading bold question followed by the answer in the same paragraph.
  const head = text.slice(0, run).trim();
  if (head.length >= 15 && /[?？]\s*$/.test(head)) return run;
  return 0;
}

interface Counts {
  markers: number;
  labels: Map<string, number>;
  dashes: number;
  emphasis: number;
  questions: number;
}

function count(doc: Doc, paragraphs: readonly Paragraph[]): Counts {
  const c: Counts = { markers: 0, labels: new Map(), dashes: 0, emphasis: 0, questions: 0 };
  for (const p of paragraphs) {
    const s = doc.text.slice(p.start, p.end);
    if (markerOf(s)) c.markers++;
    const l = labelOf(s);
    if (l?.label) c.labels.set(l.label, (c.labels.get(l.label) ?? 0) + 1);
    if (dashLength(s)) c.dashes++;
    if (emphasised(p, s)) c.emphasis++;
    if (/\?\s*$/.test(s) && s.length < 1200) c.questions++;
  }
  return c;
}

function repeatedLabels(c: Counts, meta: Meta): string[] {
  const known = [meta.interviewee, meta.interviewer].filter(Boolean).map((n) => surname(n!));
  const bySurname = new Map<string, number>();
  for (const [label, n] of c.labels) bySurname.set(surname(label), (bySurname.get(surname(label)) ?? 0) + n);
  return [...c.labels.keys()].filter(
    (label) => bySurname.get(surname(label))! >= 2 || QUESTION_LABELS.includes(label.toLowerCase()) || known.includes(surname(label)),
  );
}

/**
 * Which convention marks the turns of this document. Explicit markers win over
 * speaker labels, which win over dashes, then emphasis, then question marks.
 */
export function detectConvention(doc: Doc): TurnConvention {
  const paragraphs = doc.paragraphs ?? [];
  const c = count(doc, paragraphs);
  const labels = repeatedLabels(c, doc.meta);
  const labelled = labels.reduce((n, l) => n + (c.labels.get(l) ?? 0), 0);
  if (c.markers >= 2 && c.markers >= labelled) return 'markers';
  if (labelled >= 3 && labels.length >= 2) return 'speaker_labels';
  if (c.dashes >= 2) return 'dash';
  if (c.emphasis >= 2) return 'emphasis';
  if (c.questions >= 3) return 'question_marks';
  return 'none';
}

function surname(name: string): string {
  const parts = name
    .replace(/\([^)]*\)/g, '')
    .replace(/\./g, '. ')
    .trim()
    .split(/\s+/)
    .filter((w) => !HONORIFICS.includes(w.toLowerCase().replace(/\.$/, '')));
  return (parts.at(-1) ?? '').toLowerCase();
}

// After a role word: an optional "for Foreign Affairs" and comma, then the name ("Minister for Foreign Affairs, Per Aasland").
const PERSON = /(?:\s+(?:of|for)(?:\s+(?:the|and|of|\p{Lu}[\p{L}-]+))+)?,?\s+(\p{Lu}[\p{Ll}’'-]+(?:\s+\p{Lu}[\p{Ll}’'-]+){1,2})/uy;

/** The personal name that follows a role word in the first pages of `text` ("Minister Per Aasland"). */
function nameAfterRole(text: string, role: string): string | null {
  const head = text.slice(0, 20_000);
  const low = head.toLowerCase();
  const needle = role.toLowerCase();
  for (let i = low.indexOf(needle); i >= 0; i = low.indexOf(needle, i + 1)) {
    PERSON.lastIndex = i + needle.length;
    const m = PERSON.exec(head);
    if (m) return m[1]!;
  }
  return null;
}

/** A "Given Surname" in the first pages of `text` ending with `surname`, or null. */
function fullNameFor(text: string, surname: string): string | null {
  const head = text.slice(0, 20_000);
  const re = new RegExp(String.raw`\b(\p{Lu}[\p{Ll}’'-]+)\s+${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\b`, 'u');
  const m = re.exec(head);
  if (!m || HONORIFICS.includes(m[1]!.toLowerCase())) return null;
  return `${m[1]} ${surname}`;
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s.'’-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
}

interface Speakers {
  role(label: string): Role;
  name(label: string): string | null;
}

/** Tells who asks among speaker labels, and names each label after the people in `meta`. */
function speakersFor(doc: Doc, paragraphs: readonly Paragraph[], labels: readonly string[]): Speakers {
  const stats = new Map<string, { words: number; turns: number; asks: number }>();
  for (const p of paragraphs) {
    const s = doc.text.slice(p.start, p.end);
    const l = labelOf(s);
    if (!l?.label || !labels.includes(l.label)) continue;
    const key = surname(l.label);
    const st = stats.get(key) ?? { words: 0, turns: 0, asks: 0 };
    st.turns++;
    st.words += s.split(/\s+/).length;
    if (/\?\s*$/.test(s)) st.asks++;
    stats.set(key, st);
  }
  const ee = doc.meta.interviewee ? surname(doc.meta.interviewee) : null;
  const er = doc.meta.interviewer ? surname(doc.meta.interviewer) : null;
  const isQuestionLabel = (l: string) => QUESTION_LABELS.includes(l.toLowerCase().replace(/\s*\(.*\)$/, ''));
  // The interviewee: the label named in meta, else the one who speaks most without being a question label.
  // (Stats are keyed by surname, so "M.Castell" and "Mira Castell" count together.)
  let main: string | null = ee && labels.some((l) => surname(l) === ee) ? ee : null;
  if (!main) {
    let best = -1;
    for (const [key, st] of stats) {
      const weight = st.words * (1 - st.asks / st.turns);
      if (!isQuestionLabel(key) && weight > best) [main, best] = [key, weight];
    }
  }
  return {
    role(label) {
      if (isQuestionLabel(label)) return 'question';
      if (er && surname(label) === er) return 'question';
      if (surname(label) === main) return 'answer';
      const st = stats.get(surname(label));
      return st && st.asks / st.turns > 0.5 ? 'question' : 'answer';
    },
    name(label) {
      if (isQuestionLabel(label)) return null;
      const s = surname(label);
      if (ee && s === ee) return doc.meta.interviewee;
      if (er && s === er) return doc.meta.interviewer;
      if (/^the\s/i.test(label)) {
        if (s === main && doc.meta.interviewee) return doc.meta.interviewee;
        // "THE MINISTER" is the "Foreign Minister Per Aasland" the page names.
        const named = nameAfterRole(doc.text, label.replace(/^the\s+/i, ''));
        if (named) return named;
      }
      // "M.Castell" is the "Mira Castell" labelled elsewhere in the same transcript.
      const fuller = labels.filter((l) => l !== label && surname(l) === s && l.length > label.length && !/\p{Lu}\./u.test(l));
      if (fuller.length) return fuller.sort((a, b) => b.length - a.length)[0]!;
      const bare = label.replace(/\s*\(.*\)$/, '');
      const parts = bare.split(/\s+/).filter((w) => !HONORIFICS.includes(w.toLowerCase().replace(/\.$/, '')));
      const clean = parts.join(' ') || bare;
      const display = clean === clean.toUpperCase() ? titleCase(clean) : clean;
      // "DR MARSK" is the "Helena Marsk" that the intro names.
      return parts.length === 1 ? (fullNameFor(doc.text, display) ?? display) : display;
    },
  };
}

interface Draft {
  role: Role;
  speaker: string | null;
  start: number;
  end: number;
}

/**
 * Splits the body into turns (intro, question, answer) with speakers, by the
 * convention the page uses. Text before the first question is the intro; a
 * document with no recognisable convention is one answer by the interviewee.
 */
export function turns(): Stage<'turns'> {
  return {
    layer: 'turns',
    needs: ['paragraphs'],
    run(doc, report) {
      const paragraphs = doc.paragraphs ?? [];
      const convention = doc.meta.turn_convention ?? detectConvention(doc);
      const asker = doc.meta.interviewer;
      const answerer = doc.meta.interviewee;
      const out: Draft[] = [];
      const push = (role: Role, speaker: string | null, start: number, end: number) => {
        if (start >= end) return;
        out.push({ role, speaker, start, end });
      };
      const extend = (end: number) => {
        const last = out.at(-1);
        if (last) last.end = end;
      };
      let pending: { role: Role; speaker: string | null } | null = null;
      const openTurn = (role: Role, speaker: string | null, p: Paragraph, skip: number) => {
        const start = p.start + skip;
        if (start >= p.end) {
          pending = { role, speaker };
          return;
        }
        push(role, speaker, start, p.end);
      };
      const continueOrIntro = (p: Paragraph) => {
        if (pending) {
          push(pending.role, pending.speaker, p.start, p.end);
          pending = null;
        } else if (out.length) extend(p.end);
        else push('intro', null, p.start, p.end);
      };

      if (convention === 'markers') {
        for (const p of paragraphs) {
          const m = markerOf(doc.text.slice(p.start, p.end));
          if (m?.role) openTurn(m.role, m.role === 'question' ? asker : answerer, p, m.skip);
          else continueOrIntro(p);
        }
      } else if (convention === 'speaker_labels') {
        const c = count(doc, paragraphs);
        // Once the page is known to label speakers, a label seen once ("THE MINISTER:") counts too.
        const repeated = repeatedLabels(c, doc.meta);
        const labels = [...c.labels.keys()].filter((l) => {
          const bare = l.replace(/\s*\(.*\)$/, '');
          return repeated.includes(l) || (bare === bare.toUpperCase() && /^\p{Lu}/u.test(bare));
        });
        const who = speakersFor(doc, paragraphs, labels);
        for (const p of paragraphs) {
          const l = labelOf(doc.text.slice(p.start, p.end));
          if (l?.label && labels.includes(l.label)) {
            const role = who.role(l.label);
            const speaker = who.name(l.label) ?? (role === 'question' ? asker : null);
            const last = out.at(-1);
            // The same speaker labelled twice in a row is still one turn.
            if (last && last.speaker === speaker && last.role === role && speaker !== null) extend(p.end);
            else openTurn(role, speaker, p, l.skip);
          } else continueOrIntro(p);
        }
      } else if (convention === 'dash') {
        let next: Role = 'question';
        for (const p of paragraphs) {
          const s = doc.text.slice(p.start, p.end);
          const d = dashLength(s);
          if (d) {
            openTurn(next, next === 'question' ? asker : answerer, p, d);
            next = next === 'question' ? 'answer' : 'question';
          } else continueOrIntro(p);
        }
      } else if (convention === 'emphasis' || convention === 'question_marks') {
        let prev: Role | null = null;
        for (const p of paragraphs) {
          const s = doc.text.slice(p.start, p.end);
          const q =
            convention === 'emphasis'
              ? emphasised(p, s)
              : /\?\s*$/.test(s) && s.length < 1200 && (prev === null || prev !== 'question')
                ? s.length
                : 0;
          if (p.heading && convention === 'emphasis' && !q) {
            if (out.length) extend(p.end);
            continue;
          }
          if (q) {
            if (prev === 'question' && out.at(-1)?.role === 'question' && q === s.length) extend(p.end);
            else push('question', asker, p.start, p.start + q);
            prev = 'question';
            const rest = s.slice(q);
            const lead = rest.length - rest.trimStart().length;
            if (rest.trim()) {
              push('answer', answerer, p.start + q + lead, p.end);
              prev = 'answer';
            }
          } else if (prev === 'question') {
            push('answer', answerer, p.start, p.end);
            prev = 'answer';
          } else continueOrIntro(p);
        }
      } else {
        const first = paragraphs[0];
        const last = paragraphs.at(-1);
        if (first && last) push('answer', answerer, first.start, last.end);
        report.warn(
          'turns/no-convention',
          'No turn convention was recognised (dashes, Q/A markers, speaker labels or emphasised questions); the whole body is one answer.',
        );
      }
      return out.map((t): Turn => ({ role: t.role, speaker: t.speaker, start: t.start, end: trimEnd(doc.text, t.start, t.end) }));
    },
  };
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1]!)) e--;
  return e;
}
