/**
 * Hostile documents: text full of <script>, <img onerror>, javascript: links, template injections.
 * Whatever page shows them (library, reader with every highlight, inspector, search, claims,
 * reviews), nothing runs: the flag the payloads would set stays unset, no dialog opens, no element
 * from the payload exists, and the payload is on the screen as literal text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availability, FIXTURES, getJson, launch, screenshotPath, startServer, type Server } from './helpers.js';

const { run, reason } = availability();

/** Elements a payload would create; the app itself never renders any of these. */
const FOREIGN = 'img, iframe, object, embed, script:not([src^="/assets/"]), style, .transcript .para a, .transcript .para b, svg[onload], [onerror], [onload], [onmouseover], a[href^="javascript:"]';

describe.skipIf(!run)('hostile documents', () => {
  let server: Server;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const dialogs: string[] = [];
  const errors: string[] = [];
  let textId = 0;
  let htmlId = 0;

  beforeAll(async () => {
    if (reason) throw new Error(`e2e tests need Chromium in CI: ${reason}`);
    server = await startServer();
    browser = await launch();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.on('dialog', (d) => {
      dialogs.push(`${d.type()}: ${d.message()}`);
      void d.dismiss();
    });
    page.on('pageerror', (e) => errors.push(e.message));
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  const pwned = () => page.evaluate('typeof window.__pwned === "undefined" ? null : String(window.__pwned)');

  async function assertInert(where: string) {
    expect(await pwned(), `window.__pwned after ${where}`).toBeNull();
    expect(dialogs, `dialogs after ${where}`).toEqual([]);
    const foreign = await page.evaluate(`[...document.querySelectorAll(${JSON.stringify(FOREIGN)})].map((e) => e.outerHTML.slice(0, 120))`);
    expect(foreign, `elements from the payload after ${where}`).toEqual([]);
  }

  it('adds the hostile documents (pasted as plain text, uploaded as HTML)', async () => {
    await page.goto(server.url);
    await page.getByRole('tab', { name: 'Paste text' }).click();
    await page.locator('#paste-text').fill(readFileSync(join(FIXTURES, 'hostile.txt'), 'utf8'));
    await page.locator('#paste-name').fill("javascript:window.__pwned='uri'");
    await page.locator('#paste-format').selectOption('text');
    await page.getByRole('button', { name: 'Analyse and add' }).click();
    await page.locator('.job-done').first().waitFor({ timeout: 30_000 });
    await page.getByRole('tab', { name: 'Upload files' }).click();
    await page.locator('#file-input').setInputFiles(join(FIXTURES, 'hostile.html'));
    await page.locator('.job-done', { hasText: 'hostile.html' }).waitFor({ timeout: 30_000 });
    await page.locator('table.docs a.doc-link').nth(1).waitFor();
    const hrefs = await page.locator('table.docs a.doc-link').evaluateAll((as: { getAttribute(n: string): string | null }[]) => as.map((a) => a.getAttribute('href')));
    expect((hrefs as string[]).length).toBe(2);
    const ids = (hrefs as string[]).map((h) => Number(h.split('/').pop()));
    const uris = await Promise.all(ids.map((id) => getJson<{ uri: string; doc: { source: { format: string } } }>(server, `/api/documents/${id}`)));
    textId = ids[uris.findIndex((u) => u.doc.source.format === 'text')]!;
    htmlId = ids[uris.findIndex((u) => u.doc.source.format === 'html')]!;
    expect(textId).toBeGreaterThan(0);
    expect(htmlId).toBeGreaterThan(0);
    await assertInert('the library');
    // The payload in a title is shown as text.
    expect(await page.locator('table.docs').textContent()).toContain('<script>');
  });

  it('renders the plain-text payloads as literal text with every highlight on', async () => {
    const rec = await getJson<{ doc: { text: string } }>(server, `/api/documents/${textId}`);
    expect(rec.doc.text).toContain('<script>alert(1)</script>');
    await page.goto(`${server.url}/doc/${textId}`);
    await page.locator('.transcript .para').first().waitFor();
    for (const k of ['claim', 'quantity', 'entity', 'technique', 'narrative']) {
      const box = page.locator(`label.toggle-${k} input`);
      if (!(await box.isChecked())) await box.check();
    }
    const shown = (await page.locator('.transcript').textContent()) ?? '';
    expect(shown).toContain('<script>alert(1)</script>');
    expect(shown).toContain(`<img src=x onerror="window.__pwned='a1';alert(1)">`);
    expect(shown).toContain(`<a href="javascript:window.__pwned='link'">click here</a>`);
    expect(shown).toContain(`"><svg/onload=window.__pwned='svg'>`);
    expect(shown).toContain("{{constructor.constructor('window.__pwned=1')()}}");
    // Every paragraph on screen is a verbatim slice of the document's text.
    for (const p of await page.locator('.transcript .para').allTextContents()) expect(rec.doc.text).toContain(p);
    // The URI, given as a javascript: name, is shown but is not a link.
    expect(await page.locator('.doc-head .source').textContent()).toContain('javascript:');
    expect(await page.locator('.doc-head .source a').count()).toBe(0);

    // Hover and click every mark: handlers of the app only.
    const marks = page.locator('.transcript mark');
    const n = await marks.count();
    for (let i = 0; i < Math.min(n, 25); i++) {
      await marks.nth(i).hover();
      await marks.nth(i).click();
    }
    for (let i = 0; i < 5; i++) await page.keyboard.press('j');
    await page.screenshot({ path: screenshotPath('hostile-reader'), fullPage: false });
    await assertInert('the reader (text)');
  });

  it('renders the HTML document escaped, with its scripts gone', async () => {
    await page.goto(`${server.url}/doc/${htmlId}`);
    await page.locator('.transcript .para').first().waitFor();
    const shown = (await page.locator('.transcript').textContent()) ?? '';
    expect(shown).toContain('<script>alert(1)</script>');
    expect(shown).toContain(`<img src=x onerror="window.__pwned='html-img'">`);
    expect(shown).not.toContain('inline-body');
    // The title carried a payload too; it is a heading's text.
    expect(await page.locator('h1').textContent()).toContain(`<script>window.__pwned='html-title'</script>`);
    await page.locator('mark[data-k="claim"]').first().click();
    await page.locator('.inspector').waitFor();
    await assertInert('the reader (html)');
  });

  it('keeps a hostile review note and source inert', async () => {
    await page.goto(`${server.url}/doc/${textId}`);
    await page.locator('.claims-list .claim-item').first().click();
    const inspector = page.locator('.inspector');
    await inspector.locator('input[value="false"]').check();
    await inspector.locator('textarea[id$="-note"]').fill(`<img src=x onerror="window.__pwned='note'"> <script>window.__pwned='note2'</script>`);
    await inspector.locator('textarea[id$="-sources"]').fill("javascript:window.__pwned='source'");
    await inspector.getByRole('button', { name: 'Save verdict' }).click();
    await inspector.locator('.error', { hasText: 'http(s)' }).waitFor();
    await inspector.locator('textarea[id$="-sources"]').fill('https://example.org/source');
    await inspector.getByRole('button', { name: 'Save verdict' }).click();
    await inspector.locator('.history .verdict-false').waitFor();
    expect(await inspector.locator('.history .note').textContent()).toContain(`<img src=x onerror="window.__pwned='note'">`);
    await page.reload();
    await page.locator('.claims-list .claim-item').first().click();
    await page.locator('.inspector .history .note').waitFor();
    await assertInert('a review');

    // The API refuses a javascript: source outright, too.
    const rec = await getJson<{ claims: { key: string }[] }>(server, `/api/documents/${textId}`);
    const res = await fetch(`${server.url}/api/claims/${rec.claims[0]!.key}/reviews`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ verdict: 'false', sources: ['javascript:alert(1)'] }),
    });
    expect(res.status).toBe(400);
  });

  it('shows hostile text inert in search snippets, claims, speakers and the dashboard', async () => {
    await page.goto(`${server.url}/search?q=${encodeURIComponent('alert')}`);
    await page.locator('.hit').first().waitFor();
    expect((await page.locator('.hits').textContent()) ?? '').toMatch(/alert\(1\)/);
    await assertInert('search');
    await page.goto(`${server.url}/claims`);
    await page.locator('table.claims-table tbody tr').first().waitFor();
    await assertInert('claims');
    await page.goto(`${server.url}/speakers`);
    await page.locator('.count').waitFor();
    await assertInert('speakers');
    await page.goto(`${server.url}/dashboard`);
    await page.locator('figure.chart').first().waitFor();
    await assertInert('dashboard');
    // The audit log shows the hostile note and file names (before → after) as text.
    await page.goto(`${server.url}/audit`);
    await page.locator('table.audit-table tbody tr').first().waitFor();
    const audit = (await page.locator('table.audit-table').textContent()) ?? '';
    expect(audit).toContain(`<img src=x onerror="window.__pwned='note'">`);
    expect(audit).toContain("javascript:window.__pwned='uri'");
    await assertInert('the audit log');
    expect(errors).toEqual([]);
  });

  it('sends a Content-Security-Policy that forbids inline script', async () => {
    const res = await fetch(`${server.url}/doc/${textId}`);
    const csp = res.headers.get('content-security-policy') ?? (await res.text()).match(/Content-Security-Policy" content="([^"]+)"/)?.[1] ?? '';
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
  });
});
