// Journeys: the review, trends and library screens as a person sees them at 1400x900 (issue 13, items 12, 18-20).
import assert from 'node:assert/strict';
import { journey, loginAs, clickAndLoad } from './sandbox.mjs';

async function openReview(page, user) {
  await loginAs(page, user);
  await clickAndLoad(page, '#sandbox-nav a[data-page="/debrief/review"]');
  await page.waitForSelector('.debrief-review-table tr[data-key]');
}

journey('bob, who may only browse, is offered no review decision at all', async ({ page }) => {
  await openReview(page, 'bob');
  assert.ok(await page.locator('.debrief-review-table tr[data-key]').count() > 0, 'bob sees the open items');
  assert.equal(await page.locator('button[data-decision]').count(), 0);
  assert.doesNotMatch(await page.textContent('.debrief-review-table thead'), /Decide/);
});

journey('the close form fits the page, says a missing reason once, and Escape cancels it', async ({ page }) => {
  await openReview(page, 'alice');
  const row = page.locator('.debrief-review-table tr[data-key]').first();
  const key = await row.getAttribute('data-key');
  await row.locator('button[data-decision="close"]').click();
  const form = page.locator(`tr[data-close-for="${key}"] form.debrief-review-close`);
  const submit = form.locator('button[type="submit"]');
  const cancel = form.getByRole('button', { name: 'Cancel' });
  for (const button of [submit, cancel]) {
    const box = await button.boundingBox();
    assert.ok(box && box.x >= 0 && box.x + box.width <= 1400, `${await button.innerText()} is on the page: ${JSON.stringify(box)}`);
  }
  const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(pageWidth <= 1400, `no sideways scrolling: ${pageWidth}`);

  await submit.click();
  await form.locator('[data-field="reason"]').waitFor();
  const text = await page.textContent('.debrief-review-list');
  assert.equal(text.split('Give a reason for closing this item as irrelevant.').length, 2, 'the error is said once');

  await form.locator('textarea').press('Escape');
  await form.waitFor({ state: 'detached' });
  assert.equal(await page.locator(`tr[data-key="${key}"]`).count(), 1, 'nothing was closed');
});

journey('review keys open their issues, the sort arrow tells the real order, decision and History stay apart', async ({ page }) => {
  await openReview(page, 'alice');
  assert.equal(await page.getAttribute('th[data-column="age"]', 'aria-sort'), 'descending');
  const ages = await page.locator('.debrief-review-table tr[data-key] td:nth-child(4)').allInnerTexts();
  assert.deepEqual(ages.map(Number), [...ages.map(Number)].sort((a, b) => b - a), 'oldest first: ages descend');

  const history = page.locator('.debrief-review-last').filter({ has: page.locator('[data-history]') }).first();
  assert.match(await history.textContent(), /\d{4}-\d\d-\d\d History$/);

  const row = page.locator('.debrief-review-table tr[data-key]').first();
  const key = await row.getAttribute('data-key');
  await clickAndLoad(page, `tr[data-key="${key}"] a[href$="/browse/${key}"]`);
  assert.match(page.url(), new RegExp(`/browse/${key}$`));
  assert.match(await page.textContent('#content'), new RegExp(key));
});

journey('the trends chart has a legend, a y axis from zero, and its last month label whole', async ({ page }) => {
  await openReview(page, 'alice');
  const chart = page.locator('.debrief-review-trends svg.debrief-review-chart[role="img"]');
  await chart.waitFor();
  const ticks = await chart.locator('text.y-tick').allTextContents();
  assert.equal(ticks[0], '0');
  assert.ok(ticks.length >= 3, `several y ticks: ${ticks}`);
  assert.deepEqual(await page.locator('.debrief-review-legend li').allInnerTexts(), [
    'Median time to detect', 'Target: time to detect', 'Median time to resolve', 'Target: time to resolve']);
  const svgBox = await chart.boundingBox();
  const last = await chart.locator('text.month').last().boundingBox();
  assert.ok(last.x + last.width <= svgBox.x + svgBox.width, 'the last month label is not clipped');
});

journey('carol asking for a PAY debrief is told it is not there; searching updates the address and Back undoes it', async ({ page }) => {
  await loginAs(page, 'carol');
  const response = await page.goto('/plugins/servlet/debrief/library?key=PAY-33');
  assert.equal(response.status(), 404);
  assert.match(await page.textContent('#debrief-library-not-found'), /not in the library/);
  assert.doesNotMatch(await page.textContent('#content'), /couldn.t save/);

  await page.goto('/plugins/servlet/debrief/library');
  await page.fill('#debrief-library-q', 'DNS');
  await page.waitForURL(/\?q=DNS$/);
  await page.waitForSelector('.debrief-library-results:not([aria-busy])');
  const found = await page.locator('.debrief-library-results tbody tr').count();
  assert.ok(found >= 1, 'the DNS debrief is found');
  await page.selectOption('#debrief-library-severity', 'sev1');
  await page.waitForURL(/\?q=DNS&severity=sev1$/);

  await page.goBack();
  await page.waitForURL(/\?q=DNS$/);
  assert.equal(await page.inputValue('#debrief-library-severity'), '');
  await page.waitForFunction(count => document.querySelectorAll('.debrief-library-results tbody tr').length === count, found);

  await page.reload();
  assert.equal(await page.inputValue('#debrief-library-q'), 'DNS', 'the address is shareable: it reopens the search');
});

journey('an opened debrief in the library lists its action items, linked to their issues', async ({ page }) => {
  await loginAs(page, 'bob');
  await page.goto('/plugins/servlet/debrief/library');
  const first = page.locator('.debrief-library-results tbody tr').first();
  const key = await first.getAttribute('data-key');
  await clickAndLoad(page, '.debrief-library-results tbody tr:first-child a');
  const items = page.locator('.debrief-library-debrief table.debrief-library-actions tbody tr');
  assert.ok(await items.count() > 0, `${key} lists its action items`);
  const itemKey = await items.first().getAttribute('data-key');
  assert.equal(await items.first().locator('a').getAttribute('href'), `/browse/${itemKey}`);
  assert.ok(await page.locator('.debrief-library-debrief .debrief-result').count() >= 2, 'answers use the result lozenges');
});
