// Journeys: the learning insights page and its dashboard item, on the seed's incidents.
import assert from 'node:assert/strict';
import { journey, loginAs, clickAndLoad, BASE_URL } from './sandbox.mjs';

journey('alice opens the insights: charts with legends and targets, tables of the same numbers, CSV per table', async ({ page }) => {
  await loginAs(page, 'alice');
  await clickAndLoad(page, '#sandbox-nav a[data-page="/plugins/servlet/debrief/insights"]');
  await page.waitForSelector('.debrief-insights-results');
  const incidents = Number(await page.locator('.debrief-insights-summary dd').first().innerText());
  assert.ok(incidents > 0, 'the seed\'s incidents are counted');
  // Chart.js drew every chart on its canvas (a blank canvas would have no chart instance)
  const charts = await page.locator('.debrief-insights-chart canvas').evaluateAll(
    canvases => canvases.map(canvas => window.Chart.getChart(canvas)?.config.type));
  assert.equal(charts.length, 9); // targets, five phases, debriefs, items, ages
  assert.ok(charts.every(Boolean), `every canvas has its chart: ${charts}`);
  const resolve = await page.locator('#debrief-insights-chart-phase-resolve canvas').evaluate(
    canvas => window.Chart.getChart(canvas).data.datasets.map(set => set.label));
  assert.ok(resolve.some(label => /Target/.test(label)), `the resolve target is a line: ${resolve}`);

  const total = page.locator('#debrief-insights-table-months tbody tr').last();
  assert.equal(Number(await total.locator('td').first().innerText()), incidents);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click('button.debrief-insights-csv[data-table="months"]'),
  ]);
  assert.equal(download.suggestedFilename(), 'debrief-insights-months.csv');

  await page.selectOption('#debrief-insights-group', 'component');
  await page.click('.debrief-insights-controls button[type="submit"]');
  await page.waitForSelector('#debrief-insights-table-groups caption:has-text("component")');
});

journey('the insights dashboard item shows the summary and two charts, linking to the page', async ({ page }) => {
  await loginAs(page, 'bob');
  await clickAndLoad(page, '#sandbox-nav a[data-page="/debrief/dashboard"]');
  await page.waitForSelector('#debrief-insights-gadget .debrief-insights-results');
  assert.equal(await page.locator('#debrief-insights-gadget canvas').count(), 2);
  await clickAndLoad(page, '#debrief-insights-gadget .debrief-insights-more a');
  await page.waitForSelector('.debrief-insights-page');
});

journey('the insights answer nobody logged in with 401', async () => {
  const answer = await fetch(BASE_URL + '/rest/debrief/1.0/insights', { headers: { Accept: 'application/json' } });
  assert.equal(answer.status, 401);
});
