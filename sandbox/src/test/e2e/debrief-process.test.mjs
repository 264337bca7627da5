// Journeys: the whole debrief process, in order, as the people involved walk it in the browser, on an incident alice
// creates herself: nothing here is seeded. Every issue operation goes through the sandbox's Jira host as a person
// would do it (the create form, the workflow's transitions), and every Debrief step through the plugin as Jira loads
// it (its tab panels, listener, tracker, JQL functions and scheduled job). The journeys of this file run in order
// and share the incident: each starts where the one before it stopped.
import assert from 'node:assert/strict';
import { journey, loginAs, openIssue, rest, acceptDialogs, clickAndLoad } from './sandbox.mjs';

const SUMMARY = 'Refund confirmations delayed behind a stalled queue consumer';
const MIN = 60_000;

/** The incident the first journey created, with what the later ones learn about it. */
const walk = {};

function createdIncident() {
  assert.ok(walk.key, 'the first journey of this file creates the incident the others walk');
  return walk;
}

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

/** Takes a workflow transition from the issue page's transition buttons (Jira's REST API v2 behind them). */
async function transition(page, key, name, resolution) {
  await openIssue(page, key);
  await page.waitForSelector('#issue-transitions[data-loaded="true"]');
  const group = page.locator('.sandbox-transition', { has: page.locator(`button:text-is("${name}")`) });
  if (resolution) await group.locator('select').selectOption(resolution);
  await Promise.all([page.waitForEvent('load'), group.locator('button').click()]);
}

async function issueV2(user, key) {
  const response = await rest(user, 'GET', `/rest/api/2/issue/${key}`);
  assert.equal(response.status, 200, `GET /rest/api/2/issue/${key} as ${user}`);
  return response.json.fields;
}

async function openDebriefItems(user) {
  const response = await rest(user, 'GET', '/rest/api/2/search?jql=' + encodeURIComponent('issue in openDebriefItems()'));
  assert.equal(response.status, 200);
  return response.json.issues.map(issue => issue.key);
}

journey('alice creates an incident from the create form and resolves it through the workflow', async ({ page }) => {
  await loginAs(page, 'alice');
  await page.goto('/');
  await page.click('#create-issue-panel summary');
  await page.selectOption('#create-project', 'PAY');
  await page.selectOption('#create-type', 'Incident');
  await page.fill('#create-summary', SUMMARY);
  await page.selectOption('#create-priority', 'High');
  await page.fill('#create-component', 'refunds');
  await page.selectOption('#create-assignee', 'alice');
  await Promise.all([page.waitForURL(/\/browse\/PAY-\d+$/), page.click('#create-issue button[type="submit"]')]);
  const key = page.url().match(/PAY-\d+$/)[0];
  const tabs = await page.locator('#issue-tabs a[data-tab]').evaluateAll(links => links.map(t => t.dataset.tab));
  assert.deepEqual(tabs.filter(t => t === 'timeline' || t === 'debrief'), ['timeline', 'debrief'],
    'the plugin\'s tab panels show on the new incident');
  const fresh = await issueV2('alice', key);
  assert.equal(fresh.issuetype.name, 'Incident');
  assert.equal(fresh.summary, SUMMARY);
  assert.equal(fresh.status.statusCategory.key, 'new');

  await transition(page, key, 'Start Progress');
  assert.match(await page.textContent('#content'), /In Progress/);
  await transition(page, key, 'Done', 'Done');
  const resolved = await issueV2('alice', key);
  assert.equal(resolved.status.statusCategory.key, 'done');
  assert.equal(resolved.resolution.name, 'Done');
  Object.assign(walk, { key, created: Date.parse(resolved.created), resolved: Date.parse(resolved.resolutiondate) });
  assert.ok(walk.resolved >= walk.created, 'resolved after it was created');
});

journey('alice records the real start and the detection and sees time to detect and resolve against the targets', async ({ page }) => {
  const walk = createdIncident();
  await loginAs(page, 'alice');
  await openIssue(page, walk.key, 'timeline');
  await page.waitForSelector('.debrief-timeline form.debrief-entry-form[data-mode="add"]');
  assert.ok(await page.locator('.debrief-entry[data-kind="status-change"]').count() >= 2,
    'Open -> In Progress -> Done came from the issue history');

  // the consumer stalled 75 minutes before anyone opened the incident, and an alert caught it 3 minutes in
  await addEntry(page, 'started', walk.created - 75 * MIN, 'Refund queue consumers stop acknowledging messages');
  await addEntry(page, 'detected', walk.created - 72 * MIN, 'Queue depth alert pages the on-call engineer');

  await openIssue(page, walk.key, 'timeline');
  const kinds = await page.locator('.debrief-entry').evaluateAll(rows => rows.map(r => r.dataset.kind));
  assert.deepEqual(kinds.filter(k => ['started', 'detected'].includes(k)), ['started', 'detected']);
  // detected 3 minutes after the start (PAY's target 5): met; resolved by the workflow 75 minutes after it (60): missed
  assert.equal(await page.getAttribute('.debrief-measure[data-measure="time-to-detect"]', 'data-met'), 'yes');
  assert.equal(await page.getAttribute('.debrief-measure[data-measure="time-to-resolve"]', 'data-met'), 'no');
});

