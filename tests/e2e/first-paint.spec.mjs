// The first page painted from the HTML, before the WebAssembly has arrived (issue 20): held back
// here, the wasm arrives when the test says so. The page index.html holds is the app's own start
// page in the language asked for, element for element and pixel for pixel; nothing moves when the
// app takes over (cumulative layout shift 0); a press of Start before then is kept and acted on,
// a language button works at once, any other control says the app is getting ready; embedded,
// the frame has its height from the start.
import { hostPort } from './playwright.config.mjs';
import { appReady, choosePath, test, expect } from './flows.mjs';

const HEADING = {
  zh: '北京市技术创新中心依托单位条件自评',
  en: 'Beijing Technology Innovation Center supporting-unit self-check',
};
const WAIT = { zh: '正在准备，请稍候……', en: 'Getting ready…' };

/** Holds the wasm back until the returned function is called. */
async function holdTheApp(target) {
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  await target.route('**/tic-selfcheck_bg.wasm', async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** The layout shifts the page has had (Layout Instability API), summed as CLS counts them. */
async function layoutShift(page) {
  return page.evaluate(() => window.__ticShifts.reduce((sum, e) => sum + (e.hadRecentInput ? 0 : e.value), 0));
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    window.__ticShifts = [];
    new PerformanceObserver((list) => window.__ticShifts.push(...list.getEntries()))
      .observe({ type: 'layout-shift', buffered: true });
  });
});

for (const lang of ['zh', 'en']) {
  test(`before the wasm, the start page is the app's own, and nothing moves when the app takes over (${lang})`, async ({ page }, info) => {
    await page.setViewportSize({ width: 375, height: 812 });
    const release = await holdTheApp(page);
    await page.goto(`/?lang=${lang}`, { appReady: false });
    await expect(page.locator('#tic-page-heading')).toHaveText(HEADING[lang]);
    // One copy of the page in the document: the other language's is kept aside by boot.js.
    await expect(page.locator('.tic-prerender')).toHaveCount(1);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang === 'zh' ? 'zh-CN' : 'en');
    expect(await page.title()).toBe(HEADING[lang]);
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-tic-ready'))).toBe(false);
    // Taken before the screenshot, which leaves a style attribute on the inputs.
    const prerendered = await page.locator('.tic-prerender > .tic-app').evaluate((e) => e.outerHTML);
    const before = await page.screenshot({ fullPage: true });
    await info.attach(`start page before the wasm (${lang}, 375 px)`, { body: before, contentType: 'image/png' });

    release();
    await appReady(page);
    await expect(page.locator('.tic-prerender')).toHaveCount(0);
    // The app's page is the same, element for element (attributes in any order): the first
    // difference is named.
    expect(await page.locator('#tic-app > .tic-app').evaluate((live, html) => {
      const template = document.createElement('template');
      template.innerHTML = html;
      const copy = template.content.firstElementChild;
      const difference = (a, b, path) => {
        if (a.isEqualNode(b)) return null;
        if (a.nodeName !== b.nodeName || a.childNodes.length !== b.childNodes.length) {
          return `${path}: ${a.outerHTML ?? a.data} | ${b.outerHTML ?? b.data}`;
        }
        for (let i = 0; i < a.childNodes.length; i++) {
          const found = difference(a.childNodes[i], b.childNodes[i], `${path}/${a.childNodes[i].nodeName}`);
          if (found) return found;
        }
        return `${path}: ${a.cloneNode(false).outerHTML ?? a.data} | ${b.cloneNode(false).outerHTML ?? b.data}`;
      };
      const app = live.cloneNode(true);
      app.normalize();
      copy.normalize();
      return difference(app, copy, '.tic-app');
    }, prerendered)).toBeNull();
    const after = await page.screenshot({ fullPage: true });
    await info.attach(`start page with the app running (${lang}, 375 px)`, { body: after, contentType: 'image/png' });
    expect(before.equals(after), 'the page looks the same before and after the app takes over').toBe(true);
    expect(await layoutShift(page)).toBe(0);
  });
}

test('Start pressed before the app is ready says it is getting ready, and the app acts on it', async ({ page }) => {
  const release = await holdTheApp(page);
  await page.goto('/', { appReady: false });
  const start = page.locator('.tic-button--start');
  await start.click();
  await expect(start).toHaveAttribute('aria-disabled', 'true');
  await expect(page.locator('.tic-prerender__wait')).toHaveText(WAIT.zh);
  release();
  await expect(page).toHaveURL(/#applicant$/);
  await expect(page.locator('#tic-page-heading')).not.toHaveText(HEADING.zh);
  await expect(page.locator('#tic-path')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.hasAttribute('data-tic-start-pressed'))).toBe(false);
});

