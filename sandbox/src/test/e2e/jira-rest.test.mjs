// Journeys without a browser: what a script or another tool does through Jira's own REST API v2 shape (create,
// link, transition, search) and the plugin's REST resources, with the plugin's listener, JQL function, scheduled
// job and checkpoint outcomes answering as they do in Jira. Each journey creates the issues it walks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, rest } from './sandbox.mjs';

const MIN = 60_000;

async function createIssue(user, fields) {
  const created = await rest(user, 'POST', '/rest/api/2/issue', { fields });
  assert.equal(created.status, 201, JSON.stringify(created.json));
  return created.json.key;
}

async function fieldsOf(user, key) {
  const response = await rest(user, 'GET', `/rest/api/2/issue/${key}`);
  assert.equal(response.status, 200, `GET /rest/api/2/issue/${key} as ${user}`);
  return response.json.fields;
}

/** Takes the workflow transition of that name, with a resolution when it goes to done. */
async function transition(user, key, name, resolution) {
  const offered = await rest(user, 'GET', `/rest/api/2/issue/${key}/transitions`);
  assert.equal(offered.status, 200);
  const found = offered.json.transitions.find(t => t.name === name);
  assert.ok(found, `${key} offers ${name}: ${offered.json.transitions.map(t => t.name)}`);
  const body = { transition: { id: found.id } };
  if (resolution) body.fields = { resolution: { name: resolution } };
  const taken = await rest(user, 'POST', `/rest/api/2/issue/${key}/transitions`, body);
  assert.equal(taken.status, 204, JSON.stringify(taken.json));
}

async function openDebriefItems(user) {
  const found = await rest(user, 'GET', '/rest/api/2/search?maxResults=1000&jql='
    + encodeURIComponent('issue in openDebriefItems()'));
  assert.equal(found.status, 200);
  return found.json.issues.map(issue => issue.key);
}

/** The sandbox's own controls, as its clock and job buttons post them (a form, no browser Origin). */
async function control(path, form = {}) {
  const response = await fetch(BASE_URL + path, {
    method: 'POST', body: new URLSearchParams(form),
    headers: { Accept: 'application/json', Authorization: 'Basic ' + Buffer.from('admin:admin').toString('base64') },
  });
  assert.ok(response.ok, `${path}: ${response.status} ${await response.text()}`);
}

test('an ordinary Task linked to an Incident as its action item is labelled, found by openDebriefItems() and leaves it when done', async () => {
  const incident = await createIssue('alice', { project: { key: 'OPS' }, issuetype: { name: 'Incident' },
    summary: 'Webhook deliveries retried for an hour', priority: { name: 'High' } });
  const task = await createIssue('alice', { project: { key: 'OPS' }, issuetype: { name: 'Task' },
    summary: 'Cap webhook retries and alert on the backlog' });
  assert.deepEqual((await fieldsOf('alice', task)).labels, []);
  assert.ok(!(await openDebriefItems('alice')).includes(task));

  // Jira's issueLink: inwardIssue is the link's source, here the item that "is action item of" the incident
  const linked = await rest('alice', 'POST', '/rest/api/2/issueLink',
    { type: { name: 'Debrief action item' }, inwardIssue: { key: task }, outwardIssue: { key: incident } });
  assert.equal(linked.status, 201, JSON.stringify(linked.json));
  assert.deepEqual((await fieldsOf('alice', task)).labels, ['debrief'], 'the plugin\'s listener labelled it');
  assert.ok((await openDebriefItems('alice')).includes(task), 'issue in openDebriefItems() returns it');

  await transition('alice', task, 'Done', 'Done');
  assert.equal((await fieldsOf('alice', task)).status.statusCategory.key, 'done');
  assert.ok(!(await openDebriefItems('alice')).includes(task), 'done, it leaves openDebriefItems()');
});