journey('alice answers the debrief, turns a "no" into a labelled action item, holds and publishes it', async ({ page }) => {
  const walk = createdIncident();
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
  walk.item = created;
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
  assert.ok((await openDebriefItems('alice')).includes(created), 'issue in openDebriefItems() finds the new item');
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
  // put back as a row of its own: a PUT without the project's row keeps the row it saved (it cannot remove one)
  const restore = { ...before.json, projects: [...others,
    before.json.projects.find(row => row.projectKey === project) ?? { ...before.json.defaults, projectKey: project }] };
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
    const restored = await rest('admin', 'PUT', '/rest/debrief/1.0/settings', restore);
    assert.equal(restored.status, 200, JSON.stringify(restored.json));
  }
});

journey('bob reads the published debrief but may not change it; carol cannot open a PAY incident', async ({ page }) => {
  const walk = createdIncident();
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

journey('fourteen days after the debrief, the scheduled job opens a checkpoint that names its incident and items', async ({ page }) => {
  const walk = createdIncident();
  await loginAs(page, 'admin');
  await openIssue(page, walk.key);
  assert.equal(await page.locator('#issue-subtasks li', { hasText: 'Checkpoint 1' }).count(), 0);

  await clickAndLoad(page, '#clock-plus-14');
  await clickAndLoad(page, '#run-jobs');
  assert.match(await page.textContent('#sandbox-flash'), /Ran \d+ scheduled job\(s\)\./);

  await openIssue(page, walk.key);
  const checkpoint = page.locator('#issue-subtasks li', { hasText: `Checkpoint 1 (14 days): ${walk.key} debrief` });
  assert.equal(await checkpoint.count(), 1);
  walk.checkpoint = (await checkpoint.locator('a').first().innerText()).trim();

  // the sub-task is real Jira data about its incident and its items: parent, description and issue links
  const subTask = await issueV2('alice', walk.checkpoint);
  assert.equal(subTask.issuetype.name, 'Debrief checkpoint');
  assert.equal(subTask.parent.key, walk.key);
  assert.match(subTask.description, new RegExp(`\\b${walk.key}\\b`));
  assert.match(subTask.description, new RegExp(`\\b${walk.item}\\b`));
  const linked = subTask.issuelinks.map(link => (link.outwardIssue ?? link.inwardIssue).key);
  assert.ok(linked.includes(walk.item), `the checkpoint links its open item ${walk.item}: ${linked}`);
  // and its page shows them: the incident it belongs to, the items in its description and its links
  await openIssue(page, walk.checkpoint);
  assert.equal(await page.getAttribute('#issue-parent a', 'href'), `/browse/${walk.key}`);
  assert.match(await page.textContent('#issue-description'), new RegExp(`${walk.key}.*${walk.item}`));
  assert.equal(await page.locator(`#issue-links a[href="/browse/${walk.item}"]`).count(), 1);
});

journey('alice closes the checkpoint with the item done: Jira, the review and the library all show it done', async ({ page }) => {
  const walk = createdIncident();
  assert.ok(walk.checkpoint, 'the journey before this one opened the checkpoint');
  await loginAs(page, 'alice');
  assert.ok((await openDebriefItems('alice')).includes(walk.item), 'before: the item is an open debrief item');

  // the checkpoint asks for an outcome per open item: done, re-planned or dropped
  await openIssue(page, walk.key, 'debrief');
  const form = page.locator('form.debrief-outcome-form[data-number="1"]');
  await form.waitFor();
  const items = [];
  for (const item of await form.locator('fieldset.debrief-outcome').all()) {
    items.push((await item.locator('legend a').innerText()).trim());
    await item.locator('input[value="done"]').check({ force: true });
  }
  assert.deepEqual(items, [walk.item], 'the checkpoint lists the one open item');
  await form.locator('button[type="submit"]').click();
  const closed = page.locator('.debrief-checkpoint-history tr[data-number="1"][data-state="closed"]');
  await closed.waitFor();

  // "done" acts in Jira: the item is closed through its workflow, and so is the checkpoint's sub-task
  assert.equal((await issueV2('alice', walk.item)).status.statusCategory.key, 'done');
  assert.equal((await issueV2('alice', walk.checkpoint)).status.statusCategory.key, 'done');
  assert.ok(!(await openDebriefItems('alice')).includes(walk.item), 'after: the item left openDebriefItems()');
  // a second close of the same checkpoint (another tab) is refused
  const twice = await rest('alice', 'POST', `/rest/debrief/1.0/incidents/${walk.key}/checkpoints/1/outcomes`,
    { outcomes: items.map(key => ({ item: key, outcome: 'done' })) });
  assert.equal(twice.status, 409);

  // the monthly review of open items no longer lists it
  await clickAndLoad(page, '#sandbox-nav a[data-page="/debrief/review"]');
  await page.waitForSelector('.debrief-review-table tr[data-key]');
  assert.equal(await page.locator(`.debrief-review-table tr[data-key="${walk.item}"]`).count(), 0);

  // the library finds the published debrief, and its item shows as done
  await clickAndLoad(page, '#sandbox-nav a[data-page="/plugins/servlet/debrief/library"]');
  const row = page.locator(`.debrief-library-results tbody tr[data-key="${walk.key}"]`);
  await row.waitFor();
  await clickAndLoad(page, `.debrief-library-results tbody tr[data-key="${walk.key}"] a`);
  const itemRow = page.locator(`.debrief-library-debrief table.debrief-library-actions tbody tr[data-key="${walk.item}"]`);
  await itemRow.waitFor();
  assert.match(await itemRow.innerText(), /\bdone\b/i);
  const library = await rest('bob', 'GET', `/rest/debrief/1.0/library/${walk.key}`);
  assert.equal(library.json.actionItems.find(item => item.key === walk.item)?.status, 'done');
});
