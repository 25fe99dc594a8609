// End-to-end tests against the real release build (dist/), served by a plain static server on
// 127.0.0.1, in Debian's Chromium (Playwright's own browser download is not available here).
import { defineConfig } from '@playwright/test';
import { chromiumPath, CHROMIUM_ARGS } from './chromium.mjs';
import { freePort } from './ports.mjs';

// The servers' ports, chosen free when the run starts (or given in TIC_E2E_PORTS), and kept in
// the environment so that the test workers, which load this file again, use the same ones.
if (!process.env.TIC_E2E_PORTS) {
  const ports = [];
  while (ports.length < 5) {
    const port = await freePort();
    if (!ports.includes(port)) ports.push(port);
  }
  process.env.TIC_E2E_PORTS = ports.join(',');
}
const [port, hostPortChosen, nginxPortChosen, allowedHostPortChosen, otherHostPortChosen] =
  process.env.TIC_E2E_PORTS.split(',').map(Number);
// The example host page, on another origin (another port), for the embedding tests.
export const hostPort = hostPortChosen;
// The app served by nginx with deploy/nginx/'s configuration, a host page on the origin that
// configuration allows to embed it, and one on an origin it does not.
export const nginxPort = nginxPortChosen;
export const allowedHostPort = allowedHostPortChosen;
export const otherHostPort = otherHostPortChosen;

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
