// Browser tests of the explorer page (/explore): Debian's chromium driven by playwright-core, against the API
// started here on a free loopback port (embedded store, the repository's seed plus a synthetic 1,011-node chart).
//   node run.mjs                       start the API, run every test
// Screenshots of each view go to output/screenshots/. Prints one line per test and ends with "N passed, M failed".
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { repoRoot, startApi } from '../conformance/shared/start-api.mjs';
import { signingKey } from './api.mjs';
import { writeSyntheticSeed } from './synthetic-seed.mjs';
import { tests } from './tests.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const output = path.join(here, 'output');
const screenshots = path.join(output, 'screenshots');
const downloads = path.join(output, 'downloads');
rmSync(output, { recursive: true, force: true });
mkdirSync(screenshots, { recursive: true });
mkdirSync(downloads, { recursive: true });

const started = Date.now();
const seed = path.join(output, 'seed');
const syntheticNodes = writeSyntheticSeed(repoRoot, seed);
process.env.Auth__SigningKey = signingKey;
const server = await startApi(['--Graph:OdsPath', 'none', '--Graph:SeedPath', seed, '--GraphQL:Limits:RequestsPerMinute', '0']);
const userDataDir = mkdtempSync(path.join(tmpdir(), 'systemgraph-chromium-'));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
  viewport: { width: 1400, height: 900 },
  acceptDownloads: true,
});

let passed = 0;
let failed = 0;
try {
  for (const [name, fn] of tests) {
    const page = await context.newPage();
    const consoleErrors = [];
    page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
    page.on('pageerror', (e) => consoleErrors.push(String(e)));
    const t0 = Date.now();
    try {
      await fn({ page, base: server.base, consoleErrors, screenshots, downloads, syntheticNodes });
      passed++;
      console.log(`ok    ${name} (${Date.now() - t0} ms)`);
    } catch (e) {
      failed++;
      console.log(`FAIL  ${name}: ${e?.stack ?? e}`);
      await page.screenshot({ path: path.join(screenshots, `failed-${name.replace(/\W+/g, '-').slice(0, 60)}.png`) }).catch(() => {});
    } finally {
      await page.close();
    }
  }
} finally {
  await context.close();
  server.stop();
  rmSync(userDataDir, { recursive: true, force: true });
}

console.log(`browser run took ${((Date.now() - started) / 1000).toFixed(1)} s; screenshots in ${path.relative(repoRoot, screenshots)}`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
