// Browser tests of the back office: Playwright (playwright-core) driving Debian's chromium
// against a real `rightstrack serve` on a database of our own test text, with users, two
// ministries and their actions made beforehand by the `rightstrack track` command line. The
// issue's whole reporting round through the pages: the focal point writes and submits a
// progress report, the coordinator returns it with a comment, the focal point corrects and
// resubmits it, the coordinator approves and publishes it and publishes the action, and a
// visitor sees it on /plans. On the way: the focal point attaches an evidence file to the returned
// report, the coordinator defines an indicator that the focal point measures, the coordinator
// builds a cluster and links it to the action, a contributor (the Ombudsman) assesses one of its
// recommendations and a visitor reads the assessment on the recommendation's public page, apart
// from the State's view, and the site menu leads to each area. Also a forbidden action refused
// (the focal point opening another ministry's action), no Content-Security-Policy violation, and
// no WCAG 2.1 A/AA violation that axe-core finds on the office's pages (the contributor's
// assessment form and the assessed recommendation's public page among them). Screenshots go to
// the artefacts folder. Exit 0 when all pass, 1 on a failure, 77 (ctest's skip) when chromium or
// playwright-core is missing.
//
// Usage: node office.test.mjs RIGHTSTRACK_BINARY TEST_TEXT ARTEFACTS_FOLDER
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import {
  browserOrSkip, check, checkAccessibility, finish, freePort, runTests, serve,
} from './support.mjs';

const [binary, testText, artefacts] = process.argv.slice(2);
const { chromium, chromiumPath } = await browserOrSkip();

// `rightstrack track ARGUMENTS --db DATABASE --json`, its answer parsed; `input` on stdin.
function track(database, argumentList, input = '') {
  const run = spawnSync(binary, ['track', ...argumentList, '--db', database, '--json'],
                        { input, encoding: 'utf8' });
  check(run.status === 0, `track ${argumentList.join(' ')} failed: ${run.stderr}`);
  return JSON.parse(run.stdout);
}

async function signIn(page, base, name) {
  await page.goto(`${base}/login?next=/office`);
  await page.getByLabel('User name').fill(name);
  await page.getByLabel('Password').fill(`${name}-password`);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/office$/);
}

async function signOut(page) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL(/\/search/);
}

async function reportStatus(page) {
  return page.locator('dd[data-report-status]').getAttribute('data-report-status');
}

const tests = [];
const test = (name, body) => tests.push({ name, body });
const plan = {};  // Ids made during setup, and the report's address once written.

test('the focal point writes and submits a progress report from its dashboard', async (page, base) => {
  await signIn(page, base, 'aida');
  check((await page.locator('h1').textContent()) === 'Office', 'the office heading');
  await page.screenshot({ path: join(artefacts, 'office-dashboard.png'), fullPage: true });
  await page.getByRole('link', { name: 'Train judges on the Istanbul Protocol' }).first().click();
  await page.waitForURL(new RegExp(`/office/actions/${plan.justice}$`));
  await page.getByLabel('Period from').fill('2026-01-01');
  await page.getByLabel('Period to').fill('2026-03-31');
  await page.getByLabel('Narrative').fill('Forty judges trained.');
  await page.getByRole('button', { name: 'Create the report' }).click();
  await page.waitForURL(/\/office\/reports\/\d+$/);
  plan.report = page.url();
  check((await reportStatus(page)) === 'draft', 'a draft first');
  await page.getByRole('button', { name: 'Submit for approval' }).click();
  await page.waitForURL(plan.report);
  check((await reportStatus(page)) === 'submitted', 'submitted');
  check((await page.getByRole('button', { name: 'Approve' }).count()) === 0,
        'no approval offered to its author');
  await page.screenshot({ path: join(artefacts, 'office-report-submitted.png'), fullPage: true });
});

test('a forbidden action is refused: another ministry\'s action', async (page, base) => {
  const refused = await page.goto(`${base}/office/actions/${plan.health}`);
  check(refused.status() === 403, `status ${refused.status()}`);
  check((await page.locator('[role=alert]').textContent()).includes('you may not read this action'),
        'the refusal names what was refused');
  await page.screenshot({ path: join(artefacts, 'office-refused.png'), fullPage: true });
  const list = await page.goto(`${base}/office/actions`);
  check(list.status() === 200, 'the list');
  check(!(await page.content()).includes('Equip prison hospitals'), 'the other action is not listed');
  await signOut(page);
});

