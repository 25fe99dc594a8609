// End-to-end tests against the real release build (dist/), served by a plain static server on
// 127.0.0.1, in Debian's Chromium (Playwright's own browser download is not available here).
import { defineConfig } from '@playwright/test';
import { chromiumPath, CHROMIUM_ARGS } from './chromium.mjs';

const port = Number(process.env.TIC_E2E_PORT ?? 8765);
// The example host page, on another origin (another port), for the embedding tests.
export const hostPort = port + 1;
// The app served by nginx with deploy/nginx/'s configuration, a host page on the origin that
// configuration allows to embed it, and one on an origin it does not.
export const nginxPort = port + 2;
export const allowedHostPort = port + 3;
export const otherHostPort = port + 4;

export default defineConfig({
  testDir: '.',
  testMatch: /.*\.spec\.mjs$/,
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
  },
  // Each server: its command, and the address Playwright waits for before the tests start.
  webServer: [
    [`node serve-dist.mjs ${port}`, `http://127.0.0.1:${port}/index.html`],
    [`node serve-host.mjs ${hostPort} http://127.0.0.1:${port}`, `http://127.0.0.1:${hostPort}/`],
    [`node serve-nginx.mjs ${nginxPort} http://127.0.0.1:${allowedHostPort}`, `http://127.0.0.1:${nginxPort}/index.html`],
    [`node serve-host.mjs ${allowedHostPort} http://127.0.0.1:${nginxPort}`, `http://127.0.0.1:${allowedHostPort}/`],
    [`node serve-host.mjs ${otherHostPort} http://127.0.0.1:${nginxPort}`, `http://127.0.0.1:${otherHostPort}/`],
  ].map(([command, url]) => ({ command, url, reuseExistingServer: false, timeout: 20_000 })),
});
