/**
 * The web app against `parley serve --queue` on PostgreSQL: a pasted interview becomes a job
 * ("Queued for analysis"), is shown while a worker holds it, and turns into a link to the document
 * once `parley worker --once` has analysed it; a URL job that the worker refuses shows its error.
 * Needs PARLEY_TEST_DATABASE_URL (eval "$(scripts/ci/postgres.sh)"); skipped with a message without it.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimJob, getJob, requeue } from '../../src/queue/jobs.js';
import { freshSchema, type Schema } from '../queue/helpers.js';
import { availability, getJson, launch, ROOT, screenshotPath, startServer, type Server } from './helpers.js';

const { run, reason } = availability();
const PG = process.env.PARLEY_TEST_DATABASE_URL;
if (run && !PG) console.warn('[e2e] queue: skipped: PARLEY_TEST_DATABASE_URL is not set (eval "$(scripts/ci/postgres.sh)" sets it)');

const CLI = join(ROOT, 'dist/cli/main.js');

/** Written for this test: the person, the outlet and every number are invented. */
const INTERVIEW = [
  'Ilse Marwick, Minister of Water, spoke to The Fenland Herald on 4 June 2025.',
  '\u2013 The reservoirs were half empty last summer. Will there be enough water this year?',
  '\u2013 Yes. The reservoirs are at 87 percent today, and we have repaired 140 kilometres of leaking mains since January.',
  '\u2013 Farmers say the irrigation quota is too low.',
  '\u2013 The quota is 12 percent higher than last year. Nobody has been cut off, and nobody will be.',
].join('\n\n');

interface JobOut {
  id: number;
  status: string;
  error: string | null;
  result: { doc_id: number } | null;
}

/** `parley worker --once` on the schema: drains the queue and exits. */
function drain(url: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, 'worker', '--once', '--poll', '200'], {
      cwd: ROOT,
      env: { ...process.env, PARLEY_DEBUG: '', DATABASE_URL: url },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr!.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
    });
    child.on('exit', (code) => resolve({ code, stderr }));
  });
}

