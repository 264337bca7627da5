// Journeys: events from the tools where things happen, on the incident's Timeline tab (issue 15). Independent of the
// seed's events: the admin adds a CI source through the plugin's REST API, alice opens an incident, and the pipeline
// posts its CDEvents and the Alertmanager its alert to the real intake endpoint with the source's secret, as curl
// would. The journeys of this file run in order on that incident.
import assert from 'node:assert/strict';
import { BASE_URL, journey, loginAs, openIssue, rest } from './sandbox.mjs';

const MIN = 60_000;
const RUN = Date.now().toString(36);
const SERVICE = `checkout-${RUN}`;

/** What the first journey set up: the incident and the events the tools sent about it. */
const walk = {};

function incident() {
  assert.ok(walk.key, 'the first journey of this file opens the incident and sends the events');
  return walk;
}

/** Jira's created time ("2026-12-04T23:25:00.000+0000") as epoch milliseconds. */
function jiraTime(text) {
  return Date.parse(text.replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));
}

/** Posts a payload to the intake endpoint as a sender does: the source's secret in X-Debrief-Token. */
async function send(source, secret, payload, contentType = 'application/json') {
  const response = await fetch(`${BASE_URL}/rest/debrief/1.0/intake/${source}`, {
    method: 'POST',
    headers: { 'Content-Type': contentType, 'X-Debrief-Token': secret },
    body: JSON.stringify(payload),
  });
  const text = await response.text();
  assert.equal(response.status, 202, `intake/${source} answered ${response.status}: ${text}`);
  return JSON.parse(text);
}

function cdevent(type, id, at, subject, content) {
  const time = new Date(at).toISOString();
  return {
    specversion: '1.0', id, source: '/pipelines/journey', type: `dev.cdevents.${type}`, time,
    data: {
      context: { version: '0.4.1', id, source: '/pipelines/journey', type: `dev.cdevents.${type}`, timestamp: time },
      subject: { id: subject, source: '/pipelines/journey', content },
    },
  };
}

function alert(service, startsAt) {
  return {
    version: '4', status: 'firing', receiver: 'debrief', groupKey: '{}:{alertname="HighLatency"}',
    alerts: [{
      status: 'firing', labels: { alertname: 'HighLatency', service, severity: 'page' },
      annotations: { summary: `p99 latency of ${service} above 2 s` },
      startsAt: new Date(startsAt).toISOString(), endsAt: '0001-01-01T00:00:00Z', fingerprint: `j${RUN}`,
    }],
  };
}

async function eventsOf(key) {
  const response = await rest('alice', 'GET', `/rest/debrief/1.0/incidents/${key}/events`);
  assert.equal(response.status, 200);
  return response.json;
}

async function openTimeline(page, key) {
  await openIssue(page, key, 'timeline');
  await page.waitForSelector('.debrief-events .debrief-events-body h4');
}

