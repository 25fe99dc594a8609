// Reports the time from navigation to the first rendered step (the start page's heading in the
// DOM) in headless Chromium, median of several cold loads. A report, not a test:
//   node tests/e2e/bench-first-render.mjs [runs]      (builds nothing: run trunk build --release first)
import { chromium } from '@playwright/test';
import { chromiumPath, CHROMIUM_ARGS } from './chromium.mjs';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const runs = Number(process.argv[2] ?? 9);
const port = 8799;
const here = fileURLToPath(new URL('.', import.meta.url));
const server = spawn(process.execPath, [`${here}serve-dist.mjs`, String(port)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));

const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: CHROMIUM_ARGS,
});
const times = [];
try {
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext(); // cold: no cache, no compiled wasm
    const page = await context.newPage();
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
    await context.close();
  }
} finally {
  await browser.close();
  server.kill();
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(`first render (navigation → start page heading), ${runs} cold loads on 127.0.0.1:`);
console.log(`  median ${median.toFixed(0)} ms, fastest ${times[0].toFixed(0)} ms, slowest ${times[times.length - 1].toFixed(0)} ms`);
