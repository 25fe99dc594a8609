// Reports how long a keystroke in a figure field takes from the key to the next paint, at
// normal speed and with the CPU throttled four times (a low-end phone), with the draft on and
// off. The time runs from the keydown event to a task queued from the next animation frame,
// which runs once that frame is painted (the Event Timing API reports nothing under 16 ms and
// rounds to 8 ms, too coarse here). A report, not a test:
//   node tests/e2e/bench-typing.mjs [keystrokes]   (builds nothing: run trunk build --release first)
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromiumPath, CHROMIUM_ARGS } from './chromium.mjs';
import { answerDeclarations, choosePath, fillFigures, fixClock, start, THREE_GOOD_YEARS } from './flows.mjs';

const keystrokes = Number(process.argv[2] ?? 40);
const port = 8797;
const here = fileURLToPath(new URL('.', import.meta.url));
const server = spawn(process.execPath, [`${here}serve-dist.mjs`, String(port)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)], p90: s[Math.floor(s.length * 0.9)], max: s[s.length - 1] };
};

async function measure(throttle, remember) {
  const page = await browser.newPage();
  await fixClock(page);
  const base = `http://127.0.0.1:${port}/`;
  await page.goto(base);
  if (remember) await page.locator('#tic-remember').check();
  await start(page, base);
  await choosePath(page, 'existing_enterprise');
  await answerDeclarations(page);
  await fillFigures(page, { years: THREE_GOOD_YEARS });
  await page.evaluate(() => {
    window.__ticLatency = [];
    window.__ticWork = [];
    // The Event Timing API, as browsers measure interaction latency (key to next paint); it
    // reports only interactions of 16 ms or more, in steps of 8 ms.
    window.__ticSlow = new Map();
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.interactionId) {
          window.__ticSlow.set(e.interactionId, Math.max(window.__ticSlow.get(e.interactionId) ?? 0, e.duration));
        }
      }
    }).observe({ type: 'event', durationThreshold: 16 });
    document.addEventListener('keydown', () => {
      const t0 = performance.now();
      // The app's own work: the input handler and the render it schedules, up to the next task.
      setTimeout(() => window.__ticWork.push(performance.now() - t0), 0);
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => window.__ticLatency.push(performance.now() - t0);
        channel.port2.postMessage(0);
      });
    }, true);
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  const field = page.locator('#tic-fig-2024-rd-total');
  await field.focus();
  await field.press('End');
  for (let i = 0; i < keystrokes; i++) {
    await page.keyboard.press(i % 2 === 0 ? '1' : 'Backspace');
    await page.waitForTimeout(60);
  }
  await page.waitForTimeout(500);
  const latencies = await page.evaluate(() => window.__ticLatency);
  const work = await page.evaluate(() => window.__ticWork);
  const slow = await page.evaluate(() => [...window.__ticSlow.values()]);
  await page.close();
  return { paint: stats(latencies), work: stats(work), slow: slow.length, keys: latencies.length };
}

try {
  console.log(`keystroke to next paint in a figure field, ${keystrokes} keystrokes each:`);
  for (const remember of [false, true]) {
    for (const throttle of [1, 4]) {
      const { paint, work, slow, keys } = await measure(throttle, remember);
      const line = (s) => `median ${s.median.toFixed(1)} ms, p90 ${s.p90.toFixed(1)} ms, max ${s.max.toFixed(1)} ms`;
      console.log(`  CPU ${throttle}×, draft ${remember ? 'on ' : 'off'}: to paint ${line(paint)}; the app's work ${line(work)}`);
      console.log(`    Event Timing: ${slow} of ${keys} keystrokes took 16 ms or more (median ${slow * 2 < keys ? 'under' : 'at or over'} 16 ms)`);
    }
  }
} finally {
  await browser.close();
  server.kill();
}
