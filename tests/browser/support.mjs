// What the browser tests share: Playwright's chromium, or ctest's skip (exit 77) with the reason
// when chromium or playwright-core is missing; a free port on the loopback for a server, and
// `rightstrack serve` started on it; the axe-core check; and the runner that reports each test
// and any CSP violation.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SKIP = 77;

// { chromium, chromiumPath }, or exits with SKIP naming what is missing.
export async function browserOrSkip() {
  const chromiumPath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync);
  if (!chromiumPath) {
    console.log('SKIPPED: chromium is not installed (scripts/install-browser-deps.sh installs it)');
    process.exit(SKIP);
  }
  try {
    const { chromium } = await import('playwright-core');
    return { chromium, chromiumPath };
  } catch {
    console.log('SKIPPED: playwright-core is not installed (scripts/install-browser-deps.sh)');
    process.exit(SKIP);
  }
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

// Starts `BINARY serve` and waits until what it prints matches `ready`: { server, matched }.
export function serve(binary, database, port, ready) {
  return new Promise((resolve, reject) => {
    const server = spawn(binary, ['serve', '--db', database, '--port', String(port)]);
    let output = '';
    const timer = setTimeout(() => reject(new Error(`serve did not start:\n${output}`)), 30000);
    server.stderr.on('data', (chunk) => {
      output += chunk;
      const matched = output.match(ready);
      if (matched) {
        clearTimeout(timer);
        resolve({ server, matched: matched[0] });
      }
    });
    server.once('exit', (code) => reject(new Error(`serve exited ${code}:\n${output}`)));
  });
}

export function check(condition, message) {
  if (!condition) throw new Error(message);
}

const axePath = join(dirname(fileURLToPath(import.meta.url)), 'node_modules/axe-core/axe.min.js');
const wcag = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } };

// Fails naming every WCAG 2.1 A/AA violation axe-core finds on `paths`, checked in a context of
// their own that lets axe's injected script past the CSP (the tests' own page keeps it);
// `prepare` readies that context's page first (signing in, say).
export async function checkAccessibility(page, base, paths, prepare = async () => {}) {
  check(existsSync(axePath), 'axe-core is not installed (scripts/install-browser-deps.sh)');
  const context = await page.context().browser().newContext({ bypassCSP: true });
  const axePage = await context.newPage();
  const found = [];
  try {
    await prepare(axePage);
    for (const path of paths) {
      await axePage.goto(base + path);
      await axePage.addScriptTag({ path: axePath });
      const result = await axePage.evaluate((options) => window.axe.run(document, options), wcag);
      check(result.passes.length > 10, `axe checked nothing on ${path}`);
      for (const violation of result.violations)
        found.push(`${path}: ${violation.id} (${violation.nodes.length}): ${violation.help}`);
    }
  } finally {
    await context.close();
  }
  check(found.length === 0, `violations:\n${found.join('\n')}`);
}

// Runs each test on `page` with `args`, printing "ok" or "not ok" (and a screenshot at
// `failureShot`) for each, and counts a Content-Security-Policy violation logged by any page as
// one more failure. Returns the failures.
export async function runTests(page, tests, args, failureShot) {
  let failures = 0;
  const violations = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/.test(message.text())) violations.push(message.text());
  });
  for (const { name, body } of tests) {
    try {
      await body(page, ...args);
      console.log(`ok - ${name}`);
    } catch (error) {
      failures++;
      console.log(`not ok - ${name}: ${error.message}`);
      await page.screenshot({ path: failureShot, fullPage: true }).catch(() => {});
    }
  }
  if (violations.length) {
    failures++;
    console.log(`not ok - Content-Security-Policy violations:\n${violations.join('\n')}`);
  }
  return failures;
}

// Prints the summary and exits: 0 when nothing failed, 1 otherwise.
export function finish(failures, tests, artefacts) {
  console.log(failures ? `${failures} failed` : `all ${tests.length} passed; screenshots in ${artefacts}`);
  process.exit(failures ? 1 : 0);
}
