// Journeys: the repeat loop and sharing. A new incident in a project whose earlier incidents still have open debrief
// items shows them at the top of its Debrief tab, and alice links it as a repeat (a Jira issue link); bob downloads a
// published debrief from its Debrief tab as Markdown, and the library's filtered set as JSON.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { journey, loginAs, openIssue, rest, clickAndLoad } from './sandbox.mjs';

async function downloaded(page, selector) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
}

journey('a new incident shows the open items of earlier ones; alice links it as a repeat of one', async ({ page }) => {
  // given: a new PAY incident (the seed leaves earlier PAY incidents with open debrief items)
  await loginAs(page, 'alice');
  await page.goto('/');
  await page.click('#create-issue-panel summary');
  await page.selectOption('#create-project', 'PAY');
  await page.selectOption('#create-type', 'Incident');
  await page.fill('#create-summary', 'Refund confirmations delayed again');
  await Promise.all([page.waitForURL(/\/browse\/PAY-\d+$/), page.click('#create-issue button[type="submit"]')]);
  const key = page.url().match(/PAY-\d+$/)[0];

  // when: alice opens its Debrief tab
  await openIssue(page, key, 'debrief');
  const panel = page.locator('section.debrief-repeat');
  await panel.waitFor();

  // then: the earlier incidents and their open items come first, each with its link
  const first = panel.locator('.debrief-repeat-earlier[data-earlier]').first();
  const earlier = await first.getAttribute('data-earlier');
  assert.ok(await first.locator('tbody tr[data-key] a[href*="/browse/"]').count() > 0, 'open items listed with links');
  const tabText = await page.textContent('#content');
  assert.ok(tabText.indexOf('Known open actions from earlier incidents') < tabText.indexOf('Action items'),
    'the repeat panel sits above the rest of the tab');

  // when: she links the incident as a repeat of the first earlier incident
  await first.locator('button.debrief-repeat-link').click();
  await first.locator('.debrief-repeat-linked').waitFor();

  // then: the tab says so, Jira holds the link, and it stays after a reload
  assert.match(await first.locator('.debrief-repeat-linked').innerText(), new RegExp(`repeat of ${earlier}`));
  const check = await rest('alice', 'GET', `/rest/debrief/1.0/incidents/${key}/repeat-of`);
  assert.deepEqual(check.json.linkedTo, [earlier]);
  const again = await rest('alice', 'POST', `/rest/debrief/1.0/incidents/${key}/repeat-of`, { earlier });
  assert.equal(again.status, 409, 'a second link is refused');
  await openIssue(page, key, 'debrief');
  await page.locator(`.debrief-repeat-earlier[data-earlier="${earlier}"] .debrief-repeat-linked`).waitFor();

  // and bob, who may only browse PAY, sees the items but no button
  const bobView = await rest('bob', 'GET', `/rest/debrief/1.0/incidents/${key}/repeat-of`);
  assert.equal(bobView.json.canLink, false);
  assert.equal((await rest('bob', 'POST', `/rest/debrief/1.0/incidents/${key}/repeat-of`, { earlier })).status, 403);
});

journey('bob downloads a published debrief as Markdown from its Debrief tab, and the library as JSON', async ({ page }) => {
  // given: the newest published debrief bob may read
  const library = await rest('bob', 'GET', '/rest/debrief/1.0/library?limit=1');
  assert.equal(library.status, 200);
  const key = library.json.items[0].key;
  await loginAs(page, 'bob');

  // when: he downloads it from its Debrief tab
  await openIssue(page, key, 'debrief');
  await page.locator('section.debrief-export a.debrief-export-md').waitFor();
  const markdown = await downloaded(page, 'section.debrief-export a.debrief-export-md');

  // then: a Markdown file named after the incident, with the debrief's sections
  assert.equal(markdown.name, `debrief-${key}.md`);
  assert.ok(markdown.text.startsWith(`# ${key}: `), markdown.text.slice(0, 80));
  assert.match(markdown.text, /## Timeline\n/);
  assert.match(markdown.text, /## Action items\n/);

  // when: he exports the library's filtered set as JSON from the library page
  await clickAndLoad(page, '#sandbox-nav a[data-page="/plugins/servlet/debrief/library"]');
  const json = await downloaded(page, '.debrief-library-export a.debrief-export-json');

  // then: an array of timeline-import documents, newest first, the first one the debrief he downloaded
  assert.equal(json.name, 'debriefs.json');
  const documents = JSON.parse(json.text);
  assert.ok(documents.length >= 10, `${documents.length} debriefs exported`);
  assert.equal(documents[0].debrief.key, key);
  assert.ok(documents.every(doc => doc.zone === 'UTC' && doc.entries.length > 0));
});
