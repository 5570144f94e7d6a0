/** The dashboard: corpus figures and a few charts. */
import { api } from '../api.js';
import { BarChart, OTHER, PALETTE, StackedBarChart, topKeys, VERDICT_COLORS } from '../components/charts.js';
import { ErrorBox, Loading, useAsync, usePageTitle } from '../components/ui.js';
import { date, label, num } from '../format.js';
import { VERDICTS, VERDICT_LABELS, type CorpusStats } from '../types.js';

export function Dashboard() {
  usePageTitle('Dashboard');
  const stats = useAsync((signal) => api.stats(signal), []);
  return (
    <>
      <div class="page-head">
        <h1>Dashboard</h1>
        <p class="lede">The corpus at a glance.</p>
      </div>
      {stats.error && <ErrorBox error={stats.error} retry={stats.reload} />}
      {!stats.data && stats.loading && <Loading what="Counting" />}
      {stats.data && <Charts s={stats.data} />}
    </>
  );
}

function Charts({ s }: { s: CorpusStats }) {
  const totals = new Map<string, number>();
  for (const sp of s.techniques_by_speaker) for (const t of sp.techniques) totals.set(t.technique, (totals.get(t.technique) ?? 0) + t.count);
  const keys = topKeys(totals, 7);
  const rows = s.techniques_by_speaker.map((sp) => {
    const parts: Record<string, number> = {};
    for (const t of sp.techniques) {
      const k = keys.includes(t.technique) ? t.technique : OTHER;
      parts[k] = (parts[k] ?? 0) + t.count;
    }
    return { label: sp.name, parts };
  });
  const verdictRows = [
    ...VERDICTS.map((v) => ({ label: VERDICT_LABELS[v] ?? v, value: s.verdicts[v] ?? 0, color: VERDICT_COLORS[v] })),
    { label: 'Not reviewed', value: Math.max(0, s.claims - s.reviewed_claims), color: '#c9ced6' },
  ];
  const units = [...(s.quantities_by_unit ?? [])].sort((a, b) => b.count - a.count).slice(0, 12);
  return (
    <>
      <ul class="figures" aria-label="Corpus figures">
        <li>
          <span class="figure">{num(s.documents)}</span> {s.documents === 1 ? 'interview' : 'interviews'}
        </li>
        <li>
          <span class="figure">{num(s.words)}</span> {s.words === 1 ? 'word' : 'words'}
        </li>
        <li>
          <span class="figure">{num(s.speakers)}</span> {s.speakers === 1 ? 'speaker' : 'speakers'}
        </li>
        <li>
          <span class="figure">{num(s.claims)}</span> {s.claims === 1 ? 'claim' : 'claims'}
        </li>
        <li>
          <span class="figure">{num(s.reviewed_claims)}</span> reviewed
        </li>
        <li>
          <span class="figure">{num(s.repeated_claims)}</span> repeated
        </li>
      </ul>
      {s.first_published && (
        <p class="muted small">
          Published {date(s.first_published)} – {date(s.last_published)} · {num(s.outlets)} outlets · {num(s.layers.techniques ?? 0)} technique flags · {num(s.layers.quantities ?? 0)} numbers
        </p>
      )}
      <div class="grid-2">
        <section class="card" aria-labelledby="d-tech">
          <h2 id="d-tech">Techniques by speaker</h2>
          <StackedBarChart id="tech-by-speaker" title="Technique flags in each speaker's turns" rows={rows} keys={keys} />
        </section>
        <section class="card" aria-labelledby="d-verdicts">
          <h2 id="d-verdicts">Claims reviewed, by verdict</h2>
          <BarChart id="verdicts" title={`Current verdicts of ${num(s.claims)} claims`} rows={verdictRows} />
          <p>
            <a href="/claims?reviewed=false">Claims waiting for review →</a>
          </p>
        </section>
      </div>
      <div class="grid-2">
        <section class="card" aria-labelledby="d-units">
          <h2 id="d-units">Numbers by unit</h2>
          <BarChart id="units" title="Quantities stated, by unit" rows={units.map((u, i) => ({ label: unitLabel(u.unit), value: u.count, color: PALETTE[i % PALETTE.length] }))} />
        </section>
        <section class="card" aria-labelledby="d-speakers">
          <h2 id="d-speakers">Who speaks most</h2>
          <BarChart id="speakers" title="Words spoken, by speaker" rows={s.top_speakers.map((sp) => ({ label: sp.name, value: sp.words, color: PALETTE[0] }))} />
          <h3>Outlets</h3>
          <ul class="plain">
            {s.top_outlets.map((o) => (
              <li key={o.name}>
                <a href={`/?outlet=${encodeURIComponent(o.name)}`}>{o.name}</a> <span class="muted small">({num(o.documents)})</span>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </>
  );
}

function unitLabel(u: string): string {
  return /^[A-Z]{3}$/.test(u) ? u : label(u);
}