journey('the admin adds a CI source, alice opens an incident, the tools send what happened before it', async () => {
  const mappings = ['ci', 'am'].map(() => ({ label: 'service', value: SERVICE, projectKey: 'OPS', component: SERVICE }));
  const ci = await rest('admin', 'POST', '/rest/debrief/1.0/intake-sources',
    { key: `ci-${RUN}`, name: 'Release pipeline (journey)', format: 'cloudevents', mappings: [mappings[0]] });
  assert.equal(ci.status, 201, JSON.stringify(ci.json));
  const am = await rest('admin', 'POST', '/rest/debrief/1.0/intake-sources',
    { key: `am-${RUN}`, name: 'Alertmanager (journey)', format: 'alertmanager', mappings: [mappings[1]] });
  assert.equal(am.status, 201, JSON.stringify(am.json));

  const created = await rest('alice', 'POST', '/rest/api/2/issue', { fields: {
    project: { key: 'OPS' }, issuetype: { name: 'Incident' }, summary: `Checkout p99 latency above 2 s (${RUN})`,
    priority: { name: 'High' }, components: [{ name: SERVICE }] } });
  assert.equal(created.status, 201, JSON.stringify(created.json));
  const fields = (await rest('alice', 'GET', `/rest/api/2/issue/${created.json.key}`)).json.fields;
  const detected = jiraTime(fields.created);

  // the pipeline: a configuration change 48 min and a deploy 21 min before detection; the alert 6 min before
  const change = await send(ci.json.source.key, ci.json.secret, cdevent('environment.modified.0.2.0', `cfg-${RUN}`,
    detected - 48 * MIN, SERVICE, { name: 'production' }), 'application/cloudevents+json');
  // environment.modified carries no service label: it names the environment, which no rule maps, so it stays out
  assert.deepEqual(change, { received: 1, stored: 1, duplicates: 0 });
  const deploy = cdevent('service.deployed.0.2.0', `dep-${RUN}`, detected - 21 * MIN, SERVICE,
    { environment: { id: 'production' }, artifactId: `pkg:oci/${SERVICE}@sha256%3A1f2e` });
  assert.deepEqual(await send(ci.json.source.key, ci.json.secret, deploy), { received: 1, stored: 1, duplicates: 0 });
  // the pipeline retries: the same event again is not stored twice
  assert.deepEqual(await send(ci.json.source.key, ci.json.secret, deploy), { received: 1, stored: 0, duplicates: 1 });
  const earlier = cdevent('service.upgraded.0.2.0', `upg-${RUN}`, detected - 95 * MIN, SERVICE,
    { environment: { id: 'production' }, artifactId: `pkg:oci/${SERVICE}@sha256%3A0a0b` });
  await send(ci.json.source.key, ci.json.secret, earlier);
  await send(am.json.source.key, am.json.secret, alert(SERVICE, detected - 6 * MIN));
  // a wrong secret is refused and stores nothing
  const refused = await fetch(`${BASE_URL}/rest/debrief/1.0/intake/${ci.json.source.key}`, {
    method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Debrief-Token': 'not-the-secret' },
    body: JSON.stringify(cdevent('service.deployed.0.2.0', `bad-${RUN}`, detected - 3 * MIN, SERVICE,
      { environment: { id: 'production' } })),
  });
  assert.equal(refused.status, 401);

  const events = await eventsOf(created.json.key);
  assert.deepEqual(events.start.candidates.map(c => c.minutesBeforeDetection), [95, 21]);
  assert.deepEqual(events.suggestions.map(s => s.kind), ['deploy', 'deploy', 'alert']);
  Object.assign(walk, { key: created.json.key, detected });
});

journey('alice rejects the proposed real start and accepts the next candidate, which becomes the started entry',
  async ({ page }) => {
    const { key } = incident();
    await loginAs(page, 'alice');
    await openTimeline(page, key);
    const proposed = page.locator('.debrief-events-proposed');
    await assert.doesNotReject(proposed.filter({ hasText: '95 min before detection' }).waitFor());
    assert.match(await proposed.textContent(), /service\.upgraded/);

    // "No, not the start": the next candidate is proposed, and it stays so after a reload
    await page.click('.debrief-events-start button[data-action="start/reject"]');
    await proposed.filter({ hasText: '21 min before detection' }).waitFor();
    await openTimeline(page, key);
    assert.match(await proposed.textContent(), /service\.deployed .* 21 min before detection/);

    // "Yes, it started here": a started entry from the deploy, with the event as its source
    await page.click('.debrief-events-start button[data-action="start/accept"]');
    const started = page.locator('.debrief-entry[data-kind="started"]', { hasText: 'service.deployed' });
    await started.waitFor();
    await page.locator('.debrief-events-start').waitFor({ state: 'detached' });
    const { entries } = (await rest('alice', 'GET', `/rest/debrief/1.0/incidents/${key}/timeline`)).json;
    const entry = entries.find(e => e.kind === 'started');
    assert.equal(entry.source, 'external');
    assert.equal(Date.parse(entry.at), walk.detected - 21 * MIN);
  });