test('the coordinator returns the report with a comment', async (page, base) => {
  await signIn(page, base, 'secretariat');
  await page.goto(plan.report);
  await page.getByLabel('Comment for the author').fill('Say how many were women.');
  await page.getByRole('button', { name: 'Return with this comment' }).click();
  await page.waitForURL(plan.report);
  check((await reportStatus(page)) === 'returned', 'returned');
  await signOut(page);
});

test('the focal point attaches an evidence file to the returned report', async (page, base) => {
  await signIn(page, base, 'aida');
  await page.goto(plan.report);
  await page.getByLabel('Evidence files').setInputFiles({
    name: 'attendance.txt', mimeType: 'text/plain',
    buffer: Buffer.from('Forty judges signed the attendance list.\n'),
  });
  await page.getByRole('button', { name: 'Attach the files' }).click();
  await page.waitForURL(plan.report);
  const evidence = page.locator('ul.evidence li');
  check((await evidence.count()) === 1, 'one file cited');
  check((await evidence.textContent()).includes('attendance.txt'), 'by its name');
  check(/^[0-9a-f]{64}$/.test(await evidence.getAttribute('data-sha256')), 'under its SHA-256');
  check((await reportStatus(page)) === 'returned', 'still returned');
  await page.screenshot({ path: join(artefacts, 'office-report-evidence.png'), fullPage: true });
  await signOut(page);
});

test('the focal point corrects the narrative and resubmits', async (page, base) => {
  await signIn(page, base, 'aida');
  await page.goto(plan.report);
  check((await page.content()).includes('Say how many were women.'), 'the comment is shown');
  await page.getByLabel('Narrative').fill('Forty judges trained, twenty-two of them women.');
  await page.getByRole('button', { name: 'Save the narrative' }).click();
  await page.waitForURL(plan.report);
  await page.getByRole('button', { name: 'Submit for approval' }).click();
  await page.waitForURL(plan.report);
  check((await reportStatus(page)) === 'submitted', 'submitted again');
  await signOut(page);
});

test('the coordinator approves and publishes the report and the action', async (page, base) => {
  await signIn(page, base, 'secretariat');
  await page.goto(plan.report);
  await page.getByRole('button', { name: 'Approve' }).click();
  await page.waitForURL(plan.report);
  check((await reportStatus(page)) === 'approved', 'approved');
  await page.getByRole('button', { name: 'Publish the report' }).click();
  await page.waitForURL(plan.report);
  check((await reportStatus(page)) === 'published', 'published');
  await page.goto(`${base}/office/actions/${plan.justice}`);
  await page.getByRole('button', { name: 'Publish the action' }).click();
  await page.waitForURL(new RegExp(`/office/actions/${plan.justice}$`));
  await page.screenshot({ path: join(artefacts, 'office-action-published.png'), fullPage: true });
  await signOut(page);
});

test('the public sees the published action and its report on /plans', async (page, base) => {
  await page.goto(`${base}/plans`);
  const entry = page.locator(`article[data-action="${plan.justice}"]`);
  check((await entry.count()) === 1, 'the published action is listed');
  const text = await entry.textContent();
  check(text.includes('Forty judges trained, twenty-two of them women.'), 'its report');
  check(!(await page.content()).includes('Equip prison hospitals'), 'nothing unpublished');
  await page.screenshot({ path: join(artefacts, 'plans.png'), fullPage: true });
  await page.goto(`${base}/plans?lang=ru`);
  check((await page.locator('h1').textContent()) === 'Опубликованные планы', 'in Russian');
  await page.goto(`${base}/plans?lang=en`);
});

test('the coordinator defines an indicator and the focal point records a measurement', async (page, base) => {
  await signIn(page, base, 'secretariat');
  await page.goto(`${base}/office/actions/${plan.justice}`);
  await page.getByLabel('Name', { exact: true }).fill('Judges trained');
  await page.getByLabel('Unit (percent, cases, persons trained…)').fill('persons');
  await page.getByLabel('Baseline', { exact: true }).fill('0');
  await page.getByLabel('Target', { exact: true }).fill('120');
  await page.getByLabel('Sex', { exact: true }).check();
  await page.getByRole('button', { name: 'Define the indicator' }).click();
  await page.waitForURL(new RegExp(`/office/actions/${plan.justice}$`));
  check((await page.locator('h3', { hasText: 'Judges trained (persons)' }).count()) === 1,
        'the indicator is listed');
  await signOut(page);

  await signIn(page, base, 'aida');
  await page.goto(`${base}/office/actions/${plan.justice}`);
  check((await page.getByRole('button', { name: 'Define the indicator' }).count()) === 0,
        'a focal point may not define one');
  await page.getByLabel('Value (persons)').fill('22');
  await page.getByLabel('Date', { exact: true }).fill('2026-03-31');
  await page.getByLabel('Source', { exact: true }).fill('Training register');
  await page.getByLabel('Sex (empty for the total)').fill('female');
  await page.getByRole('button', { name: 'Record the measurement' }).click();
  await page.waitForURL(new RegExp(`/office/actions/${plan.justice}$`));
  const row = page.locator('table[data-indicator] tbody tr');
  check((await row.count()) === 1, 'one measurement');
  const cells = await row.locator('td').allTextContents();
  check(cells.join('|') === '2026-03-31|22|Sex: female|Training register|aida',
        `the measurement as recorded: ${cells.join('|')}`);
  await page.screenshot({ path: join(artefacts, 'office-indicator.png'), fullPage: true });
  await signOut(page);
});

