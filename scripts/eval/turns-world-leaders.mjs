#!/usr/bin/env node
// Turn segmentation on ../shared/datasets/interviews-world-leaders: each conversation is
// rendered in four page conventions (Q/A markers, speaker labels, dashes, bare paragraphs),
// analysed by parley, and scored like the gold scorer: a predicted turn matches a gold turn
// when it has the same role and starts with its first words and ends with its last words.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeBytes } from '../../dist/analyze.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dataDir = join(root, '..', 'shared', 'datasets', 'interviews-world-leaders');
const files = ['vladimir_putin_interviews.json', 'barack_obama_interviews.json'];

const fold = (s) => s.normalize('NFKC').replace(/[\u2018\u2019]/g, "'").replace(/[\u201C\u201D]/g, '"').replace(/[\u2010-\u2015]/g, '-').replace(/\s+/g, ' ').trim();

/** Conversations as lists of gold turns, consecutive items by one sender merged. */
function conversations(file) {
  const rows = JSON.parse(readFileSync(join(dataDir, file), 'utf8'));
  const byId = new Map();
  for (const r of rows) {
    if (!byId.has(r.conversationId)) byId.set(r.conversationId, { outlet: r.conversationWithName, official: null, turns: [] });
    const c = byId.get(r.conversationId);
    if (r.outgoing) c.official = r.senderName;
    const role = r.outgoing ? 'answer' : 'question';
    const text = String(r.text).replace(/\s+/g, ' ').trim();
    if (!text) continue;
    const last = c.turns.at(-1);
    if (last && last.role === role) last.text += `\n\n${text}`;
    else c.turns.push({ role, text });
  }
  return [...byId.values()];
}

const render = {
  markers: (c) => c.turns.map((t) => `${t.role === 'question' ? 'Q' : 'A'}: ${t.text}`).join('\n\n'),
  labels: (c) => c.turns.map((t) => `${t.role === 'question' ? 'QUESTION' : c.official.toUpperCase()}: ${t.text}`).join('\n\n'),
  dash: (c) => c.turns.map((t) => `– ${t.text}`).join('\n\n'),
  bare: (c) => c.turns.map((t) => t.text).join('\n\n'),
};

function score(gold, doc) {
  const pred = (doc.turns ?? []).filter((t) => t.role !== 'intro').map((t) => ({ role: t.role, str: fold(doc.text.slice(t.start, t.end)) }));
  let cursor = 0, tp = 0;
  for (const g of gold) {
    const words = fold(g.text).split(' ');
    const first = words.slice(0, 8).join(' '), last = words.slice(-8).join(' ');
    for (let i = cursor; i < pred.length; i++) {
      const p = pred[i];
      if (p.role !== g.role) continue;
      if (p.str.startsWith(first) && p.str.endsWith(last)) { tp++; cursor = i + 1; break; }
    }
  }
  return { tp, pred: pred.length, gold: gold.length };
}

const results = {};
for (const [name, fn] of Object.entries(render)) {
  const t = { tp: 0, pred: 0, gold: 0, docs: 0 };
  for (const file of files) {
    for (const c of conversations(file)) {
      // Leading interviewer turns before any answer are an intro in most pages; keep them as questions here.
      const text = `Interview with ${c.official}\n\n${fn(c)}`;
      const doc = analyzeBytes({ uri: `${file}#${name}`, bytes: new TextEncoder().encode(text) });
      const s = score(c.turns, doc);
      t.tp += s.tp; t.pred += s.pred; t.gold += s.gold; t.docs++;
    }
  }
  const p = t.pred ? t.tp / t.pred : 0, r = t.gold ? t.tp / t.gold : 0;
  results[name] = { docs: t.docs, gold_turns: t.gold, p: +p.toFixed(4), r: +r.toFixed(4), f1: +(p + r ? (2 * p * r) / (p + r) : 0).toFixed(4) };
  console.log(`turns (${name.padEnd(7)}) docs ${t.docs}  gold ${t.gold}  P ${(p * 100).toFixed(1)}  R ${(r * 100).toFixed(1)}  F1 ${(results[name].f1 * 100).toFixed(1)}`);
}
console.log(JSON.stringify({ eval: 'turns-world-leaders', ...results }));
