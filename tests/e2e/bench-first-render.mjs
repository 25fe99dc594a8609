// First contentful paint and interactive, for the self-check and for a Yew counter built the
// same way (bench/yew-counter), in headless Chromium: cold loads, the two alternating, medians
// side by side with their ratios. A report, not a test (issue 20's targets: the app's first paint
// at most 0.6× the counter's, interactive at most 2.2×).
//
//   node tests/e2e/bench-first-render.mjs [runs] [--slow] [--gzip] [--dist DIR]
//
// --dist measures another build of the app (an older commit's, say) instead of dist/.
// Builds nothing for the app (run `trunk build --release` first); builds the counter once, into
// bench/yew-counter/dist. Both are served as files, uncompressed, as the other end-to-end tests
// serve them (and as issue 20's first table was measured); --gzip serves them gzipped, as the
// Commission's nginx does (deploy/nginx), where the wasm weighs less against the round trips.
// --slow emulates a phone: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up, CPU 4× slower.
//
// First contentful paint: the browser's own entry. Interactive: when the page marks
// `html[data-tic-ready]` (the app once it answers every press; the counter after its first
// render), timed by a MutationObserver from the start of navigation; for a build of the app from
// before that marker, when its start page appears (which only the app drew then).
import { chromium } from '@playwright/test';
import { chromiumPath, CHROMIUM_ARGS } from './chromium.mjs';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
import { serveDist } from './serve-dist.mjs';

const args = process.argv.slice(2);
const slow = args.includes('--slow');
const gzip = args.includes('--gzip');
const distAt = args.indexOf('--dist');
const here = fileURLToPath(new URL('.', import.meta.url));
const repo = resolve(here, '../..');
const appDist = distAt >= 0 ? resolve(args.splice(distAt, 2)[1]) : join(repo, 'dist');
const runs = Number(args.find((a) => /^\d+$/.test(a)) ?? 5);
const counterDir = join(repo, 'bench/yew-counter');

if (!existsSync(join(appDist, 'index.html'))) {
  console.error('bench-first-render: build the app first (trunk build --release)');
  process.exit(2);
}
if (!existsSync(join(counterDir, 'dist/index.html'))) {
  console.log('building the Yew counter (bench/yew-counter, once)…');
  execFileSync('trunk', ['build', '--release', '--locked', '--quiet'], { cwd: counterDir, stdio: 'inherit' });
}

const app = await serveDist(0, appDist, {}, { gzip });
const counter = await serveDist(0, join(counterDir, 'dist'), {}, { gzip });
const sites = {
  app: `http://127.0.0.1:${app.address().port}/`,
  counter: `http://127.0.0.1:${counter.address().port}/`,
};

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const results = { app: { fcp: [], ready: [] }, counter: { fcp: [], ready: [] } };

async function coldLoad(url) {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 } });
  const page = await context.newPage();
  if (slow) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: (1.6 * 1024 * 1024) / 8,
      uploadThroughput: (750 * 1024) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  }
  await page.addInitScript(() => {
    new MutationObserver(() => {
      const now = performance.now();
      if (document.querySelector('.tic-prerender')) window.__ticPrerendered = true;
      if (window.__ticHeading === undefined && document.getElementById('tic-page-heading')) window.__ticHeading = now;
      if (window.__ticReady === undefined && document.documentElement.hasAttribute('data-tic-ready')) window.__ticReady = now;
    }).observe(document, { attributes: true, childList: true, subtree: true });
  });
  await page.goto(url);
  // A build from before issue 20 has no marker and no first page in its HTML: there the app is
  // interactive when its start page appears.
  await page.waitForFunction(
    () => window.__ticReady !== undefined || (!window.__ticPrerendered && window.__ticHeading !== undefined),
    null, { timeout: 60000 });
  // The paint entry is written after the frame is drawn, which may follow the marker.
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
  const timings = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    ready: window.__ticReady ?? window.__ticHeading,
  }));
  await context.close();
  return timings;
}

try {
  for (let i = 0; i < runs; i++) {
    for (const name of i % 2 === 0 ? ['app', 'counter'] : ['counter', 'app']) {
      const t = await coldLoad(sites[name]);
      results[name].fcp.push(t.fcp);
      results[name].ready.push(t.ready);
    }
  }
} finally {
  await browser.close();
  app.close();
  counter.close();
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const row = (label, key) => {
  const a = median(results.app[key]);
  const c = median(results.counter[key]);
  return `| ${label} | ${a.toFixed(0)} ms | ${c.toFixed(0)} ms | ${(a / c).toFixed(2)}× |`;
};
console.log(`${runs} cold loads each, alternating, at 375 px${slow ? ', phone emulated (150 ms, 1.6 Mbit/s, CPU 4×)' : ' on 127.0.0.1'}, ${gzip ? 'gzipped' : 'uncompressed'}; medians:`);
console.log('| | this app | Yew counter | ratio |');
console.log('|---|---:|---:|---:|');
console.log(row('first contentful paint', 'fcp'));
console.log(row('interactive (`html[data-tic-ready]`)', 'ready'));
for (const name of ['app', 'counter']) {
  console.log(`  ${name}: first paint ${results[name].fcp.map((x) => x.toFixed(0)).join(', ')}; interactive ${results[name].ready.map((x) => x.toFixed(0)).join(', ')}`);
}
