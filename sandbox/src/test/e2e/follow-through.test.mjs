// Journey: follow-through (issue 16). An admin sets completion targets and reminder days on the settings page; a
// person turns their reminders off and on above the library; the scheduled jobs send the week's digests, which the
// sandbox's SMTP server received and the "Sent mail" page lists with their links.
import assert from 'node:assert/strict';
import { journey, loginAs, clickAndLoad } from './sandbox.mjs';

journey('an admin sets completion targets and reminder days, and a bad value is refused by its field', async ({ page }) => {
  await loginAs(page, 'admin');
  await page.goto('/plugins/servlet/debrief/admin');
  const section = page.locator('.debrief-followthrough');
  await section.locator('input[name="otherDays"]').waitFor();
  assert.equal(await section.locator('input[name="otherDays"]').inputValue(), '56');

  await section.locator('input[name="otherDays"]').fill('0');
  await section.locator('button[type="submit"]').click();
  await section.locator('.debrief-followthrough-errors li[data-field="otherDays"]').waitFor();

  await section.locator('input[name="otherDays"]').fill('42');
  await section.locator('input[name="reminderDaysBefore"]').fill('5');
  await section.locator('button[type="submit"]').click();
  await section.locator('.debrief-followthrough-saved').waitFor();

  await page.reload();
  await section.locator('input[name="otherDays"]').waitFor();
  assert.equal(await section.locator('input[name="reminderDaysBefore"]').inputValue(), '5');
  // put the default back for the journeys after this one
  await section.locator('input[name="otherDays"]').fill('56');
  await section.locator('input[name="reminderDaysBefore"]').fill('3');
  await section.locator('button[type="submit"]').click();
  await section.locator('.debrief-followthrough-saved').waitFor();
});

journey('a person turns their own reminders off and on above the library', async ({ page }) => {
  await loginAs(page, 'bob');
  await page.goto('/plugins/servlet/debrief/library');
  const box = page.locator('#debrief-reminders');
  await page.waitForFunction(() => document.querySelector('#debrief-reminders[data-reminders-off]'));
  assert.equal(await box.getAttribute('data-reminders-off'), 'false');

  await box.locator('button').click();
  await page.waitForFunction(() => document.querySelector('#debrief-reminders[data-reminders-off="true"]'));
  await page.reload();
  await page.waitForFunction(() => document.querySelector('#debrief-reminders[data-reminders-off="true"]'));

  await page.locator('#debrief-reminders button').click();
  await page.waitForFunction(() => document.querySelector('#debrief-reminders[data-reminders-off="false"]'));
});

journey('the scheduled jobs send the week\'s digests, listed with their links on "Sent mail"', async ({ page }) => {
  await loginAs(page, 'admin');
  await clickAndLoad(page, '#run-jobs');
  await page.goto('/mail');

  const rows = page.locator('tr.sandbox-mail-row');
  assert.ok((await rows.count()) > 0, 'no mail arrived');
  const digest = rows.filter({ hasText: '[Debrief] OPS: the week from' }).first();
  assert.match(await digest.textContent(), /admin@example\.com/);
  const link = await digest.locator('a').first().getAttribute('href');
  assert.match(link, /\/browse\/OPS-\d+$/);
  // the link leads to the issue at the sandbox's own address
  const response = await page.goto(link);
  assert.equal(response.status(), 200);
  assert.match(page.url(), /\/browse\/OPS-\d+$/);
});
