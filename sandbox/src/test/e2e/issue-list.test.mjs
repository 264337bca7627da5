// Journey: someone opens the sandbox, logs in and finds the seeded incidents.
import assert from 'node:assert/strict';
import { journey, loginAs, listedKeys, openIssue } from './sandbox.mjs';

journey('the issue list shows the seeded incidents of every project to the administrator', async ({ page }) => {
  await page.goto('/');
  assert.equal(await page.locator('#anonymous-hint').count(), 1, 'anonymous visitors are told to pick a user');
  assert.deepEqual(await listedKeys(page), []);

  await loginAs(page, 'admin');

  const keys = await listedKeys(page);
  assert.ok(keys.length >= 30, `expected the ~30 seeded incidents, got ${keys.length}`);
  for (const project of ['OPS', 'PAY', 'WEB']) {
    assert.ok(keys.some(k => k.startsWith(project + '-')), `no ${project} issue listed`);
  }
});

journey('filtering by project and type narrows the list', async ({ page }) => {
  await loginAs(page, 'alice');
  await page.selectOption('#filter-project', 'WEB');
  await page.selectOption('#filter-type', 'Incident');
  await Promise.all([page.waitForURL(/project=WEB/), page.click('#issue-filter button')]);

  const keys = await listedKeys(page);
  assert.ok(keys.length > 0);
  assert.ok(keys.every(k => k.startsWith('WEB-')), keys.join(','));
  const types = await page.locator('#issue-table tr.issue-row td:nth-child(2)').allTextContents();
  assert.ok(types.every(t => t === 'Incident'), types.join(','));
});

journey('an issue page shows the issue and its tab strip', async ({ page }) => {
  await loginAs(page, 'alice');
  await page.click('#issue-table tr.issue-row a.issue-link >> nth=0');

  await page.waitForURL(/\/browse\/[A-Z]+-\d+$/);
  assert.match(await page.textContent('#issue-key'), /^[A-Z]+-\d+$/);
  assert.ok((await page.textContent('#issue-summary')).length > 5);
  assert.equal(await page.getAttribute('#issue-tabs li.active-tab a', 'data-tab'), 'details');
  assert.match(await page.textContent('#issue-created'), /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);

  await openIssue(page, 'OPS-1', 'no-such-tab');
  assert.equal(await page.textContent('#issue-key'), 'OPS-1');
});
