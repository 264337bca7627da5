// Journeys: the whole debrief process on one incident, in order, as the people involved walk it in the browser.
// Needs a freshly seeded sandbox (BrowserJourneysTest starts one): the walk incident starts resolved and untouched.
import assert from 'node:assert/strict';
import { journey, loginAs, openIssue, rest, incidentBySummary, acceptDialogs, clickAndLoad } from './sandbox.mjs';

const WALK = 'Refund confirmations delayed behind a queue backlog';
const MIN = 60_000;

/** datetime-local text of an instant in UTC, the zone the tabs show (minute precision). */
function utcMinute(ms) {
  return new Date(ms).toISOString().slice(0, 16);
}

async function addEntry(page, kind, at, text) {
  const form = page.locator('form.debrief-entry-form[data-mode="add"]');
  await form.locator('select[name="kind"]').selectOption(kind);
  await form.locator('input[name="at"]').fill(utcMinute(at));
  await form.locator('textarea[name="text"]').fill(text);
  await form.locator('button[type="submit"]').click();
  await page.locator('.debrief-entry', { hasText: text }).waitFor();
}

journey('alice records the real start, detection and resolution and sees time to detect and resolve against the targets', async ({ page }) => {
  const walk = await incidentBySummary(WALK);
  const opened = Date.parse(walk.created);
  const resolved = Date.parse(walk.resolved);
  await loginAs(page, 'alice');
  await openIssue(page, walk.key, 'timeline');
  await page.waitForSelector('.debrief-timeline form.debrief-entry-form[data-mode="add"]');

  // the queue stalled 3 minutes before anyone opened the incident: the real start comes first
  await addEntry(page, 'started', opened - 3 * MIN, 'Refund queue consumers stop acknowledging messages');
  await addEntry(page, 'detected', opened + MIN, 'Queue depth alert pages the on-call engineer');
  await addEntry(page, 'resolved', resolved, 'Backlog drained; confirmations flow again');

  await openIssue(page, walk.key, 'timeline');
  const kinds = await page.locator('.debrief-entry').evaluateAll(rows => rows.map(r => r.dataset.kind));
  assert.deepEqual(kinds.filter(k => ['started', 'detected', 'resolved'].includes(k)), ['started', 'detected', 'resolved']);
  // detected 4 minutes after the start (target 5): met; resolved 73 minutes after it (target 60): missed
  assert.equal(await page.getAttribute('.debrief-measure[data-measure="time-to-detect"]', 'data-met'), 'yes');
  assert.equal(await page.getAttribute('.debrief-measure[data-measure="time-to-resolve"]', 'data-met'), 'no');
});