journey('alice dismisses a suggestion and adds another to the timeline; bob sees them without buttons',
  async ({ page }) => {
    const { key } = incident();
    await loginAs(page, 'alice');
    await openTimeline(page, key);
    const alertRow = page.locator('.debrief-event', { hasText: 'HighLatency' });
    const upgrade = page.locator('.debrief-event', { hasText: 'service.upgraded' });
    await alertRow.waitFor();

    await upgrade.locator('button[data-action="dismiss"]').click();
    await upgrade.waitFor({ state: 'detached' });
    await alertRow.locator('button[data-action="accept"]').click();
    await page.locator('.debrief-entry[data-kind="alert"]', { hasText: 'HighLatency' }).waitFor();
    await alertRow.waitFor({ state: 'detached' });

    // remembered: after a reload neither is offered again
    await openTimeline(page, key);
    assert.equal(await page.locator('.debrief-event', { hasText: 'service.upgraded' }).count(), 0);
    assert.equal(await page.locator('.debrief-event', { hasText: 'HighLatency' }).count(), 0);
    // the deploy stays offered as a deploy entry: accepting it as the real start answered the proposal only
    const events = await eventsOf(key);
    assert.deepEqual(events.suggestions.map(s => s.title), [`service.deployed ${SERVICE} \u2192 production `
      + `(pkg:oci/${SERVICE}@sha256%3A1f2e)`]);

    await loginAs(page, 'bob');
    await openTimeline(page, key);
    assert.equal(await page.locator('.debrief-events button.debrief-event-action').count(), 0);
  });

journey('alice imports a timeline written elsewhere: a bad document adds nothing, the same one twice adds it once',
  async ({ page }) => {
    const { key } = incident();
    const before = (await rest('alice', 'GET', `/rest/debrief/1.0/incidents/${key}/timeline`)).json.entries.length;
    await loginAs(page, 'alice');
    await openTimeline(page, key);
    const panel = page.locator('details.debrief-import');
    await panel.locator('summary').click();
    const documentArea = panel.locator('textarea[name="document"]');
    const messages = panel.locator('.debrief-import-messages');

    // a document with one bad time: refused whole, the field named by its path
    await documentArea.fill(JSON.stringify({ entries: [
      { kind: 'customer-report', at: '+4m', text: `Support: checkout spinning (${RUN})` },
      { kind: 'note', at: 'around noon', text: 'Somebody looked' },
    ] }));
    await panel.locator('button[data-action="import"]').click();
    await messages.locator('li[data-field="entries[1].at"]').waitFor();
    assert.equal((await rest('alice', 'GET', `/rest/debrief/1.0/incidents/${key}/timeline`)).json.entries.length,
      before);

    // the written-elsewhere timeline from a file: offsets from detection and a time of day
    const detected = new Date(walk.detected);
    const hhmm = detected.toISOString().slice(11, 16);
    const doc = JSON.stringify({ date: detected.toISOString().slice(0, 10), entries: [
      { kind: 'customer-report', at: '+4m', text: `Support: checkout spinning (${RUN})` },
      { kind: 'note', at: hhmm, text: `War room opened (${RUN})` },
      { kind: 'mitigated', at: '+35m', text: `Rollback finished (${RUN})`, link: 'https://ci.example.org/rollback/7' },
    ] });
    await panel.locator('input[type="file"]').setInputFiles({ name: 'timeline.json', mimeType: 'application/json',
      buffer: Buffer.from(doc) });
    await page.waitForFunction(() => document.querySelector('details.debrief-import textarea').value.includes('War room'));
    await panel.locator('button[data-action="import"]').click();
    await messages.filter({ hasText: '3 entries added, 0 already there' }).waitFor();
    await page.locator('.debrief-entry[data-kind="mitigated"]', { hasText: `Rollback finished (${RUN})` }).waitFor();

    // again: nothing added
    await panel.locator('button[data-action="import"]').click();
    await messages.filter({ hasText: '0 entries added, 3 already there' }).waitFor();
    const { entries } = (await rest('alice', 'GET', `/rest/debrief/1.0/incidents/${key}/timeline`)).json;
    assert.equal(entries.length, before + 3);
    assert.equal(Date.parse(entries.find(e => e.text === `Support: checkout spinning (${RUN})`).at),
      walk.detected + 4 * MIN);

    // bob may read but not import: no panel, and the endpoint says 403
    await loginAs(page, 'bob');
    await openTimeline(page, key);
    assert.equal(await page.locator('details.debrief-import').count(), 0);
    assert.equal((await rest('bob', 'POST', `/rest/debrief/1.0/incidents/${key}/timeline/import`, JSON.parse(doc)))
      .status, 403);
  });

