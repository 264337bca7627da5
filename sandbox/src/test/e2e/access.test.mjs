// Journey: rights differ by person, as in a Jira dev instance (carol cannot see PAY, bob only browses).
import assert from 'node:assert/strict';
import { BASE_URL, journey, loginAs, listedKeys, openIssue } from './sandbox.mjs';

journey('the login switcher changes who is looking, and carol does not see the PAY project', async ({ page }) => {
  await loginAs(page, 'admin');
  assert.ok((await listedKeys(page)).some(k => k.startsWith('PAY-')));

  await loginAs(page, 'carol');

  const keys = await listedKeys(page);
  assert.ok(keys.length > 0);
  assert.ok(!keys.some(k => k.startsWith('PAY-')), 'carol must not see PAY issues');
  await openIssue(page, 'PAY-1');
  assert.match(await page.textContent('#page-message'), /does not exist or you do not have permission/);
});

journey('bob may browse but not edit', async ({ page }) => {
  await loginAs(page, 'bob');
  await openIssue(page, 'PAY-1');
  assert.equal(await page.textContent('#issue-key'), 'PAY-1');
  assert.equal(await page.locator('#read-only').count(), 1);

  await loginAs(page, 'alice');
  await openIssue(page, 'PAY-1');
  assert.equal(await page.locator('#read-only').count(), 0);
});

journey('REST needs a user: anonymous gets 401, HTTP Basic works, form posts need the XSRF header', async () => {
  const anonymous = await fetch(`${BASE_URL}/rest/sandbox/1.0/myself`);
  assert.equal(anonymous.status, 401);

  const basic = { Authorization: 'Basic ' + Buffer.from('bob:bob').toString('base64') };
  const bob = await fetch(`${BASE_URL}/rest/sandbox/1.0/myself`, { headers: basic });
  assert.equal(bob.status, 200);
  assert.equal((await bob.json()).name, 'bob');

  const form = await fetch(`${BASE_URL}/rest/sandbox/1.0/issues`, {
    method: 'POST', headers: { ...basic, 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'a=b' });
  assert.equal(form.status, 403);
});