journey('alice answers the debrief, turns a "no" into a labelled action item, holds and publishes it', async ({ page }) => {
  const walk = await incidentBySummary(WALK);
  acceptDialogs(page);
  await loginAs(page, 'alice');
  await openIssue(page, walk.key, 'debrief');
  await page.waitForSelector('.debrief-debrief[data-debrief-ready="true"]');

  const form = page.locator('form.debrief-debrief-form');
  await form.locator('[name="impact.affected"]').fill('Customers waiting for refund confirmations');
  await form.locator('[name="impact.count"]').fill('1840');
  await form.locator('[name="impact.duration"]').fill('About 75 minutes');
  await form.locator('[name="analysis"]').fill('The refund consumers shared a connection pool with the batch export. '
      + 'When the export grew, the pool ran dry and the queue backed up; no alert watched the queue age.');
  await form.locator('label[for="debrief-auto-no"]').click();
  await form.locator('button[type="submit"]').click();
  await page.locator('.debrief-debrief-messages', { hasText: /saved/i }).waitFor();

  // the answers come from the timeline against the targets; every "no" carries a drafted action item
  await openIssue(page, walk.key, 'debrief');
  await page.waitForSelector('.debrief-debrief[data-debrief-ready="true"]');
  assert.equal(await page.getAttribute('.debrief-answer[data-question="identified-within-target"]', 'data-answer'), 'yes');
  assert.equal(await page.getAttribute('.debrief-answer[data-question="fixed-within-target"]', 'data-answer'), 'no');
  assert.equal(await page.getAttribute('.debrief-answer[data-question="auto-resolved"]', 'data-answer'), 'no');
  assert.equal(await page.locator('.debrief-answer[data-answer="no"] .debrief-create-action').count(), 2);

  const draft = page.locator('.debrief-answer[data-question="fixed-within-target"] .debrief-draft');
  await draft.locator('.debrief-create-action').click();
  await draft.locator('.debrief-draft-result .aui-message').waitFor();
  const created = (await draft.locator('.debrief-draft-result').innerText()).match(/[A-Z]+-\d+/)?.[0];
  assert.ok(created, 'the created action item names its key');
  // the suggestion now shows its item where the button was; a second creation (another tab) is refused
  await draft.locator(`.debrief-draft-item a[data-key="${created}"]`).waitFor();
  assert.equal(await draft.locator('.debrief-create-action').count(), 0);
  const again = await rest('alice', 'POST', `/rest/debrief/1.0/incidents/${walk.key}/action-items`,
    { summary: 'the same suggestion again', category: 'fix', suggestion: 'fixed-within-target' });
  assert.equal(again.status, 409);

  const item = await rest('alice', 'GET', `/rest/sandbox/1.0/issues/${created}`);
  assert.equal(item.status, 200);
  // labelled debrief, and its category beside it (the drafted "no" was about fixing faster)
  assert.deepEqual([...item.json.labels].sort(), ['debrief', 'debrief-fix']);
  await openIssue(page, walk.key);
  assert.match(await page.textContent('#issue-links'), new RegExp(`Debrief action item ${created}`));
  await openIssue(page, walk.key, 'debrief');
  assert.equal(await page.locator(`.debrief-action-items .debrief-items-list [data-key="${created}"], `
      + `.debrief-action-items .debrief-items-list a[href$="/browse/${created}"]`).count() > 0, true,
    'the new item is listed under the debrief');

  await openIssue(page, walk.key, 'debrief');
  await page.waitForSelector('.debrief-debrief[data-debrief-ready="true"]');
  const reloaded = page.locator('.debrief-answer[data-question="fixed-within-target"] .debrief-draft');
  assert.equal(await reloaded.locator(`.debrief-draft-item a[data-key="${created}"]`).count(), 1,
    'after a reload the suggestion still shows the item it became');
  assert.equal(await reloaded.locator('.debrief-create-action').count(), 0);
  await page.click('.debrief-hold');
  await page.waitForSelector('.debrief-phase[data-phase="held"]');
  await page.click('.debrief-publish');
  await page.waitForSelector('.debrief-phase[data-phase="published"]');
  await openIssue(page, walk.key, 'debrief');
  assert.equal(await page.locator('.debrief-published-banner').count(), 1);

  // a published debrief is a record: it says which targets it was judged against, and changing the project's
  // targets afterwards (3 min / 90 min would flip both timed answers) changes none of its answers
  assert.match(await page.textContent('.debrief-judged-against'), /5 min.*1 h/);
  const project = walk.key.split('-')[0];
  const before = await rest('admin', 'GET', '/rest/debrief/1.0/settings');
  assert.equal(before.status, 200);
  const others = before.json.projects.filter(row => row.projectKey !== project);
  const changed = await rest('admin', 'PUT', '/rest/debrief/1.0/settings', { ...before.json, projects: [...others,
    { projectKey: project, enabled: true, detectMinutes: 3, resolveMinutes: 90, checkpointIntervalDays: 14 }] });
  assert.equal(changed.status, 200, JSON.stringify(changed.json));
  try {
    await openIssue(page, walk.key, 'debrief');
    await page.waitForSelector('.debrief-debrief[data-debrief-ready="true"]');
    assert.equal(await page.getAttribute('.debrief-answer[data-question="identified-within-target"]', 'data-answer'), 'yes');
    assert.equal(await page.getAttribute('.debrief-answer[data-question="fixed-within-target"]', 'data-answer'), 'no');
    assert.match(await page.textContent('.debrief-judged-against'), /5 min.*1 h/);
    const library = await rest('bob', 'GET', `/rest/debrief/1.0/library/${walk.key}`);
    assert.equal(library.status, 200);
    const measures = JSON.stringify(library.json);
    assert.match(measures, /"targetSeconds":3600\b/);
    assert.doesNotMatch(measures, /"targetSeconds":(180|5400)\b/);
  } finally {
    const restored = await rest('admin', 'PUT', '/rest/debrief/1.0/settings', before.json);
    assert.equal(restored.status, 200, JSON.stringify(restored.json));
  }
});

