// Provable privacy and accessibility, in Chromium: every request made while a person completes
// a full assessment, prints, exports and imports is recorded and must be a same-origin GET of
// the app's own files, with no cookie and no figure anywhere in a URL; and axe-core finds no
// serious or critical violation on any step, in either language.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  start, choosePath, answerDeclarations, fillFigures, continueOn, seeResults,
  test, expect,
} from './flows.mjs';

const APP_FILES = new Set(['/', '/index.html', '/boot.js', '/tic-selfcheck.js', '/tic-selfcheck_bg.wasm',
  '/main.css', '/pages.css', '/print.css', '/tic-texts.json']);
const FIGURES = {
  2022: { revenue: '987654.321', rd: '123456.789', domestic: '111111.111' },
  2023: { revenue: '987654.322', rd: '123456.788', domestic: '111111.112' },
  2024: { revenue: '987654.323', rd: '123456.787', domestic: '111111.113' },
};
const TYPED = ['987654', '123456', '111111'];

test('a full run in both languages requests nothing but the app\'s own files', async ({ page, context, baseURL }, info) => {
  const requests = [];
  context.on('request', (r) => requests.push({ url: r.url(), method: r.method(), headers: r.headers() }));
  for (const lang of ['zh', 'en']) {
    await start(page, `/?lang=${lang}`);
    await choosePath(page, 'existing_enterprise');
    await answerDeclarations(page);
    await fillFigures(page, { years: FIGURES });
    await continueOn(page);
    await seeResults(page);
    await page.locator('#tic-item-plan-overall-goal-2').check();
    await page.pdf({ path: info.outputPath(`print-${lang}.pdf`) });
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#tic-export').click()]);
    const file = info.outputPath(`answers-${lang}.json`);
    await download.saveAs(file);
    expect(readFileSync(file, 'utf8')).toContain('987654.321');
    await page.goto(`/?lang=${lang}#start`);
    await page.locator('#tic-import').setInputFiles(file);
    await expect(page).toHaveURL(/#check$/);
  }
  const origin = new URL(baseURL).origin;
  // The recording works: the app's own files are in it.
  expect(requests.map((r) => new URL(r.url).pathname)).toContain('/tic-selfcheck_bg.wasm');
  for (const r of requests) {
    const url = new URL(r.url);
    if (url.protocol === 'blob:' || url.protocol === 'data:') continue; // built on the device
    expect(url.origin, r.url).toBe(origin);
    expect(r.method, r.url).toBe('GET');
    expect(APP_FILES.has(url.pathname), `unexpected file ${url.pathname}`).toBe(true);
    expect(r.headers.cookie, r.url).toBeUndefined();
    for (const figure of TYPED) expect(r.url).not.toContain(figure);
  }
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
  expect(await page.evaluate(() => document.cookie)).toBe('');
});

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

async function axe(page, where) {
  // The app's own CSP forbids injected scripts; the audit page bypasses it (see the context).
  await page.addScriptTag({ content: AXE });
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
  }));
  // The audit really ran: it checked rules and found them passed.
  expect(result.passes.length, where).toBeGreaterThan(10);
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${where}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`))
    .toEqual([]);
  return result.violations;
}

test('the app\'s own stylesheets and script load under the policy, without a console error', async ({ page }) => {
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  await page.locator('#tic-page-heading').waitFor();
  const sheets = await page.evaluate(() => [...document.styleSheets].map((s) => new URL(s.href).pathname));
  expect(sheets).toEqual(['/main.css', '/pages.css', '/print.css']);
  // The stylesheet is in force, not just listed: the page uses its font size.
  expect(await page.locator('.tic-root').evaluate((e) => getComputedStyle(e).fontSize)).toBe('17px');
  expect(errors).toEqual([]);
});

test('the Content-Security-Policy refuses a script injected into the page', async ({ page }) => {
  const violations = [];
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) violations.push(m.text()); });
  await page.goto('/');
  await page.locator('#tic-page-heading').waitFor();
  await page.addScriptTag({ content: 'window.injected = true;' }).catch(() => {});
  expect(await page.evaluate(() => window.injected)).toBeUndefined();
  expect(violations.length).toBeGreaterThan(0);
});

test.describe('the audit itself', () => {
  test.use({ bypassCSP: true });
  test('flags an unlabelled field', async ({ page }) => {
    await page.goto('/');
    await page.locator('#tic-page-heading').waitFor();
    await page.evaluate(() => {
      const input = document.createElement('input');
      input.type = 'text';
      document.querySelector('.tic-page').append(input);
    });
    await page.addScriptTag({ content: AXE });
    const ids = await page.evaluate(async () => (await window.axe.run()).violations.map((v) => v.id));
    expect(ids).toContain('label');
  });
});

test.describe('accessibility', () => {
  test.use({ bypassCSP: true });
  for (const lang of ['zh', 'en']) {
    test(`axe finds no serious or critical violation on any step (${lang})`, async ({ page }) => {
      await page.goto(`/?lang=${lang}`);
      await page.locator('#tic-page-heading').waitFor();
      await axe(page, 'start');
      await page.locator('#tic-import').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"schema_version": 1,') });
      await expect(page.locator('#tic-error-summary')).toBeFocused();
      await axe(page, 'start with a refused file');
      await page.locator('.tic-button--start').click();
      await continueOn(page); // with its error summary
      await axe(page, 'applicant type with errors');
      await choosePath(page, 'existing_enterprise');
      for (let i = 0; i < 4; i++) {
        await axe(page, `questions ${i + 1}`);
        const names = await page.locator('input.tic-radios__input').evaluateAll((els) => [...new Set(els.map((e) => e.name))]);
        for (const name of names) await page.locator(`#${name}`).check();
        await continueOn(page);
      }
      await fillFigures(page, { years: { ...FIGURES, 2024: { revenue: '1,5' } } });
      await continueOn(page);
      await axe(page, 'figures with errors and live figures');
      // Ten times the other years: a warning to look at again.
      await page.locator('#tic-fig-2024-revenue').fill('9999999');
      await expect(page.locator('#tic-warnings li')).not.toHaveCount(0);
      await axe(page, 'figures with warnings');
      await continueOn(page);
      await axe(page, 'check answers');
      await seeResults(page);
      await page.locator('details').first().evaluate((d) => { d.open = true; });
      await axe(page, 'results, the table at a glance, the names for the printout and the checklist');

      // The Art. 6 path's own pages: the joint units and the R&D commitment, and figures with
      // a founding date.
      await start(page, `/?lang=${lang}`);
      await choosePath(page, 'new_entity');
      while (!(await page.locator('#tic-commitment').count())) {
        const names = await page.locator('input.tic-radios__input').evaluateAll((els) => [...new Set(els.map((e) => e.name))]);
        for (const name of names) await page.locator(`#${name}`).check();
        await continueOn(page);
      }
      await page.locator('#tic-commitment').fill('20OO');
      await continueOn(page);
      await expect(page.locator('#tic-error-summary')).toBeVisible();
      await axe(page, 'Art. 6 commitment with errors');
      await page.locator('#tic-q-newly-established-for-center').check();
      await page.locator('#tic-q-joint-units-capability').check();
      await page.locator('#tic-commitment').fill('2000');
      await continueOn(page);
      await fillFigures(page, { founded: '2025-03-01', sinceFounding: { rd: '800', domestic: '800' } });
      await axe(page, 'figures with a founding date');
      await continueOn(page);
      await seeResults(page);
      await axe(page, 'Art. 6 results');
    });
  }
});

test('the glue and the wasm are preloaded with the page and fetched once, under the policy', async ({ page }) => {
  const requests = [];
  const messages = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
  await page.goto('/');
  await expect(page.locator('#tic-page-heading')).toBeVisible();
  await expect(page.locator('link[rel=modulepreload][href="./tic-selfcheck.js"]')).toHaveAttribute('integrity', /^sha384-/);
  await expect(page.locator('link[rel=preload][href="./tic-selfcheck_bg.wasm"]')).toHaveCount(1);
  // The app has run and asked for its long texts: by then the glue and the wasm it started
  // from were the preloaded ones. A preload the page did not use would show as a second
  // request for the same file (and, three seconds later, a console warning).
  await expect.poll(() => requests.includes('/tic-texts.json')).toBe(true);
  expect(requests.filter((p) => p === '/tic-selfcheck.js')).toHaveLength(1);
  expect(requests.filter((p) => p === '/tic-selfcheck_bg.wasm')).toHaveLength(1);
  expect(messages).toEqual([]);
});
