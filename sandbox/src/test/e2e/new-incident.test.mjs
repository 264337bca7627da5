// Journey: what a new user does from nothing, on an incident they create themselves. Every step goes through the
// plugin as Jira loads it (its issue types, tab panels, listener, tracker, JQL functions, scheduled job) on the
// sandbox's Jira host, and every issue operation through Jira's REST API v2 shape (create, transitions).
import assert from 'node:assert/strict';
import { journey, loginAs, openIssue, rest, acceptDialogs, clickAndLoad } from './sandbox.mjs';

const SUMMARY = 'Search results empty after the nightly index rebuild';
const MIN = 60_000;

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

async function transition(page, key, name, resolution) {
  await openIssue(page, key);
  await page.waitForSelector('#issue-transitions[data-loaded="true"]');
  const group = page.locator('.sandbox-transition', { has: page.locator(`button:text-is("${name}")`) });
  if (resolution) await group.locator('select').selectOption(resolution);
  await Promise.all([page.waitForEvent('load'), group.locator('button').click()]);
}

journey('a new user creates an incident, resolves it through the workflow, debriefs it, and follows its action item to the checkpoint, the review and the library', async ({ page }) => {
  acceptDialogs(page);
  await loginAs(page, 'alice');

  // create: an Incident in OPS, from the issue list
  await page.goto('/');
  await page.click('#create-issue-panel summary');
  await page.selectOption('#create-project', 'OPS');
  await page.selectOption('#create-type', 'Incident');
  await page.fill('#create-summary', SUMMARY);
  await page.selectOption('#create-priority', 'High');
  await page.fill('#create-component', 'search');
  await page.selectOption('#create-assignee', 'alice');
  await Promise.all([page.waitForURL(/\/browse\/OPS-\d+$/), page.click('#create-issue button[type="submit"]')]);
  const key = page.url().match(/OPS-\d+$/)[0];
  assert.deepEqual(await page.locator('#issue-tabs a[data-tab]').evaluateAll(tabs => tabs.map(t => t.dataset.tab))
    .then(tabs => tabs.filter(t => t === 'timeline' || t === 'debrief')), ['timeline', 'debrief'],
    'the plugin\'s tab panels show on the new incident');

  // resolve through the workflow: Start Progress, then Done with a resolution
  await transition(page, key, 'Start Progress');
  assert.match(await page.textContent('#content'), /In Progress/);
  await transition(page, key, 'Done', 'Done');
  const issue = await rest('alice', 'GET', `/rest/api/2/issue/${key}`);
  assert.equal(issue.json.fields.status.statusCategory.key, 'done');
  assert.equal(issue.json.fields.resolution.name, 'Done');

  // timeline: the workflow's status changes are there; the real start was two hours before anyone noticed
  await openIssue(page, key, 'timeline');
  await page.waitForSelector('.debrief-timeline form.debrief-entry-form[data-mode="add"]');
  assert.ok(await page.locator('.debrief-entry[data-kind="status-change"]').count() >= 2,
    'Open -> In Progress -> Done came from the issue history');
  const created = Date.parse((await rest('alice', 'GET', `/rest/sandbox/1.0/issues/${key}`)).json.created);
  await addEntry(page, 'started', created - 120 * MIN, 'The rebuild job swapped in an empty index');
  await addEntry(page, 'detected', created - 2 * MIN, 'Support reports empty search results');

  // debrief: the "no" to "fixed within target" becomes an action item, labelled and linked by the plugin
  await openIssue(page, key, 'debrief');
  await page.waitForSelector('.debrief-debrief[data-debrief-ready="true"]');
  const form = page.locator('form.debrief-debrief-form');
  await form.locator('[name="impact.affected"]').fill('Everyone searching the catalogue');
  await form.locator('[name="impact.duration"]').fill('About two hours');
  await form.locator('[name="analysis"]').fill('The rebuild swapped indexes without checking the new one had documents.');
  await form.locator('label[for="debrief-auto-no"]').click();
  await form.locator('button[type="submit"]').click();
  await page.locator('.debrief-debrief-messages', { hasText: /saved/i }).waitFor();
  await openIssue(page, key, 'debrief');
  await page.waitForSelector('.debrief-debrief[data-debrief-ready="true"]');
  assert.equal(await page.getAttribute('.debrief-answer[data-question="fixed-within-target"]', 'data-answer'), 'no');
  const draft = page.locator('.debrief-answer[data-question="fixed-within-target"] .debrief-draft');
  await draft.locator('.debrief-create-action').click();
  await draft.locator('.debrief-draft-result .aui-message').waitFor();
  const item = (await draft.locator('.debrief-draft-result').innerText()).match(/[A-Z]+-\d+/)?.[0];
  assert.ok(item, 'the created action item names its key');
  const open = await rest('alice', 'GET', '/rest/api/2/search?jql=' + encodeURIComponent('issue in openDebriefItems()'));
  assert.ok(open.json.issues.some(i => i.key === item), 'issue in openDebriefItems() finds the new item');

  // hold and publish the debrief
  await openIssue(page, key, 'debrief');
  await page.waitForSelector('.debrief-debrief[data-debrief-ready="true"]');
  await page.click('.debrief-hold');
  await page.waitForSelector('.debrief-phase[data-phase="held"]');
  await page.click('.debrief-publish');
  await page.waitForSelector('.debrief-phase[data-phase="published"]');

  // checkpoint: fourteen days later the scheduled job opens "Checkpoint 1" under the incident
  await loginAs(page, 'admin');
  await clickAndLoad(page, '#clock-plus-14');
  await clickAndLoad(page, '#run-jobs');
  await openIssue(page, key);
  assert.equal(await page.locator('#issue-subtasks li', { hasText: `Checkpoint 1 (14 days): ${key} debrief` }).count(), 1);

  // review: the open item is listed; library: the published debrief is found
  await loginAs(page, 'alice');
  await clickAndLoad(page, '#sandbox-nav a[data-page="/debrief/review"]');
  await page.waitForSelector(`.debrief-review-table tr[data-key="${item}"]`);
  await clickAndLoad(page, '#sandbox-nav a[data-page="/plugins/servlet/debrief/library"]');
  await page.locator('.debrief-library-results tbody tr', { hasText: key }).first().waitFor();
});
