// What the browser tests share: Playwright's chromium, or ctest's skip (exit 77) with the reason
// when chromium or playwright-core is missing, and a free port on the loopback for a server.
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

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