journey('bob reads the published debrief but may not change it; carol cannot open a PAY incident', async ({ page }) => {
  const walk = await incidentBySummary(WALK);
  await loginAs(page, 'bob');
  await openIssue(page, walk.key, 'debrief');
  assert.equal(await page.locator('.debrief-published-banner').count(), 1);
  assert.match(await page.textContent('.debrief-analysis'), /connection pool/);
  for (const control of ['form.debrief-debrief-form', '.debrief-hold', '.debrief-publish', '.debrief-create-action']) {
    assert.equal(await page.locator(control).count(), 0, `bob sees no ${control}`);
  }
  await openIssue(page, walk.key, 'timeline');
  assert.ok(await page.locator('.debrief-entry').count() >= 3, 'bob sees the timeline');
  assert.equal(await page.locator('form.debrief-entry-form').count(), 0, 'bob sees no timeline form');

  const write = await rest('bob', 'PUT', `/rest/debrief/1.0/incidents/${walk.key}/debrief`,
    { impact: { affected: 'x' }, analysis: 'changed by bob', autoResolved: 'yes', version: 99 });
  assert.equal(write.status, 403);
  const entry = await rest('bob', 'POST', `/rest/debrief/1.0/incidents/${walk.key}/timeline`,
    { kind: 'note', at: new Date().toISOString(), text: 'bob was here' });
  assert.equal(entry.status, 403);

  await loginAs(page, 'carol');
  const response = await page.goto(`/browse/${walk.key}?tab=debrief`);
  assert.equal(response.status(), 404);
  assert.equal(await page.locator('.debrief-debrief').count(), 0);
  assert.equal((await rest('carol', 'GET', `/rest/debrief/1.0/incidents/${walk.key}/debrief`)).status, 404);
});

journey('fourteen days after the debrief, the scheduled job opens its first checkpoint under the incident', async ({ page }) => {
  const walk = await incidentBySummary(WALK);
  await loginAs(page, 'admin');
  await openIssue(page, walk.key);
  assert.equal(await page.locator('#issue-subtasks li', { hasText: 'Checkpoint 1' }).count(), 0);

  await clickAndLoad(page, '#clock-plus-14');
  await clickAndLoad(page, '#run-jobs');
  assert.match(await page.textContent('#sandbox-flash'), /Ran \d+ scheduled job\(s\)\./);

  await openIssue(page, walk.key);
  const checkpoint = page.locator('#issue-subtasks li', { hasText: `Checkpoint 1 (14 days): ${walk.key} debrief` });
  assert.equal(await checkpoint.count(), 1);

  // the checkpoint asks for an outcome per open item: done, re-planned or dropped
  await openIssue(page, walk.key, 'debrief');
  const form = page.locator('form.debrief-outcome-form[data-number="1"]');
  await form.waitFor();
  const items = [];
  for (const item of await form.locator('fieldset.debrief-outcome').all()) {
    items.push(await item.locator('legend a').innerText());
    await item.locator('input[value="done"]').check({ force: true });
  }
  assert.ok(items.length > 0, 'the checkpoint lists the open items');
  await form.locator('button[type="submit"]').click();
  const closed = page.locator('.debrief-checkpoint-history tr[data-number="1"][data-state="closed"]');
  await closed.waitFor();

  // "done" acts in the tracker: each item is closed, and so is the checkpoint's sub-task
  for (const key of items) {
    assert.equal((await rest('admin', 'GET', `/rest/sandbox/1.0/issues/${key}`)).json.statusCategory, 'done', key);
  }
  const subTask = await closed.locator('a').first().innerText();
  assert.equal((await rest('admin', 'GET', `/rest/sandbox/1.0/issues/${subTask}`)).json.statusCategory, 'done');
  // and a second close of the same checkpoint (another tab) is refused
  const twice = await rest('admin', 'POST', `/rest/debrief/1.0/incidents/${walk.key}/checkpoints/1/outcomes`,
    { outcomes: items.map(key => ({ item: key, outcome: 'done' })) });
  assert.equal(twice.status, 409);
});
