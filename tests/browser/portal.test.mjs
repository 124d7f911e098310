// Browser tests of the portal: Playwright (playwright-core) driving Debian's chromium against a
// real `rightstrack serve` on a database of our own test text. Search and a facet click (the
// count matches the API's), the language switch, the first run's setup, sign-out and sign-in
// with a wrong and a right password, no Content-Security-Policy violation on any page, and no
// WCAG 2.1 A/AA violation that axe-core finds on the main pages (checked in a context that lets
// axe's injected script past the CSP; the other tests keep the CSP).
// Screenshots go to the artefacts folder. Exit 0 when all pass, 1 on a failure, 77 (ctest's
// skip) when chromium or playwright-core is missing.
//
// Usage: node portal.test.mjs RIGHTSTRACK_BINARY TEST_TEXT ARTEFACTS_FOLDER
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import {
  browserOrSkip, check, checkAccessibility, finish, freePort, runTests, serve,
} from './support.mjs';

const [binary, testText, artefacts] = process.argv.slice(2);
const { chromium, chromiumPath } = await browserOrSkip();

const tests = [];
const test = (name, body) => tests.push({ name, body });

test('axe-core finds no WCAG 2.1 AA violation on the main pages', async (page, base, setup) => {
  const first = await (await page.request.get(`${base}/api/v1/search?limit=1`)).json();
  await checkAccessibility(page, base,
                           ['/search?q=torture', '/search?q=torture&recommending_states=NOR',
                            '/search?lang=ru', '/search?lang=ky&q=nothing-matches', '/login',
                            `/recommendations/${first.hits[0].id}`, setup.replace(base, ''),
                            '/states', `/states/${first.hits[0].state_under_review}`,
                            '/no-such-page']);
});

test('search, then a facet click adds its filter and shows the API count', async (page, base) => {
  await page.goto(`${base}/search?q=torture`);
  check((await page.locator('h1').textContent()) === 'Search recommendations', 'heading');
  await page.screenshot({ path: join(artefacts, 'search.png'), fullPage: true });
  const facetLink = page.locator('section[data-facet="recommending_states"] a[data-value="NOR"]');
  await facetLink.click();
  await page.waitForURL(/recommending_states=NOR/);
  const api = await (await page.request.get(`${base}/api/v1/search?q=torture&recommending_states=NOR`)).json();
  const heading = await page.locator('#results-heading').textContent();
  check(heading === `Found: ${api.total}`, `heading "${heading}", API total ${api.total}`);
  const chosen = page.locator('section[data-facet="recommending_states"] a[data-value="NOR"]');
  check((await chosen.getAttribute('aria-current')) === 'true', 'the chosen value is marked');
  check((await page.locator('mark').count()) > 0, 'matched words are highlighted');
  await page.screenshot({ path: join(artefacts, 'search-facet.png'), fullPage: true });
  await chosen.click();
  await page.waitForURL((url) => !url.search.includes('recommending_states'));
  await page.locator('ol.hits a').first().click();
  await page.waitForURL(/\/recommendations\//);
  check((await page.locator('dl.details').first().textContent()).includes('Mongolia'), 'provenance');
});

test('a State page draws its charts and counts as the API does', async (page, base) => {
  const first = await (await page.request.get(`${base}/api/v1/search?limit=1`)).json();
  const state = first.hits[0].state_under_review;
  const api = await (await page.request.get(
    `${base}/api/v1/search?limit=0&facet_limit=0&state_under_review=${state}`)).json();
  await page.goto(`${base}/states/${state}`);
  await page.screenshot({ path: join(artefacts, 'state.png'), fullPage: true });
  const box = await page.locator('svg.chart').first().boundingBox();
  check(box && box.width > 200 && box.height > 50, 'the cycles chart is not drawn');
  for (const response of ['supported', 'noted']) {
    const shown = await page.locator(`td[data-facet="response"][data-value="${response}"]`)
      .textContent();
    check(Number(shown) === (api.facets.response[response] ?? 0), `${response}: ${shown}`);
  }
});

test('the language switch turns the page Russian, then Kyrgyz', async (page, base) => {
  await page.goto(`${base}/search`);
  await page.getByRole('link', { name: 'Русский' }).click();
  await page.waitForURL(/lang=ru/);
  check((await page.locator('html').getAttribute('lang')) === 'ru', 'html lang ru');
  check((await page.locator('h1').textContent()) === 'Поиск рекомендаций', 'Russian heading');
  await page.goto(`${base}/search`);  // Remembered in a cookie.
  check((await page.locator('html').getAttribute('lang')) === 'ru', 'the cookie keeps ru');
  await page.getByRole('link', { name: 'Кыргызча' }).click();
  await page.waitForURL(/lang=ky/);
  check((await page.locator('h1').textContent()) === 'Сунуштамаларды издөө', 'Kyrgyz heading');
  await page.screenshot({ path: join(artefacts, 'search-ky.png'), fullPage: true });
  await page.goto(`${base}/search?lang=en`);
});

test('first-run setup, sign out, a wrong password, then sign in', async (page, base, setup) => {
  await page.goto(setup);
  await page.getByLabel(/Administrator's name/).fill('chief');
  await page.getByLabel('Password', { exact: true }).fill('a long enough password');
  await page.getByLabel('Password again').fill('a long enough password');
  await page.getByRole('button', { name: 'Create the administrator' }).click();
  await page.waitForURL(/\/search/);
  check((await page.content()).includes('Signed in as chief'), 'signed in after setup');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL(/\/search/);
  check(!(await page.content()).includes('Signed in as'), 'signed out');
  const again = await page.goto(setup);
  check(again.status() === 404, `setup a second time: ${again.status()}`);

  await page.goto(`${base}/login`);
  await page.getByLabel('User name').fill('chief');
  await page.getByLabel('Password').fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForLoadState();
  check((await page.locator('[role=alert]').textContent()).includes('Wrong user name'), 'refused');
  await page.screenshot({ path: join(artefacts, 'login-refused.png'), fullPage: true });
  await page.getByLabel('Password').fill('a long enough password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/search/);
  check((await page.content()).includes('Signed in as chief'), 'signed in');
});

const folder = mkdtempSync(join(tmpdir(), 'rightstrack-browser-'));
mkdirSync(artefacts, { recursive: true });
let failures = 0;
let server;
let browser;
try {
  const database = join(folder, 'browser.db');
  const imported = spawnSync(binary, ['import', testText, '--db', database], { encoding: 'utf8' });
  check(imported.status === 0, `import failed: ${imported.stderr}`);
  const port = await freePort();
  // A fresh database: serve prints the first run's setup address.
  const started = await serve(binary, database, port, /http:\/\/\S+\/setup\?token=[0-9a-f]{64}/);
  server = started.server;
  const base = `http://127.0.0.1:${port}`;
  browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
  const context = await browser.newContext();
  const page = await context.newPage();
  failures += await runTests(page, tests, [base, started.matched],
                             join(artefacts, 'failure.png'));
} catch (error) {
  failures++;
  console.log(`not ok - setting up: ${error.message}`);
} finally {
  await browser?.close();
  server?.kill('SIGTERM');
  rmSync(folder, { recursive: true, force: true });
}
finish(failures, tests, artefacts);
