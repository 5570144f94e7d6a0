/**
 * The web app against `parley serve --auth`: the login screen, a wrong password, what each role
 * sees (reader: no add panel, no review form, no remove; reviewer: reviews under their own name;
 * admin: the audit log), the CSRF token on writes, a 403 shown as such, an ended session back to
 * the login screen, logging out, and the rate limit on logins. Screenshots of the login screen and
 * the audit log for a human to look at.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addFile, addUser, availability, cli, FIXTURES, getJson, launch, screenshotPath, startServer, type Server } from './helpers.js';

const { run, reason } = availability();

const PASSWORDS = {
  ada: 'ada has a long admin password',
  bea: 'bea reviews claims all day long',
  cyd: 'cyd only reads the interviews',
} as const;

interface Rec {
  id: number;
  claims: { key: string; review: { verdict: string; reviewer: string } | null; history: { verdict: string; reviewer: string }[] }[];
}
interface AuditItem {
  id: number;
  actor: string;
  action: string;
  target: string | null;
  before: unknown;
  after: unknown;
}

describe.skipIf(!run)('web app with accounts', () => {
  let server: Server;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let token = '';
  let docId = 0;
  let reviewedKey = '';
  const pageErrors: string[] = [];
  const writes: { method: string; path: string; csrf: string | undefined }[] = [];

  beforeAll(async () => {
    if (reason) throw new Error(`e2e tests need Chromium in CI: ${reason}`);
    server = await startServer(['--auth'], (data) => {
      addUser(data, 'ada', 'admin', PASSWORDS.ada);
      addUser(data, 'bea', 'reviewer', PASSWORDS.bea);
      addUser(data, 'cyd', 'reader', PASSWORDS.cyd);
      token = cli(['token', 'create', 'ada', '--name', 'e2e'], { data }).trim();
    });
    expect(token).toMatch(/^prl_/);
    docId = (await addFile(server, join(FIXTURES, 'interview.txt'), token)).id;
    browser = await launch();
    context = await browser.newContext({ viewport: { width: 1280, height: 860 }, acceptDownloads: true, bypassCSP: true });
    page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('request', (r) => {
      if (r.method() !== 'GET' && new URL(r.url()).pathname.startsWith('/api/')) {
        writes.push({ method: r.method(), path: new URL(r.url()).pathname, csrf: r.headers()['x-csrf-token'] });
      }
    });
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  const loginScreen = () => page.getByRole('heading', { name: 'Log in', level: 1 });

  async function logIn(name: keyof typeof PASSWORDS) {
    await loginScreen().waitFor();
    await page.getByLabel('Name').fill(name);
    await page.getByLabel('Password').fill(PASSWORDS[name]);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.locator('.account-name', { hasText: name }).waitFor();
  }

  async function logOut() {
    await page.getByRole('button', { name: 'Log out' }).click();
    await loginScreen().waitFor();
  }

  it('shows an accessible login screen and nothing else', async () => {
    const res = await fetch(`${server.url}/api/documents`);
    expect(res.status).toBe(401);
    await page.goto(server.url);
    await loginScreen().waitFor();
    const name = page.getByLabel('Name');
    const password = page.getByLabel('Password');
    expect(await name.getAttribute('autocomplete')).toBe('username');
    expect(await password.getAttribute('type')).toBe('password');
    expect(await password.getAttribute('autocomplete')).toBe('current-password');
    // The name field has the focus; no navigation or account until logged in.
    expect(await page.evaluate('document.activeElement && document.activeElement.id')).toBe('login-name');
    expect(await page.locator('nav[aria-label="Main"]').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Log out' }).count()).toBe(0);
    expect(await page.title()).toBe('Log in · parley');
    await page.screenshot({ path: screenshotPath('login'), fullPage: false });
  });

  it('says so when the password is wrong', async () => {
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('alert').filter({ hasText: 'Enter your account name.' }).waitFor();
    await page.getByLabel('Name').fill('ada');
    await page.getByLabel('Password').fill('not the password at all');
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('alert').filter({ hasText: 'Wrong name or password.' }).waitFor();
    const password = page.getByLabel('Password');
    expect(await password.inputValue()).toBe('');
    expect(await password.getAttribute('aria-invalid')).toBe('true');
    expect(await password.getAttribute('aria-describedby')).toBe('login-error');
    await loginScreen().waitFor();
    await page.screenshot({ path: screenshotPath('login-error'), fullPage: false });
  });

  it('lets a reader read, but not add, review or remove', async () => {
    await logIn('cyd');
    // The library comes back in place of the login screen, with the document.
    await page.getByRole('heading', { name: 'Library', level: 1 }).waitFor();
    await page.locator('table.docs tbody tr').first().waitFor();
    expect(await page.locator('.account-role').textContent()).toContain('Reader');
    expect(await page.getByRole('heading', { name: 'Add an interview' }).count()).toBe(0);
    expect(await page.locator('nav[aria-label="Main"] a', { hasText: 'Audit log' }).count()).toBe(0);

    await page.locator('table.docs a.doc-link').first().click();
    await page.locator('.claims-list .claim-item').first().click();
    await page.locator('.inspector .detail-claim').waitFor();
    await page.locator('.inspector .role-note', { hasText: 'reviewer role' }).waitFor();
    expect(await page.locator('.inspector .review-form').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Save verdict' }).count()).toBe(0);
    await page.keyboard.press('Escape');
    expect(await page.getByRole('button', { name: 'Remove' }).count()).toBe(0);

    await page.locator('nav[aria-label="Main"] a', { hasText: 'Claims' }).click();
    await page.locator('table.claims-table tbody tr').first().waitFor();
    expect(await page.locator('table.claims-table').getByRole('button', { name: 'Review' }).count()).toBe(0);
    await page.locator('table.claims-table').getByRole('button', { name: 'History' }).first().click();
    await page.locator('.review-row').getByText('No reviews yet.').waitFor();
    expect(await page.locator('.review-row .review-form').count()).toBe(0);

    // The audit log is not for readers, even by its address.
    await page.goto(`${server.url}/audit`);
    await page.getByRole('heading', { name: 'Audit log', level: 1 }).waitFor();
    await page.getByRole('alert').filter({ hasText: 'needs the admin role' }).waitFor();
    await logOut();
  });

  it('lets a reviewer review under their own name, with the CSRF token', async () => {
    await logIn('bea');
    expect(await page.locator('.account-role').textContent()).toContain('Reviewer');
    // The reader logged out on the audit page; the login brings the reviewer back there.
    await page.getByRole('alert').filter({ hasText: 'needs the admin role' }).waitFor();
    await page.locator('a.brand').click();
    await page.getByRole('heading', { name: 'Add an interview' }).waitFor();

    await page.goto(`${server.url}/doc/${docId}`);
    await page.locator('.claims-list .claim-item').first().click();
    const inspector = page.locator('.inspector');
    await inspector.locator('.review-form').waitFor();
    // No reviewer field: the server records who is logged in.
    expect(await inspector.getByLabel('Reviewer').count()).toBe(0);
    await inspector.locator('input[value="misleading"]').check();
    await inspector.locator('textarea[id$="-note"]').fill('The 2023 figure included a one-off sale.');
    await inspector.getByRole('button', { name: 'Save verdict' }).click();
    await inspector.locator('.saved', { hasText: 'Saved' }).waitFor();
    await inspector.locator('.history .verdict-misleading').waitFor();
    expect(await inspector.locator('.history li.current .history-head').textContent()).toContain('bea');

    // A second verdict, so that the audit log has a before and an after.
    await inspector.locator('input[value="false"]').check();
    await inspector.getByRole('button', { name: 'Save verdict' }).click();
    await inspector.locator('.history li.current .verdict-false').waitFor();
    expect(await inspector.locator('.history > ol > li').count()).toBe(2);
    expect(await page.getByRole('button', { name: 'Remove' }).count()).toBe(0);

    const rec = await getJson<Rec>(server, `/api/documents/${docId}`, token);
    const reviewed = rec.claims.find((c) => c.review)!;
    reviewedKey = reviewed.key;
    expect(reviewed.review).toMatchObject({ verdict: 'false', reviewer: 'bea' });
    expect(reviewed.history.map((h) => h.reviewer)).toEqual(['bea', 'bea']);
    const reviews = writes.filter((w) => w.path.endsWith('/reviews'));
    expect(reviews.length).toBe(2);
    for (const w of reviews) expect(w.csrf).toMatch(/^[A-Za-z0-9_-]{20,}$/);
  });

  it('shows a 403 from the server as a clear message', async () => {
    // The page thinks the reviewer may review; the server (faked here) says no.
    await page.route('**/api/claims/*/reviews', (route) =>
      route.fulfill({
        status: 403,
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'forbidden', message: 'this needs the reviewer role; you are a reader' } }),
      }),
    );
    try {
      const inspector = page.locator('.inspector');
      await inspector.locator('input[value="true"]').check();
      await inspector.getByRole('button', { name: 'Save verdict' }).click();
      await inspector.getByRole('alert').filter({ hasText: 'Not allowed: this needs the reviewer role' }).waitFor();
    } finally {
      await page.unroute('**/api/claims/*/reviews');
    }
    await logOut();
  });

  it('shows an admin the audit log with the review, before and after', async () => {
    await logIn('ada');
    expect(await page.locator('.account-role').textContent()).toContain('Admin');
    await page.locator('nav[aria-label="Main"] a', { hasText: 'Audit log' }).click();
    await page.getByRole('heading', { name: 'Audit log', level: 1 }).waitFor();
    const rows = page.locator('table.audit-table tbody tr');
    await rows.first().waitFor();

    // Newest first: the second review, by bea, from misleading to false.
    const api = await getJson<{ items: AuditItem[]; total: number }>(server, '/api/audit?limit=100', token);
    expect((await rows.first().textContent())!.length).toBeGreaterThan(0);
    expect(await rows.count()).toBe(api.items.length);
    const ids = api.items.map((e) => e.id);
    expect([...ids].sort((a, b) => b - a)).toEqual(ids);
    const review = rows.filter({ hasText: 'review.add' }).first();
    expect(await review.locator('td[data-label="Actor"]').textContent()).toBe('bea');
    expect(await review.locator('td[data-label="Target"]').textContent()).toBe(`claim:${reviewedKey}`);
    const verdict = review.locator('.change .changed', { hasText: 'verdict' });
    expect(await verdict.locator('.before').textContent()).toBe('misleading');
    expect(await verdict.locator('.after').textContent()).toBe('false');
    expect(await review.locator('.change').textContent()).toContain('one-off sale');
    expect(await page.locator('table.audit-table tbody td', { hasText: 'session.login' }).count()).toBeGreaterThanOrEqual(3);

    // Filter by action.
    await page.locator('#a-action').selectOption('review.add');
    await page.waitForURL(/action=review\.add/);
    await page.waitForFunction('[...document.querySelectorAll("table.audit-table tbody td[data-label=Action]")].map((e) => e.textContent).join() === "review.add,review.add"');
    await page.getByText('2 entries').waitFor();
    await page.screenshot({ path: screenshotPath('audit'), fullPage: true });

    // The JSONL download: one entry per line.
    const link = page.getByRole('link', { name: /Download JSONL/ });
    expect(await link.getAttribute('href')).toBe('/api/audit?format=jsonl&limit=500&action=review.add');
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const lines = readFileSync((await download.path())!, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as AuditItem);
    expect(lines.map((l) => l.action)).toEqual(['review.add', 'review.add']);
    expect(lines[0]!.before).toMatchObject({ verdict: 'misleading', reviewer: 'bea' });
    expect(lines[0]!.after).toMatchObject({ verdict: 'false', reviewer: 'bea' });

    await page.locator('#a-action').selectOption('');
    await page.waitForFunction('!location.search.includes("action=")');
    await page.locator('table.audit-table tbody tr').nth(4).waitFor();
    await page.screenshot({ path: screenshotPath('audit-all'), fullPage: true });

    // Admins may remove documents.
    await page.goto(`${server.url}/doc/${docId}`);
    await page.getByRole('button', { name: 'Remove' }).waitFor({ state: 'attached' });
  });

  it('logs out to the login screen, and the session is gone', async () => {
    await page.goto(`${server.url}/audit`);
    await page.locator('table.audit-table tbody tr').first().waitFor();
    await logOut();
    expect(await page.locator('table.audit-table').count()).toBe(0);
    await page.getByText('You are logged out.').waitFor();
    const logout = writes.find((w) => w.path === '/api/logout');
    expect(logout?.csrf).toBeTruthy();
    // A reload does not bring the session back.
    await page.reload();
    await loginScreen().waitFor();
    expect(await page.evaluate('fetch("/api/me").then((r) => r.status)')).toBe(401);
  });

  it('goes back to the login screen when the session ends, and then to the same page', async () => {
    await logIn('ada');
    await page.goto(`${server.url}/claims`);
    await page.locator('table.claims-table tbody tr').first().waitFor();
    await context.clearCookies();
    await page.locator('nav[aria-label="Main"] a', { hasText: 'Speakers' }).click();
    await loginScreen().waitFor();
    await page.getByText('Your session has ended').waitFor();
    await logIn('ada');
    await page.getByRole('heading', { name: 'Speakers', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/speakers');
    await logOut();
  });

  it('reads well at phone width', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, bypassCSP: true });
    const p = await phone.newPage();
    try {
      await p.goto(server.url);
      await p.getByRole('heading', { name: 'Log in', level: 1 }).waitFor();
      expect(await p.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth')).toBeLessThanOrEqual(0);
      await p.screenshot({ path: screenshotPath('login-phone'), fullPage: false });
      await p.getByLabel('Name').fill('bea');
      await p.getByLabel('Password').fill(PASSWORDS.bea);
      await p.getByRole('button', { name: 'Log in' }).click();
      await p.locator('table.docs tbody tr').first().waitFor();
      await p.getByRole('button', { name: 'Log out' }).waitFor();
      expect(await p.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth')).toBeLessThanOrEqual(0);
      await p.screenshot({ path: screenshotPath('library-phone-account'), fullPage: false });
    } finally {
      await phone.close();
    }
  });

  // Last: after this, logins from this address are refused for 15 minutes.
  it('says when logins are paused after too many attempts', async () => {
    await page.goto(server.url);
    await loginScreen().waitFor();
    const alert = page.locator('#login-error');
    let limited = false;
    for (let i = 0; i < 12 && !limited; i++) {
      await page.getByLabel('Name').fill('mallory');
      await page.getByLabel('Password').fill(`guess number ${i} of many`);
      const [res] = await Promise.all([
        page.waitForResponse((r) => new URL(r.url()).pathname === '/api/login'),
        page.getByRole('button', { name: 'Log in' }).click(),
      ]);
      limited = res.status() === 429;
      if (!limited) expect(res.status()).toBe(401);
    }
    expect(limited).toBe(true);
    await alert.filter({ hasText: 'Too many login attempts' }).waitFor();
    expect(await alert.textContent()).toMatch(/try again in \d+ minutes/);
    expect(await page.getByRole('button', { name: 'Log in' }).isDisabled()).toBe(true);
    await page.screenshot({ path: screenshotPath('login-rate-limited'), fullPage: false });
  });

  it('threw no errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