journey('the admin sets a source to open incidents; its firing alert opens one, its resolution lands on the timeline',
  async ({ page }) => {
    const source = `op-${RUN}`;
    const name = `OpensIncident${RUN}`;
    await loginAs(page, 'admin');
    await page.goto('/plugins/servlet/debrief/admin');
    const section = page.locator('.debrief-intake-sources');
    const form = section.locator('form.debrief-source-form');
    await form.waitFor();
    await form.locator('[name="key"]').fill(source);
    await form.locator('[name="format"]').selectOption('alertmanager');
    await form.locator('[name="mappings"]').fill(`service=opening-${RUN} -> OPS`);
    await form.locator('[name="mayOpenIncident"]').check();
    await form.locator('[name="incidentProject"]').fill('OPS');
    await form.locator('[name="actingUser"]').fill('alice');
    await form.locator('button[type="submit"]').click();
    const secret = await section.locator('.debrief-source-secret-value').textContent();
    await section.locator(`[data-source-key="${source}"] .debrief-source-opens`).waitFor();

    const firing = (status, endsAt) => ({
      version: '4', status, receiver: 'debrief', groupKey: `{}:{alertname="${name}"}`,
      alerts: [{
        status, labels: { alertname: name, service: `opening-${RUN}` }, annotations: { summary: 'queue stuck' },
        startsAt: new Date(Date.now() - 5 * MIN).toISOString(), endsAt, fingerprint: `op${RUN}`,
      }],
    });
    const startsAt = firing('firing', '0001-01-01T00:00:00Z');
    assert.deepEqual(await send(source, secret, startsAt), { received: 1, stored: 1, duplicates: 0 });
    // Alertmanager's repeat interval: the same notification again opens nothing more
    assert.deepEqual(await send(source, secret, startsAt), { received: 1, stored: 0, duplicates: 1 });
    const jql = encodeURIComponent(`project = OPS AND issuetype = Incident AND summary ~ "${name}"`);
    const found = (await rest('alice', 'GET', `/rest/api/2/search?jql=${jql}`)).json;
    assert.equal(found.total, 1);
    const key = found.issues[0].key;

    const resolved = { ...startsAt, status: 'resolved',
      alerts: [{ ...startsAt.alerts[0], status: 'resolved', endsAt: new Date(Date.now() - MIN).toISOString() }] };
    await send(source, secret, resolved);
    await loginAs(page, 'alice');
    await openIssue(page, key, 'timeline');
    await page.locator('.debrief-entry[data-kind="alert"]', { hasText: `${name}: queue stuck` }).waitFor();
    await page.locator('.debrief-entry[data-kind="resolved"]', { hasText: name }).waitFor();
    assert.equal((await rest('alice', 'GET', `/rest/api/2/search?jql=${jql}`)).json.total, 1);
    const fields = (await rest('alice', 'GET', `/rest/api/2/issue/${key}`)).json.fields;
    assert.equal(fields.resolution, null, 'people resolve the issue, not the alert');
  });
