/** Exports: download the corpus (or some documents) as CSV, ClaimReview, a report, JSON or W3C annotations. */
import { useState } from 'preact/hooks';
import { api, exportUrl } from '../api.js';
import { DownloadLink } from '../components/download.js';
import { ErrorBox, Loading, useAsync, usePageTitle, useStored } from '../components/ui.js';
import { docTitle } from '../format.js';

const FORMATS = [
  { id: 'csv', name: 'CSV spreadsheet', help: 'One row per claim (or per item of another layer) with its verdict. UTF-8 with BOM, safe to open in Excel.' },
  { id: 'claimreview', name: 'ClaimReview', help: 'schema.org ClaimReview JSON-LD, one per reviewed claim, for publishing fact-checks.' },
  { id: 'md', name: 'Report (Markdown)', help: 'A readable report: each interview, its claims, verdicts and notes.' },
  { id: 'json', name: 'JSON', help: 'The full corpus record (parley.corpus/1): analyses, claims, reviews.' },
  { id: 'jsonl', name: 'JSON Lines', help: 'One document record per line.' },
  { id: 'w3c', name: 'W3C Web Annotations', help: 'Annotations with TextQuote and TextPosition selectors.' },
] as const;

const LAYERS = ['claims', 'quantities', 'entities', 'techniques', 'narratives', 'sentences', 'turns'];

export function Exports() {
  usePageTitle('Exports');
  const [format, setFormat] = useState<string>('csv');
  const [reviewed, setReviewed] = useState(false);
  const [layer, setLayer] = useState('claims');
  const [docs, setDocs] = useState<readonly string[]>([]);
  const [reviewUrl, setReviewUrl] = useStored('reviewUrl', '');
  const template = reviewUrl.trim();
  const list = useAsync((signal) => api.documents({ limit: 500 }, signal), []);
  const withLayer = format === 'csv' || format === 'w3c';
  const href = exportUrl({
    format,
    ...(docs.length && { doc: docs }),
    ...(reviewed && { reviewed: 'true' }),
    ...(withLayer && layer !== 'claims' && { layer }),
    ...(format === 'claimreview' && template && { url: template }),
  });
  return (
    <>
      <div class="page-head">
        <h1>Exports</h1>
        <p class="lede">Download the corpus for a spreadsheet, a publication or another tool.</p>
      </div>
      <div class="grid-2">
        <section class="card" aria-labelledby="x-quick">
          <h2 id="x-quick">Quick downloads</h2>
          <ul class="exports">
            <li>
              <DownloadLink href={exportUrl({ format: 'csv' })}>All claims (CSV)</DownloadLink>
              <span class="muted small">every claim with its current verdict</span>
            </li>
            <li>
              <DownloadLink href={exportUrl({ format: 'claimreview', reviewed: 'true', url: template })}>ClaimReview (reviewed claims)</DownloadLink>
              <span class="muted small">JSON-LD for fact-check publishing</span>
            </li>
            <li>
              <DownloadLink href={exportUrl({ format: 'md' })}>Report (Markdown)</DownloadLink>
              <span class="muted small">all interviews, claims and verdicts</span>
            </li>
          </ul>
          <div class="field">
            <label for="x-review-url">Fact-check URL template (ClaimReview)</label>
            <input
              id="x-review-url"
              type="url"
              placeholder="https://factcheck.example/claims/{key}"
              value={reviewUrl}
              onInput={(e) => setReviewUrl(e.currentTarget.value)}
              aria-describedby="x-review-url-help"
            />
            <span id="x-review-url-help" class="muted small">
              Where each published review lives; <code>{'{key}'}</code> is replaced by the claim key. Leave empty if the server was started with <code>--review-url</code>.
            </span>
          </div>
        </section>
        <section class="card" aria-labelledby="x-custom">
          <h2 id="x-custom">Choose what to export</h2>
          <form class="stack" onSubmit={(e) => e.preventDefault()}>
            <fieldset>
              <legend>Format</legend>
              {FORMATS.map((f) => (
                <label key={f.id} class="radio-card">
                  <input type="radio" name="x-format" value={f.id} checked={format === f.id} onChange={() => setFormat(f.id)} />
                  <span>
                    <strong>{f.name}</strong>
                    <span class="muted small"> — {f.help}</span>
                  </span>
                </label>
              ))}
            </fieldset>
            {withLayer && (
              <div class="field">
                <label for="x-layer">Layer</label>
                <select id="x-layer" value={layer} onChange={(e) => setLayer(e.currentTarget.value)}>
                  {LAYERS.map((l) => (
                    <option key={l} value={l}>
                      {l}
                    </option>
                  ))}
                </select>
              </div>
            )}
            <label class="check">
              <input type="checkbox" checked={reviewed} onChange={(e) => setReviewed(e.currentTarget.checked)} />
              Only reviewed claims
            </label>
            <fieldset>
              <legend>Interviews</legend>
              {list.error && <ErrorBox error={list.error} />}
              {list.loading && !list.data && <Loading what="Loading documents" />}
              {list.data && (
                <div class="doc-picker">
                  <label class="check">
                    <input type="checkbox" checked={docs.length === 0} onChange={() => setDocs([])} />
                    All {list.data.total} interviews
                  </label>
                  {list.data.items.map((d) => (
                    <label key={d.id} class="check">
                      <input
                        type="checkbox"
                        checked={docs.includes(String(d.id))}
                        onChange={(e) => setDocs(e.currentTarget.checked ? [...docs, String(d.id)] : docs.filter((x) => x !== String(d.id)))}
                      />
                      {docTitle(d)}
                    </label>
                  ))}
                </div>
              )}
            </fieldset>
            <p>
              <DownloadLink class="button primary" href={href}>
                Download
              </DownloadLink>{' '}
              <code class="small muted break">{href}</code>
            </p>
          </form>
        </section>
      </div>
    </>
  );
}