test('a language button before the app is ready switches the page at once, and the app starts in that language', async ({ page }) => {
  const release = await holdTheApp(page);
  await page.goto('/', { appReady: false });
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('#tic-page-heading')).toHaveText(HEADING.en);
  await expect(page.locator('.tic-prerender')).toHaveCount(1);
  await expect(page).toHaveURL(/[?&]lang=en/);
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  release();
  await appReady(page);
  await expect(page.locator('#tic-page-heading')).toHaveText(HEADING.en);
  await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
});

test('any other control before the app is ready does nothing but say so; once ready it works', async ({ page }) => {
  const release = await holdTheApp(page);
  await page.goto('/?lang=en', { appReady: false });
  await page.locator('label[for="tic-remember"]').click();
  await expect(page.locator('#tic-remember')).not.toBeChecked();
  await expect(page.locator('.tic-prerender__wait')).toHaveText(WAIT.en);
  release();
  await appReady(page);
  await expect(page.locator('.tic-prerender__wait')).toHaveCount(0);
  await page.locator('label[for="tic-remember"]').click();
  await expect(page.locator('#tic-remember')).toBeChecked();
});

test('the first paint waits for main.css only: print.css and pages.css do not hold it', async ({ page, request }) => {
  await page.goto('/');
  // main.css is linked by the page (parser-inserted: render-blocking), print.css for print only,
  // and pages.css is not in the page at all: boot.js inserts it, which does not block rendering.
  const html = await (await request.get('/')).text();
  expect(html).toMatch(/<link rel="stylesheet" href="\.\/main\.css"/);
  expect(html).toMatch(/<link rel="stylesheet" href="\.\/print\.css"[^>]* media="print"/);
  expect(html).not.toContain('pages.css"');
  // All three in force, pages.css before print.css, whose rules must win when printing.
  expect(await page.evaluate(() => [...document.styleSheets].map((s) => [new URL(s.href).pathname, s.cssRules.length > 0])))
    .toEqual([['/main.css', true], ['/pages.css', true], ['/print.css', true]]);
});

test('embedded, the frame shows the first page and has its height before the app is ready', async ({ page }) => {
  const release = await holdTheApp(page.context());
  await page.goto(`http://127.0.0.1:${hostPort}/`);
  const frame = page.frameLocator('iframe[data-tic-selfcheck]');
  // Once the frame's body is parsed, one copy: boot.js has set the other language's aside.
  await expect(frame.locator('.tic-prerender')).toHaveCount(1);
  await expect(frame.locator('#tic-page-heading')).toHaveText(HEADING.zh);
  await expect(frame.locator('.tic-header__service')).toBeHidden();
  const iframe = page.locator('iframe[data-tic-selfcheck]');
  await expect.poll(() => iframe.evaluate((f) => f.clientHeight)).toBeGreaterThan(600);
  const heightBefore = await iframe.evaluate((f) => f.clientHeight);
  expect(await frame.locator('html').evaluate((h) => h.hasAttribute('data-tic-ready'))).toBe(false);
  release();
  await expect(frame.locator('html')).toHaveAttribute('data-tic-ready', '');
  expect(await iframe.evaluate((f) => f.clientHeight)).toBe(heightBefore);
});

test('with a remembered draft, a Start pressed early waits: the app offers to continue the draft instead', async ({ page }) => {
  await page.goto('/');
  await page.locator('#tic-remember').check();
  await page.locator('.tic-button--start').click();
  await choosePath(page, 'existing_enterprise');
  await expect.poll(() => page.evaluate(() => localStorage.getItem('tic-selfcheck:draft'))).toContain('existing_enterprise');
  await page.goto('/#start');
  const release = await holdTheApp(page);
  await page.reload({ appReady: false });
  // The page index.html holds knows nothing of the draft: it says Start.
  await expect(page.locator('.tic-prerender .tic-button--start')).toHaveText('开始自评');
  await page.locator('.tic-button--start').click();
  release();
  await appReady(page);
  await expect(page.locator('#tic-notice')).toContainText('已恢复您上次在本设备上保存的回答');
  await expect(page.locator('.tic-button--start')).toHaveText('继续填写');
  await expect(page).not.toHaveURL(/#registration$/);
  await expect(page.locator('#tic-path')).toHaveCount(0);
});
