// The app served by nginx with the project's own configuration (deploy/nginx/), as the
// commission would serve it: the documented headers arrive on every file, with the right MIME
// types, revalidation and precompressed bodies; the widget works embedded from the allowed
// origin; a page on any other origin cannot frame it.
import { allowedHostPort, nginxPort, otherHostPort } from './playwright.config.mjs';
import { choosePath, start, test, expect } from './flows.mjs';

const NGINX = `http://127.0.0.1:${nginxPort}/`;
const ALLOWED = `http://127.0.0.1:${allowedHostPort}`;

const FILES = {
  '': 'text/html; charset=utf-8',
  'index.html': 'text/html; charset=utf-8',
  'boot.js': 'text/javascript; charset=utf-8',
  'tic-selfcheck.js': 'text/javascript; charset=utf-8',
  'tic-selfcheck_bg.wasm': 'application/wasm',
  'main.css': 'text/css; charset=utf-8',
  'pages.css': 'text/css; charset=utf-8',
  'print.css': 'text/css; charset=utf-8',
  'tic-texts.json': 'application/json; charset=utf-8',
  'embed.js': 'text/javascript; charset=utf-8',
};

test('every file arrives with the documented headers, type, revalidation and gzip', async ({ request }) => {
  for (const [name, type] of Object.entries(FILES)) {
    const response = await request.get(`${NGINX}${name}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.status(), name).toBe(200);
    const h = response.headers();
    expect(h['content-type'], name).toBe(type);
    expect(h['content-security-policy'], name).toContain(`frame-ancestors ${ALLOWED}`);
    expect(h['content-security-policy'], name).toContain("default-src 'none'; script-src 'self' 'wasm-unsafe-eval'");
    expect(h['x-content-type-options'], name).toBe('nosniff');
    expect(h['referrer-policy'], name).toBe('no-referrer');
    expect(h['cache-control'], name).toBe('no-cache');
    expect(h.etag, name).toBeTruthy();
    expect(h['content-encoding'], name).toBe('gzip');
    expect(h.server, name).toBe('nginx');
    // The ETag answers a revalidation with 304.
    const again = await request.get(`${NGINX}${name}`, {
      headers: { 'accept-encoding': 'gzip', 'if-none-match': h.etag },
    });
    expect(again.status(), name).toBe(304);
  }
  expect((await request.post(NGINX)).status()).toBe(405);
  expect((await request.get(`${NGINX}nothing-here.js`)).status()).toBe(404);
  expect((await request.get(`${NGINX}../../etc/passwd`)).status()).toBe(404);
});

test('the app works served by nginx', async ({ page }) => {
  await start(page, NGINX);
  await choosePath(page, 'existing_enterprise');
  await expect(page.locator('#tic-page-heading')).toHaveText('注册、信用与创新优势');
  await expect(page.locator('legend').first()).toContainText('独立法人资格');
});

test('the allowed site embeds the widget, and any other site cannot', async ({ page }) => {
  await page.goto(`${ALLOWED}/`);
  const frame = page.frameLocator('iframe[data-tic-selfcheck]');
  await expect(frame.locator('#tic-page-heading')).toBeVisible();
  await frame.locator('.tic-button--start').click();
  await expect(frame.locator('#tic-page-heading')).toHaveText('申报类型');

  const refusals = [];
  page.on('console', (m) => { if (/frame-ancestors/.test(m.text())) refusals.push(m.text()); });
  await page.goto(`http://127.0.0.1:${otherHostPort}/`);
  await expect.poll(() => refusals.length, { timeout: 10_000 }).toBeGreaterThan(0);
  expect(refusals[0]).toMatch(/violates the following Content Security Policy directive: "frame-ancestors http:\/\/127.0.0.1:\d+"/);
  await expect(page.frameLocator('iframe[data-tic-selfcheck]').locator('#tic-page-heading')).toHaveCount(0);
});
