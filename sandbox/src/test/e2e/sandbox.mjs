// Shared helpers for the sandbox's browser journeys: one browser per file, one fresh context per journey,
// a screenshot under target/e2e-screenshots when a journey fails.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const BASE_URL = process.env.BASE_URL ?? 'http://127.0.0.1:2990';
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const SCREENSHOTS = process.env.E2E_SCREENSHOTS ?? join(import.meta.dirname, '../../../target/e2e-screenshots');

let browserPromise;

function browser() {
  browserPromise ??= chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    // no --user-data-dir: playwright refuses it with launch() and gives every launch a fresh temporary profile
  });
  return browserPromise;
}

after(async () => {
  if (browserPromise) await (await browserPromise).close();
});

/** A browser journey: `fn({ page })` runs in a fresh context; a failure leaves a screenshot named after the journey. */
export function journey(name, fn) {
  test(name, async () => {
    const context = await (await browser()).newContext({ baseURL: BASE_URL, viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    try {
      await fn({ page });
    } catch (error) {
      mkdirSync(SCREENSHOTS, { recursive: true });
      const file = join(SCREENSHOTS, name.replace(/[^a-z0-9]+/gi, '-').toLowerCase() + '.png');
      await page.screenshot({ path: file, fullPage: true }).catch(() => {});
      error.message += `\n(screenshot: ${file}, page: ${page.url()})`;
      throw error;
    } finally {
      await context.close();
    }
  });
}

/** Logs in with the sandbox's login switcher (user name, or '' for anonymous) and waits for the page to reload. */
export async function loginAs(page, user) {
  if (!page.url().startsWith(BASE_URL)) await page.goto('/');
  if ((await page.getAttribute('#current-user', 'data-user')) !== user) {
    await Promise.all([page.waitForEvent('load'), page.selectOption('#login-user', user)]);
  }
  assert.equal(await page.getAttribute('#current-user', 'data-user'), user, `login switcher did not log in as '${user}'`);
}

/** Opens an issue page, optionally on one tab. */
export async function openIssue(page, key, tab) {
  await page.goto(`/browse/${key}` + (tab ? `?tab=${tab}` : ''));
}

/** Keys of the issues in the issue list, top to bottom. */
export async function listedKeys(page) {
  return page.locator('#issue-table tr.issue-row').evaluateAll(rows => rows.map(r => r.dataset.key));
}

/** Calls the sandbox over HTTP as a user (HTTP Basic, password = name); resolves with status and parsed JSON. */
export async function rest(user, method, path, body) {
  const headers = { Accept: 'application/json', Authorization: 'Basic ' + Buffer.from(`${user}:${user}`).toString('base64') };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(BASE_URL + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  let json = null;
  try { json = text ? JSON.parse(text) : null; } catch { json = null; }
  return { status: response.status, json };
}

/** A seeded incident found by its summary (for journeys about the seed rather than the process). */
export async function incidentBySummary(summary) {
  const { status, json } = await rest('admin', 'GET', '/rest/sandbox/1.0/issues?type=Incident');
  assert.equal(status, 200);
  const found = json.find(issue => issue.summary === summary);
  assert.ok(found, `no seeded incident "${summary}": the journeys need a freshly seeded sandbox`);
  return found;
}

/** Confirms every confirm() dialog of the page (Hold, Publish), as a person clicking OK. */
export function acceptDialogs(page) {
  page.on('dialog', dialog => dialog.accept());
}

/** Clicks something that submits a form and waits for the next page to load. */
export async function clickAndLoad(page, selector) {
  await Promise.all([page.waitForEvent('load'), page.click(selector)]);
}
