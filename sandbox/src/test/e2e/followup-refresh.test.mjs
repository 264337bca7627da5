// Journey (issue 13 item 16): what a change in the Debrief tab touches is shown at once, without a reload: an item
// made from a suggestion appears in the action items list with its age, and closing a checkpoint fills its outcomes
// and updates the items it changed. Date inputs are wide enough for a whole date.
import assert from 'node:assert/strict';
import { incidentBySummary, journey, loginAs, openIssue } from './sandbox.mjs';

// seeded incidents no other journey changes: an overdue debrief without items, a published one with checkpoint 1 open
const NO_ITEMS_YET = 'Reconciliation report missing one merchant';
const CHECKPOINT_OPEN = 'Webhook deliveries retried in a tight loop';

journey('an item made from a suggestion shows in the list at once, with its age in days', async ({ page }) => {
  const incident = await incidentBySummary(NO_ITEMS_YET);
  await loginAs(page, 'alice');
  await openIssue(page, incident.key, 'debrief');
  await page.waitForSelector('.debrief-debrief[data-debrief-ready="true"]');
  const list = page.locator(`.debrief-action-items[data-incident="${incident.key}"] .debrief-items-list`);
  await list.locator('.debrief-empty').waitFor();

  const question = await page.locator('.debrief-answer:has(.debrief-create-action)').first().getAttribute('data-question');
  const draft = page.locator(`.debrief-answer[data-question="${question}"] .debrief-draft`);
  await draft.locator('.debrief-create-action').click();
  await draft.locator('.debrief-draft-item a[data-key]').waitFor();
  const created = await draft.locator('.debrief-draft-item a[data-key]').getAttribute('data-key');

  const row = list.locator(`tr[data-key="${created}"]`);
  await row.waitFor();
  assert.equal(await list.locator('.debrief-empty').count(), 0, '"No action items yet" is gone');
  assert.equal(await list.locator('thead th').count(), 7, 'the new table has its column heads');
  assert.match(await row.locator('td').last().innerText(), /^\d+ days$/, 'the age names its number of days');

  // the create form's due date shows a whole date
  await page.locator('.debrief-item-create > summary').click();
  const due = page.locator('form.debrief-item-form [name="due"]');
  await due.fill('2026-12-24');
  const box = await due.boundingBox();
  assert.ok(box.width >= 120, `the due date input is ${box.width}px wide`);
});

journey('closing a checkpoint fills its outcomes and updates the items it changed, without a reload', async ({ page }) => {
  const incident = await incidentBySummary(CHECKPOINT_OPEN);
  await loginAs(page, 'alice');
  await openIssue(page, incident.key, 'debrief');
  const form = page.locator('form.debrief-outcome-form').first();
  await form.waitFor();
  const number = await form.getAttribute('data-number');
  const sets = await form.locator('fieldset.debrief-outcome').all();
  assert.ok(sets.length >= 2, 'the checkpoint has items to decide on');
  const replanned = await sets[0].getAttribute('data-item');
  await sets[0].locator('input[value="replanned"]').check({ force: true });
  const replanDate = sets[0].locator('[name="due"]');
  await replanDate.fill('2027-01-15');
  assert.ok((await replanDate.boundingBox()).width >= 120, 'the re-plan date shows a whole date');
  for (const set of sets.slice(1)) {
    await set.locator('input[value="done"]').check({ force: true });
  }
  const done = await Promise.all(sets.slice(1).map((set) => set.getAttribute('data-item')));

  await form.locator('button[type="submit"]').click();

  const history = page.locator(`.debrief-checkpoint-history tr[data-number="${number}"][data-state="closed"]`);
  await history.waitFor();
  await history.locator(`li[data-item="${replanned}"][data-outcome="replanned"]`).waitFor();
  assert.match(await history.locator(`li[data-item="${replanned}"]`).innerText(), /2027-01-15/);
  assert.equal(await history.locator('li[data-outcome="done"]').count(), done.length);

  const items = page.locator(`.debrief-action-items[data-incident="${incident.key}"] .debrief-items-list`);
  await items.locator(`tr[data-key="${replanned}"] time[datetime="2027-01-15"]`).waitFor();
  for (const key of done) {
    await items.locator(`tr[data-key="${key}"][data-status="done"]`).waitFor();
  }
});