describe.skipIf(!run || !PG)('web app, queue mode', () => {
  let schema: Schema;
  let server: Server;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const errors: string[] = [];
  const jobPolls: { path: string; at: number }[] = [];

  beforeAll(async () => {
    if (reason) throw new Error(`e2e tests need Chromium in CI: ${reason}`);
    schema = await freshSchema('e2e');
    server = await startServer(['--queue'], undefined, { data: false, env: { DATABASE_URL: schema.url } });
    browser = await launch();
    context = await browser.newContext({ viewport: { width: 1366, height: 900 }, bypassCSP: true });
    page = await context.newPage();
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console: ${m.text()}`);
    });
    page.on('request', (r) => {
      const path = new URL(r.url()).pathname;
      if (/^\/api\/jobs\/\d+$/.test(path)) jobPolls.push({ path, at: Date.now() });
    });
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
    await schema?.close();
  });

  it('serves the corpus from PostgreSQL, with no queue panel while nothing is queued', async () => {
    expect((await getJson<{ store: string }>(server, '/api/health')).store).toBe('postgres');
    const probe = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/jobs');
    await page.goto(server.url);
    await page.getByText('The corpus is empty').waitFor();
    expect((await probe).status()).toBe(200);
    expect(await page.locator('#queue-h').count()).toBe(0);
  });

  let jobId = 0;

  it('queues a pasted interview: "Queued for analysis" and the queue panel', async () => {
    await page.getByRole('tab', { name: 'Paste text' }).click();
    await page.locator('#paste-text').fill(INTERVIEW);
    await page.locator('#paste-name').fill('marwick-water.txt');
    const answer = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/documents' && r.request().method() === 'POST');
    await page.getByRole('button', { name: 'Analyse and add' }).click();
    const res = await answer;
    expect(res.status()).toBe(202);
    jobId = ((await res.json()) as JobOut).id;

    const item = page.locator('.job', { hasText: 'marwick-water.txt' });
    await item.getByText('Queued for analysis').waitFor();
    // The text is accepted: the form is cleared for the next one.
    expect(await page.locator('#paste-text').inputValue()).toBe('');

    const panel = page.locator('section.queue');
    await panel.getByRole('heading', { name: 'Analysis queue' }).waitFor();
    await panel.locator('.queue-count.job-badge-queued', { hasText: '1 Queued' }).waitFor();
    expect(await panel.locator('tr.queue-job-queued', { hasText: 'marwick-water.txt' }).count()).toBe(1);
    // Nothing is stored yet.
    expect(await page.getByText('The corpus is empty').count()).toBe(1);
  });

  it('shows the worker while one holds the job', async () => {
    const claimed = await claimJob(schema.db, 'e2e-worker:1', 60_000);
    expect(claimed?.id).toBe(jobId);
    const item = page.locator('.job', { hasText: 'marwick-water.txt' });
    await item.getByText('Analysing (worker e2e-worker:1)').waitFor({ timeout: 15_000 });
    await page.locator('section.queue tr.queue-job-running', { hasText: 'e2e-worker:1' }).waitFor({ timeout: 20_000 });
    // That worker shuts down gracefully: the job goes back to the queue for the real one.
    expect(await requeue(schema.db, claimed!.lease)).toBe(true);
    await item.getByText('Queued for analysis').waitFor({ timeout: 15_000 });
  });

  it('queues an uploaded file, and a URL that the worker will refuse', async () => {
    await page.getByRole('tab', { name: 'Upload files' }).click();
    const upload = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/documents' && r.request().method() === 'POST');
    await page.locator('#file-input').setInputFiles({ name: 'fenland-upload.txt', mimeType: 'text/plain', buffer: Buffer.from(INTERVIEW.replace('4 June', '5 June').replace('87 percent', '86 percent')) });
    expect((await upload).status()).toBe(202);
    await page.locator('.job', { hasText: 'fenland-upload.txt' }).getByText('Queued for analysis').waitFor();

    await page.getByRole('tab', { name: 'From a URL' }).click();
    await page.locator('#add-url').fill('http://127.0.0.1:9/interview.html');
    await page.getByRole('button', { name: 'Fetch and add' }).click();
    await page.locator('.job', { hasText: '127.0.0.1:9' }).getByText('Queued for analysis').waitFor();
  });

  let docId = 0;

  it('a worker analyses the queue: the item links to the document, the list and the panel follow', async () => {
    const out = await drain(schema.url);
    expect(out.code, out.stderr).toBe(0);
    const job = await getJob(schema.db, jobId);
    expect(job?.status).toBe('done');
    docId = job!.result!.doc_id;

    const done = page.locator('li.job-done', { hasText: 'marwick-water.txt' });
    await done.waitFor({ timeout: 20_000 });
    expect(await done.textContent()).toMatch(/Added · \d+ words, \d+ claims? · Open/);
    expect(await done.getByRole('link', { name: 'Open' }).getAttribute('href')).toBe(`/doc/${docId}`);

    const failed = page.locator('li.job-error', { hasText: '127.0.0.1:9' });
    await failed.waitFor({ timeout: 20_000 });
    const reason = await failed.locator('[role="alert"]').textContent();
    expect(reason).toMatch(/^Analysis failed: .*(private|loopback|refus)/i);
    // The error is shown as text, exactly as the server reports it.
    const refused = (await getJson<{ items: JobOut[] }>(server, '/api/jobs?status=failed')).items;
    expect(refused).toHaveLength(1);
    expect(reason).toBe(`Analysis failed: ${refused[0]!.error}`);

    await page.locator('li.job-done', { hasText: 'fenland-upload.txt' }).waitFor({ timeout: 20_000 });
    await page.locator(`table.docs a.doc-link[href="/doc/${docId}"]`, { hasText: 'marwick-water.txt' }).waitFor();
    await page.locator('table.docs a.doc-link', { hasText: 'fenland-upload.txt' }).waitFor();
    expect(await page.locator('table.docs tbody tr').count()).toBe(2);
    const panel = page.locator('section.queue');
    await panel.locator('.queue-count', { hasText: '2 Done' }).waitFor({ timeout: 20_000 });
    await panel.locator('.queue-count', { hasText: '1 Failed' }).waitFor();
    await panel.locator('.queue-count', { hasText: '0 Queued' }).waitFor();
    await page.screenshot({ path: screenshotPath('library-queue'), fullPage: true });
  });

  it('the link opens the reading view', async () => {
    await page.locator('li.job-done', { hasText: 'marwick-water.txt' }).getByRole('link', { name: 'Open' }).click();
    await page.waitForURL(new RegExp(`/doc/${docId}$`));
    await page.locator('.transcript .turn').first().waitFor();
    expect(await page.locator('h1').textContent()).toBe('marwick-water.txt');
    expect(await page.locator('.turn-question').count()).toBe(2);
    expect(await page.locator('.turn-answer').count()).toBe(2);
    expect(await page.locator('.transcript').textContent()).toContain('The reservoirs are at 87 percent today');
  });

  it('stops following a job when the view is left', async () => {
    // Back in the Library (in the app: the queue mode it learnt is kept), one more addition.
    await page.locator('nav[aria-label="Main"]').getByRole('link', { name: 'Library' }).click();
    await page.locator('section.queue').waitFor();
    await page.getByRole('tab', { name: 'Paste text' }).click();
    await page.locator('#paste-text').fill(`${INTERVIEW}\n\n\u2013 One more question?\n\n\u2013 One more answer.`);
    await page.getByRole('button', { name: 'Analyse and add' }).click();
    await page.locator('.job-queued').getByText('Queued for analysis').waitFor();
    // Followed about every second while queued…
    const before = jobPolls.length;
    await expect.poll(() => jobPolls.length, { timeout: 10_000 }).toBeGreaterThan(before);
    await page.locator('nav[aria-label="Main"]').getByRole('link', { name: 'Claims' }).click();
    await page.getByRole('heading', { name: 'Claims', level: 1 }).waitFor();
    // …and no more once the Library is left.
    const left = Date.now();
    await page.waitForTimeout(3500);
    expect(jobPolls.filter((p) => p.at > left + 100)).toEqual([]);
  });

  it('logged no errors in the page', () => {
    expect(errors).toEqual([]);
  });
});