test('the coordinator builds a cluster and links it to the action', async (page, base) => {
  const search = await page.request.get(`${base}/api/v1/search?limit=2`);
  const ids = (await search.json()).hits.map((hit) => hit.id);
  check(ids.length === 2, 'two recommendations to cluster');
  plan.recommendation = ids[0];
  await signIn(page, base, 'secretariat');
  await page.getByRole('link', { name: 'Clusters' }).click();
  await page.waitForURL(/\/office\/clusters$/);
  await page.getByLabel('Title').fill('Torture prevention');
  await page.getByLabel('Recommendation IDs (separated by commas or spaces)').fill(ids.join(', '));
  await page.getByRole('button', { name: 'Create the cluster' }).click();
  await page.waitForURL(/\/office\/clusters\/\d+$/);
  plan.cluster = page.url().replace(base, '');
  check((await page.locator('ul.members li').count()) === 2, 'both recommendations');
  await page.getByRole('button', { name: `Remove ${ids[1]} from the cluster` }).click();
  await page.waitForURL(new RegExp(`${plan.cluster}$`));
  check((await page.locator('ul.members li').count()) === 1, 'one taken out');
  await page.getByLabel('Action', { exact: true }).selectOption(String(plan.justice));
  await page.getByRole('button', { name: 'Link the cluster to this action' }).click();
  await page.waitForURL(new RegExp(`${plan.cluster}$`));
  check((await page.locator('ul.linked li').textContent()).includes('Train judges'),
        'the action is linked');
  await page.screenshot({ path: join(artefacts, 'office-cluster.png'), fullPage: true });
  await signOut(page);
});

test('a contributor assesses a recommendation and the public page shows it apart', async (page, base) => {
  await signIn(page, base, 'ombudsman');
  const form = `${base}/office/assessments?recommendation=${plan.recommendation}`;
  await page.goto(form);
  await page.getByLabel('Status', { exact: true }).selectOption('partially_implemented');
  await page.getByLabel('Assessment', { exact: true }).fill('Two of five complaints reached a court.');
  await page.getByLabel('Sources', { exact: true }).fill('Ombudsman annual report 2026');
  await page.getByRole('button', { name: 'Record the assessment' }).click();
  await page.waitForURL(form);
  await signOut(page);

  await page.goto(`${base}/recommendations/${plan.recommendation}`);
  // The State's view comes from the published action the cluster links, still planned.
  check((await page.locator('p[data-state-view]').getAttribute('data-state-view')) === 'not_started',
        "the State's view");
  const rows = page.locator('table.assessments tbody tr');
  check((await rows.count()) === 1, 'one assessment');
  const cells = (await rows.locator('td').allTextContents()).slice(1);
  check(cells.join('|') ===
          'Ombudsman (OMB)|Partially implemented|Two of five complaints reached a court.|Ombudsman annual report 2026',
        `the assessment as recorded: ${cells.join('|')}`);
  check((await page.getByRole('heading', { name: 'Independent assessments' }).count()) === 1,
        'labelled as independent');
  await page.screenshot({ path: join(artefacts, 'recommendation-assessed.png'), fullPage: true });
});

test('axe-core finds no WCAG 2.1 AA violation on the contributor\'s assessment form', async (page, base) => {
  await checkAccessibility(page, base,
                           [`/office/assessments?recommendation=${plan.recommendation}`,
                            `/recommendations/${plan.recommendation}`],
                           (axePage) => signIn(axePage, base, 'ombudsman'));
});

