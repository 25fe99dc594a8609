// The widget embedded in the example host page, served from a different origin: the iframe
// takes its content's height with no inner scrollbar, follows the content as it grows, and
// the host's own styles do not reach inside; printing from inside prints the widget.
import { hostPort } from './playwright.config.mjs';
import { answerDeclarations, continueOn, fillFigures, THREE_GOOD_YEARS, test, expect } from './flows.mjs';

const HOST = `http://127.0.0.1:${hostPort}/`;

/**
 * Opens the host page and waits until the app in its frame is ready. Until the frame's body is
 * parsed, its page holds the first page in both languages (boot.js then sets one aside), and
 * until the app is ready its controls only say so (first-paint.spec.mjs looks at that time).
 */
async function openHost(page) {
  await page.goto(HOST);
  await expect(page.frameLocator('iframe[data-tic-selfcheck]').locator('html'))
    .toHaveAttribute('data-tic-ready', '');
}

async function frameFits(page) {
  const frame = page.frameLocator('iframe[data-tic-selfcheck]');
  await expect(frame.locator('#tic-page-heading')).toBeVisible();
  const iframe = page.locator('iframe[data-tic-selfcheck]');
  await expect.poll(async () => {
    const outer = await iframe.evaluate((f) => f.clientHeight);
    const inner = await frame.locator('html').evaluate((h) => h.scrollHeight);
    return Math.abs(outer - inner);
  }, { timeout: 5000 }).toBeLessThanOrEqual(1);
  const inner = await frame.locator('html').evaluate((h) => ({ sh: h.scrollHeight, ch: h.clientHeight }));
  expect(inner.sh, 'no inner scrollbar').toBeLessThanOrEqual(inner.ch + 1);
  return iframe.evaluate((f) => f.clientHeight);
}

test('the embedded widget sizes its frame to its content on another origin', async ({ page, baseURL }) => {
  await openHost(page);
  const iframe = page.locator('iframe[data-tic-selfcheck]');
  expect(new URL(await iframe.getAttribute('src')).origin).toBe(new URL(baseURL).origin);
  expect(new URL(page.url()).origin).not.toBe(new URL(baseURL).origin);
  const startHeight = await frameFits(page);
  expect(startHeight).toBeGreaterThan(600);

  // Moving on and failing validation changes the height; the frame follows.
  const frame = page.frameLocator('iframe[data-tic-selfcheck]');
  await frame.locator('.tic-button--start').click();
  await frame.locator('form.tic-form button[type=submit]').click();
  await expect(frame.locator('#tic-error-summary')).toBeVisible();
  const errorHeight = await frameFits(page);
  expect(errorHeight).not.toBe(startHeight);

  // The host's blunt styles (purple 20px paragraphs) stop at the frame.
  const colour = await frame.locator('p.tic-radios__hint').first().evaluate((p) => getComputedStyle(p).color);
  expect(colour).not.toBe('rgb(128, 0, 128)');
  // And the widget adds nothing to the host: every class in the host document is the host's own.
  const widgetClasses = await page.evaluate(() => [...document.querySelectorAll('[class*="tic-"]')].length);
  expect(widgetClasses).toBe(0);
});

test('the language can be chosen in the snippet', async ({ page }) => {
  await openHost(page);
  await page.locator('iframe[data-tic-selfcheck]').evaluate((f) => { f.src = f.src.replace('lang=zh', 'lang=en'); });
  await expect(page.frameLocator('iframe[data-tic-selfcheck]').locator('html[lang="en"][data-tic-ready]')).toHaveCount(1);
  const frame = page.frameLocator('iframe[data-tic-selfcheck]');
  await expect(frame.locator('#tic-page-heading')).toHaveText(
    'Beijing Technology Innovation Center supporting-unit self-check');
  await frameFits(page);
});

test('embedded, the frame is named in the language shown and the service header is left to the host', async ({ page }) => {
  await openHost(page);
  const iframe = page.locator('iframe[data-tic-selfcheck]');
  const frame = page.frameLocator('iframe[data-tic-selfcheck]');
  await expect(frame.locator('#tic-page-heading')).toBeVisible();
  await expect(iframe).toHaveAttribute('title', '北京市技术创新中心依托单位条件自评');
  // The host page shows the service's name: the widget leaves its own header text out and
  // keeps the language switch.
  await expect(frame.locator('html')).toHaveAttribute('data-tic-embedded', '');
  await expect(frame.locator('.tic-header__service')).toBeHidden();
  await frame.getByRole('button', { name: 'English' }).click();
  await expect(iframe).toHaveAttribute('title', 'Beijing Technology Innovation Center supporting-unit self-check');
  await frame.getByRole('button', { name: '中文' }).click();
  await expect(iframe).toHaveAttribute('title', '北京市技术创新中心依托单位条件自评');
});

test('messages from anywhere but the widget are ignored', async ({ page }) => {
  await openHost(page);
  const before = await frameFits(page);
  // A listener added now runs after the helper's for the same message: once it has run, the
  // helper has had its say.
  await page.evaluate(() => new Promise((handled) => {
    window.addEventListener('message', () => handled(), { once: true });
    window.postMessage({ type: 'tic-selfcheck:height', height: 5 }, '*');
  }));
  expect(await page.locator('iframe[data-tic-selfcheck]').evaluate((f) => f.clientHeight)).toBe(before);
});

test('printing from inside the frame prints the widget\'s report, not the host page', async ({ page }) => {
  await openHost(page);
  const frame = page.frameLocator('iframe[data-tic-selfcheck]');
  await frame.locator('.tic-button--start').click();
  await frame.locator('#tic-path').check();
  await continueOn(frame);
  await answerDeclarations(frame);
  await fillFigures(frame, { years: THREE_GOOD_YEARS });
  await continueOn(frame);
  await expect(frame.locator('#tic-page-heading')).toHaveText('核对您的回答');
  await continueOn(frame);
  await expect(frame.locator('#tic-overall-verdict')).toHaveText('初步符合');

  // Record which window is asked to print (the dialog itself cannot be driven headless).
  await page.evaluate(() => { window.print = () => { window.hostPrinted = true; }; });
  const inner = frame.locator('html');
  await inner.evaluate(() => { window.print = () => { window.framePrinted = true; }; });
  await frame.locator('#tic-print').click();
  expect(await inner.evaluate(() => window.framePrinted === true)).toBe(true);
  expect(await page.evaluate(() => window.hostPrinted === undefined)).toBe(true);

  // What that window prints: the report with its print header, without the controls.
  await page.emulateMedia({ media: 'print' });
  await expect(frame.locator('.tic-print-header')).toBeVisible();
  await expect(frame.locator('#tic-print')).toBeHidden();
  await expect(frame.locator('#tic-condition-rd_intensity')).toBeVisible();
});
