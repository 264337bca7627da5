// Screenshots of the insights page and dashboard item for docs/ (not a journey: run by hand on a seeded sandbox).
//   java -jar sandbox/target/debrief-sandbox.jar --seed --port 2933 --db /tmp/ins-db &
//   BASE_URL=http://127.0.0.1:2933 node sandbox/src/test/e2e/insights-screenshots.mjs docs
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const BASE_URL = process.env.BASE_URL ?? 'http://127.0.0.1:2990';
const out = process.argv[2] ?? '.';
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox'] });
try {
  const page = await (await browser.newContext({ baseURL: BASE_URL, viewport: { width: 1400, height: 900 } })).newPage();
  await page.goto('/');
  await Promise.all([page.waitForEvent('load'), page.selectOption('#login-user', 'alice')]);
  await page.goto('/plugins/servlet/debrief/insights');
  await page.waitForSelector('.debrief-insights-results');
  await page.screenshot({ path: join(out, 'insights-page.png'), fullPage: true });
  await page.goto('/debrief/dashboard');
  await page.waitForSelector('#debrief-insights-gadget .debrief-insights-results');
  await page.locator('#debrief-insights-gadget').screenshot({ path: join(out, 'insights-dashboard-item.png') });
} finally {
  await browser.close();
}
