// Journey: the sandbox clock moves forward so checkpoints and reviews can be seen happening.
import assert from 'node:assert/strict';
import { journey, loginAs } from './sandbox.mjs';

const DAY = 24 * 60 * 60 * 1000;

journey('"+1 day" and "+14 days" move the shown sandbox time forward', async ({ page }) => {
  await loginAs(page, 'alice');
  const before = Date.parse(await page.getAttribute('#sandbox-clock', 'data-now'));

  await Promise.all([page.waitForEvent('load'), page.click('#clock-plus-1')]);
  const afterOne = Date.parse(await page.getAttribute('#sandbox-clock', 'data-now'));
  assert.ok(afterOne - before >= DAY && afterOne - before < DAY + 60_000, `moved ${(afterOne - before) / DAY} days`);
  assert.match(await page.textContent('#sandbox-flash'), /1 day/);

  await Promise.all([page.waitForEvent('load'), page.click('#clock-plus-14')]);
  const afterFifteen = Date.parse(await page.getAttribute('#sandbox-clock', 'data-now'));
  assert.ok(afterFifteen - before >= 15 * DAY, `moved ${(afterFifteen - before) / DAY} days`);
  assert.equal(await page.getAttribute('#current-user', 'data-user'), 'alice', 'still logged in');
});

journey('"Run scheduled jobs now" runs the modules\' jobs and says so', async ({ page }) => {
  await loginAs(page, 'admin');
  await Promise.all([page.waitForEvent('load'), page.click('#run-jobs')]);
  assert.match(await page.textContent('#sandbox-flash'), /Ran \d+ scheduled job\(s\)\./);
});