test('carol closes a checkpoint whose incident has an item she cannot see: it is neither named, needed nor changed', async () => {
  // given an OPS incident, resolved through the workflow, with an OPS item and a PAY item (alice edits both)
  const incident = await createIssue('alice', { project: { key: 'OPS' }, issuetype: { name: 'Incident' },
    summary: 'Card payments declined after a certificate rotation', priority: { name: 'High' } });
  await transition('alice', incident, 'Done', 'Done');
  const created = Date.parse((await fieldsOf('alice', incident)).created);
  const base = `/rest/debrief/1.0/incidents/${incident}`;
  for (const [kind, at, text] of [['started', created - 40 * MIN, 'New certificate rolled out to the gateway'],
    ['detected', created - 30 * MIN, 'Decline rate alert fires']]) {
    const entry = await rest('alice', 'POST', `${base}/timeline`, { kind, at: new Date(at).toISOString(), text });
    assert.equal(entry.status, 201, JSON.stringify(entry.json));
  }
  const items = {};
  for (const project of ['OPS', 'PAY']) {
    const item = await rest('alice', 'POST', `${base}/action-items`,
      { projectKey: project, summary: `Check the certificate chain before rotating (${project})`, category: 'prevent' });
    assert.equal(item.status, 201, JSON.stringify(item.json));
    items[project] = item.json.key;
  }
  let debrief = await rest('alice', 'GET', `${base}/debrief`);
  debrief = await rest('alice', 'PUT', `${base}/debrief`, { impact: { affected: 'Card payments' },
    analysis: 'The rotation shipped a chain the gateway did not trust.', autoResolved: 'no', version: debrief.json.version });
  assert.equal(debrief.status, 200, JSON.stringify(debrief.json));
  const held = await rest('alice', 'POST', `${base}/debrief/hold`, { version: debrief.json.version, lintSeen: 'true' });
  assert.equal(held.status, 200, JSON.stringify(held.json));

  // and its first checkpoint, opened by the scheduled job fourteen days later
  await control('/sandbox/clock/advance', { days: '14' });
  await control('/sandbox/jobs/run');
  const history = await rest('alice', 'GET', `${base}/checkpoints`);
  const checkpoint = history.json.checkpoints.find(c => c.state === 'opened');
  assert.ok(checkpoint, `a checkpoint is open: ${JSON.stringify(history.json.checkpoints)}`);
  const payBefore = await fieldsOf('alice', items.PAY);

  // carol (OPS, no PAY) sees only the OPS item
  const carols = await rest('carol', 'GET', `${base}/checkpoints`);
  assert.equal(carols.status, 200);
  assert.deepEqual(carols.json.items.map(item => item.key), [items.OPS]);
  assert.doesNotMatch(JSON.stringify(carols.json), new RegExp(`\\b${items.PAY}\\b`));
  const outcomes = `${base}/checkpoints/${checkpoint.number}/outcomes`;

  // an outcome for the hidden item is an unknown item; nothing is written
  const dropHidden = await rest('carol', 'POST', outcomes, { outcomes: [
    { item: items.PAY, outcome: 'dropped', reason: 'not ours' }, { item: items.OPS, outcome: 'done' }] });
  assert.equal(dropHidden.status, 400, JSON.stringify(dropHidden.json));
  assert.match(JSON.stringify(dropHidden.json), /outcomes\[0\]\.item/);
  const replanHidden = await rest('carol', 'POST', outcomes, { outcomes: [
    { item: items.PAY, outcome: 'replanned', due: '2031-01-15' }, { item: items.OPS, outcome: 'done' }] });
  assert.equal(replanHidden.status, 400, JSON.stringify(replanHidden.json));
  // a missing outcome names what carol sees, never the hidden item
  const none = await rest('carol', 'POST', outcomes, { outcomes: [] });
  assert.equal(none.status, 400, JSON.stringify(none.json));
  assert.doesNotMatch(JSON.stringify(none.json), new RegExp(`\\b${items.PAY}\\b`));
  assert.equal((await fieldsOf('alice', items.OPS)).status.statusCategory.key, 'new');

  // her outcome for the item she sees closes the checkpoint; the PAY item is exactly as it was
  const closed = await rest('carol', 'POST', outcomes, { outcomes: [{ item: items.OPS, outcome: 'done' }] });
  assert.equal(closed.status, 200, JSON.stringify(closed.json));
  assert.equal(closed.json.state, 'closed');
  assert.doesNotMatch(JSON.stringify(closed.json), new RegExp(`\\b${items.PAY}\\b`));
  assert.equal((await fieldsOf('alice', items.OPS)).status.statusCategory.key, 'done');
  const payAfter = await fieldsOf('alice', items.PAY);
  assert.equal(payAfter.status.statusCategory.key, payBefore.status.statusCategory.key);
  assert.equal(payAfter.duedate, payBefore.duedate);
  assert.ok((await openDebriefItems('alice')).includes(items.PAY), 'the PAY item is still open for alice');
});
