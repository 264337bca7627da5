// Journey: what people write on an incident in the tracker reaches its timeline, as Jira comments do.
import assert from 'node:assert/strict';
import { journey, loginAs, openIssue, rest, clickAndLoad } from './sandbox.mjs';

journey('a comment alice adds on an incident shows on the issue and in its timeline as a derived entry', async ({ page }) => {
  const { json: incidents } = await rest('admin', 'GET', '/rest/sandbox/1.0/issues?type=Incident&project=OPS');
  const incident = incidents.find(issue => issue.resolved && !issue.summary.startsWith('Refund confirmations'));
  assert.ok(incident, 'a seeded, resolved OPS incident');
  const text = `Consumer lag back under 100 messages (${Date.now()})`;

  await loginAs(page, 'alice');
  await openIssue(page, incident.key);
  await page.fill('#add-comment textarea[name="body"]', text);
  await clickAndLoad(page, '#add-comment button[type="submit"]');
  assert.match(await page.textContent('#issue-comments'), new RegExp(text.replace(/[()]/g, '\\$&')));

  await openIssue(page, incident.key, 'timeline');
  const entry = page.locator('.debrief-entry.debrief-entry-derived', { hasText: text });
  await entry.waitFor();
  assert.equal(await entry.getAttribute('data-kind'), 'comment');
});