test('the site menu leads to each area and marks the one the page is in', async (page, base) => {
  await page.goto(`${base}/search`);
  const menu = page.getByRole('navigation', { name: 'Main menu' });
  const current = () => menu.locator('a[aria-current]').textContent();
  check((await current()) === 'Search', 'Search is current');
  check((await menu.getByRole('link', { name: 'Office' }).count()) === 0, 'no office for a visitor');
  await menu.getByRole('link', { name: 'States' }).click();
  await page.waitForURL(/\/states$/);
  check((await current()) === 'States', 'States is current');
  await menu.getByRole('link', { name: 'Plans' }).click();
  await page.waitForURL(/\/plans$/);
  check((await current()) === 'Plans', 'Plans is current');
  await signIn(page, base, 'aida');
  await menu.getByRole('link', { name: 'Plans' }).click();
  await page.waitForURL(/\/plans$/);
  await menu.getByRole('link', { name: 'Office' }).click();
  await page.waitForURL(/\/office$/);
  check((await current()) === 'Office', 'Office is current');
  await page.goto(`${base}/office/actions/${plan.justice}?lang=ky`);
  const kyrgyz = page.getByRole('navigation', { name: 'Негизги меню' });
  check((await kyrgyz.locator('a[aria-current="true"]').textContent()) === 'Кабинет',
        'in Kyrgyz, and current further in');
  await page.goto(`${base}/office?lang=en`);
  await signOut(page);
});

test('axe-core finds no WCAG 2.1 AA violation on the office\'s pages', async (page, base) => {
  await checkAccessibility(page, base,
                           ['/office', '/office/actions', `/office/actions/${plan.justice}`,
                            `/office/actions/${plan.justice}/edit`, '/office/actions/new',
                            plan.report.replace(base, ''), '/office/suggestions', '/office/users',
                            '/office/institutions', '/office/audit', '/office/clusters',
                            plan.cluster, '/office/assessments',
                            `/office/assessments?recommendation=${plan.recommendation}`, '/states',
                            '/plans', '/plans?lang=ky'],
                           (axePage) => signIn(axePage, base, 'secretariat'));
});

const folder = mkdtempSync(join(tmpdir(), 'rightstrack-office-'));
mkdirSync(artefacts, { recursive: true });
let failures = 0;
let server;
let browser;
try {
  const database = join(folder, 'office.db');
  const imported = spawnSync(binary, ['import', testText, '--db', database], { encoding: 'utf8' });
  check(imported.status === 0, `import failed: ${imported.stderr}`);
  track(database, ['init-admin', 'admin'], 'admin-password\n');
  for (const [code, name] of [['MOJ', 'Ministry of Justice'], ['MOH', 'Ministry of Health']])
    track(database, ['institution', 'add', code, '--name', name, '--kind', 'ministry', '--as', 'admin']);
  track(database, ['user', 'add', 'secretariat', '--role', 'coordinator', '--as', 'admin'],
        'secretariat-password\n');
  track(database, ['user', 'add', 'aida', '--role', 'focal_point', '--institution', 'MOJ',
                   '--as', 'admin'], 'aida-password\n');
  track(database, ['institution', 'add', 'OMB', '--name', 'Ombudsman', '--kind', 'nhri',
                   '--as', 'admin']);
  track(database, ['user', 'add', 'ombudsman', '--role', 'contributor', '--institution', 'OMB',
                   '--as', 'admin'], 'ombudsman-password\n');
  const due = new Date(Date.now() + 10 * 86400000).toISOString().slice(0, 10);
  plan.justice = track(database, ['action', 'add', '--title', 'Train judges on the Istanbul Protocol',
                                  '--lead', 'MOJ', '--start', '2026-01-01', '--due', due,
                                  '--as', 'secretariat']).id;
  plan.health = track(database, ['action', 'add', '--title', 'Equip prison hospitals', '--lead',
                                 'MOH', '--as', 'secretariat']).id;
  const port = await freePort();
  // It says it is serving: the database has users already, so no setup address follows.
  ({ server } = await serve(binary, database, port, /rightstrack serving .* on http:/));
  const base = `http://127.0.0.1:${port}`;
  browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
  const context = await browser.newContext();
  const page = await context.newPage();
  failures += await runTests(page, tests, [base], join(artefacts, 'office-failure.png'));
} catch (error) {
  failures++;
  console.log(`not ok - setting up: ${error.message}`);
} finally {
  await browser?.close();
  server?.kill('SIGTERM');
  rmSync(folder, { recursive: true, force: true });
}
finish(failures, tests, artefacts);
