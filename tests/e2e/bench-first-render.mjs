// Reports the time from navigation to the first rendered step (the start page's heading in the
// DOM) in headless Chromium, median of several cold loads, and when the requests for the glue
// and the wasm started (a waterfall shows as late starts). A report, not a test:
//   node tests/e2e/bench-first-render.mjs [runs] [--slow]   (builds nothing: run trunk build --release first)
// --slow emulates a phone network (150 ms round trip, 1.6 Mbit/s down, Lighthouse's mobile
// setting), where a chain of requests shows.
import { chromium } from '@playwright/test';
import { chromiumPath, CHROMIUM_ARGS } from './chromium.mjs';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const slow = process.argv.includes('--slow');
const runs = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 9);
const port = 8799;
const here = fileURLToPath(new URL('.', import.meta.url));
const server = spawn(process.execPath, [`${here}serve-dist.mjs`, String(port)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));

const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: CHROMIUM_ARGS,
});
const times = [];
const starts = { 'tic-selfcheck.js': [], 'tic-selfcheck_bg.wasm': [] };
try {
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext(); // cold: no cache, no compiled wasm
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
    }
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.getElementById('tic-page-heading')) {
          window.__ticFirstRender = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(() => window.__ticFirstRender !== undefined);
    times.push(await page.evaluate(() => window.__ticFirstRender));
    for (const name of Object.keys(starts)) {
      starts[name].push(await page.evaluate((n) => {
        const entry = performance.getEntriesByType('resource').find((e) => e.name.endsWith(`/${n}`));
        return entry ? entry.startTime : NaN;
      }, name));
    }
    await context.close();
  }
} finally {
  await browser.close();
  server.kill();
}
const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(`first render (navigation → start page heading), ${runs} cold loads on 127.0.0.1${slow ? ', phone network emulated' : ''}:`);
console.log(`  median ${median.toFixed(0)} ms, fastest ${times[0].toFixed(0)} ms, slowest ${times[times.length - 1].toFixed(0)} ms`);
for (const [name, xs] of Object.entries(starts)) {
  console.log(`  ${name} requested at ${med(xs).toFixed(0)} ms (median)`);
}
