// Journeys: the monthly review of open debrief action items, and the library of published debriefs.
import assert from 'node:assert/strict';
import { journey, loginAs, clickAndLoad } from './sandbox.mjs';

async function openCount(page) {
  return Number(await page.locator('.debrief-review-totals dd').first().innerText());
}

journey('the monthly review lists open debrief items; closing one as irrelevant with a reason changes the totals', async ({ page }) => {
  await loginAs(page, 'alice');
  await clickAndLoad(page, '#sandbox-nav a[data-page="/debrief/review"]');
  await page.waitForSelector('.debrief-review-table tr[data-key]');
  const before = await openCount(page);
  assert.ok(before > 0, 'seeded open items are listed');

  const row = page.locator('.debrief-review-table tr[data-key]').first();
  const key = await row.getAttribute('data-key');
  await row.locator('button[data-decision="close"]').click();
  const form = page.locator(`tr[data-close-for="${key}"] form.debrief-review-close`);
  await form.locator('textarea[name="reason"]').fill('Replaced by the new queue monitoring');
  await form.locator('button[type="submit"]').click();

  await page.waitForFunction(([selector, count]) => Number(document.querySelector(selector).textContent) === count,
    ['.debrief-review-totals dd', before - 1]);
  assert.equal(await page.locator(`.debrief-review-table tr[data-key="${key}"]`).count(), 0);
});

journey('a JQL filter narrows the review to one project; JQL the sandbox\'s Jira cannot read is named, not guessed', async ({ page }) => {
  await loginAs(page, 'alice');
  await clickAndLoad(page, '#sandbox-nav a[data-page="/debrief/review"]');
  await page.waitForSelector('.debrief-review-table tr[data-key]');
  const all = await openCount(page);

  await page.fill('#review-jql', 'project = OPS');
  await clickAndLoad(page, '#review-filter button[type="submit"]');
  await page.waitForSelector('.debrief-review-table tr[data-key]');
  const keys = await page.locator('.debrief-review-table tr[data-key]').evaluateAll(rows => rows.map(r => r.dataset.key));
  assert.ok(keys.length > 0 && keys.every(k => k.startsWith('OPS-')), `only OPS items: ${keys}`);
  assert.ok(await openCount(page) < all, 'the totals follow the filter');

  await page.fill('#review-jql', 'status was Open');
  await clickAndLoad(page, '#review-filter button[type="submit"]');
  await page.waitForSelector('.debrief-review-list .debrief-review-error');
  assert.match(await page.textContent('.debrief-review-list'), /not valid JQL.*WAS/s);
});

journey('bob finds the published debriefs in the library and opens one', async ({ page }) => {
  await loginAs(page, 'bob');
  await clickAndLoad(page, '#sandbox-nav a[data-page="/plugins/servlet/debrief/library"]');
  const rows = page.locator('.debrief-library-results tbody tr');
  assert.ok(await rows.count() >= 10, 'the seeded published debriefs are listed');
  const link = rows.first().locator('a').first();
  const key = (await link.innerText()).trim();
  await clickAndLoad(page, `.debrief-library-results tbody tr:first-child a`);
  assert.match(page.url(), new RegExp(`key=${key}|/browse/${key}`));
  assert.match(await page.textContent('#content'), new RegExp(key));
});
