// The three browser engines the smoke runs drive, each through its own WebDriver server:
//   chromium  Debian's Chromium with chromedriver (headless)
//   firefox   Debian's Firefox ESR with geckodriver from the crates registry (headless)
//   webkit    WebKitGTK, Safari's engine, with Debian's WebKitWebDriver and its MiniBrowser, which
//             has no headless mode: it runs on a virtual display (xvfb-run)
// scripts/ensure-tools.sh --browser installs all of them. Each engine starts its driver on a free
// port with a fresh profile and a download folder of its own, and stops it afterwards.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, chromiumPath } from '../chromium.mjs';
import { findExecutable } from '../executables.mjs';
import { freePort } from '../ports.mjs';

const MINIBROWSER_DIRS = [
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1',
  '/usr/libexec/webkit2gtk-4.1',
];

/** Each engine: the programs it needs, and how to start its driver and say what session to open. */
export const ENGINES = {
  chromium: {
    label: 'Chromium (Blink)',
    programs() {
      return {
        browser: chromiumPath(),
        driver: required('CHROMEDRIVER', ['chromedriver'], 'chromium-driver'),
      };
    },
    driverCommand: ({ driver }, port) => [driver, [`--port=${port}`]],
    capabilities: ({ browser }, { profile, downloads }) => ({
      browserName: 'chrome',
      'goog:chromeOptions': {
        binary: browser,
        args: [...CHROMIUM_ARGS, '--headless=new', `--user-data-dir=${profile}`, '--window-size=1280,900'],
        prefs: { 'download.default_directory': downloads, 'download.prompt_for_download': false },
      },
    }),
    canPrint: true,
  },
  firefox: {
    label: 'Firefox ESR (Gecko)',
    programs() {
      return {
        browser: required('FIREFOX', ['firefox-esr', 'firefox'], 'firefox-esr'),
        driver: required('GECKODRIVER', ['geckodriver'], 'geckodriver (cargo install geckodriver)', [cargoBin()]),
      };
    },
    driverCommand: ({ driver }, port) => [driver, ['--port', String(port), '--log', 'warn']],
    capabilities: ({ browser }, { downloads }) => ({
      browserName: 'firefox',
      'moz:firefoxOptions': {
        binary: browser,
        args: ['-headless', '-width', '1280', '-height', '900'],
        prefs: {
          // Downloads go to this run's folder without asking.
          'browser.download.folderList': 2,
          'browser.download.dir': downloads,
          'browser.download.useDownloadDir': true,
          'browser.download.always_ask_before_handling_new_types': false,
          'browser.helperApps.neverAsk.saveToDisk': 'application/json,application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          // The app's own print button opens a modal dialog that would block the driver.
          'print.always_print_silent': true,
          'print_printer': 'Mozilla Save to PDF',
          'print.printer_Mozilla_Save_to_PDF.print_to_file': true,
          'print.printer_Mozilla_Save_to_PDF.print_to_filename': join(downloads, 'printed.pdf'),
          // Nothing but the page under test: no update checks, telemetry or captive-portal probes.
          'app.update.enabled': false,
          'network.captive-portal-service.enabled': false,
          'network.connectivity-service.enabled': false,
          'datareporting.policy.dataSubmissionEnabled': false,
          'toolkit.telemetry.enabled': false,
          'browser.shell.checkDefaultBrowser': false,
        },
      },
    }),
    canPrint: true,
    // Firefox writes a PDF's text layer from the first face of a font collection: with the
    // Noto CJK collection (Japanese first) the simplified-Chinese forms of some characters come
    // back from pdftotext as U+FFFD, and some as Kangxi radicals. The page prints correctly.
    pdfTextLosesSomeChinese: true,
  },
  webkit: {
    label: 'WebKitGTK (WebKit, Safari\'s engine)',
    programs() {
      return {
        driver: required('WEBKIT_WEBDRIVER', ['WebKitWebDriver'], 'webkit2gtk-driver'),
        browser: required('MINIBROWSER', ['MiniBrowser'], 'webkit2gtk-driver', MINIBROWSER_DIRS),
        display: required('XVFB_RUN', ['xvfb-run'], 'xvfb'),
      };
    },
    // MiniBrowser has no headless mode: the driver and the browsers it starts share a virtual
    // display; `-a` picks a free display number.
    driverCommand: ({ driver, display }, port) => [display, ['-a', '-s', '-screen 0 1280x1024x24', driver, `--port=${port}`]],
    capabilities: ({ browser }) => ({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: browser, args: ['--automation'] },
    }),
    // WebKitWebDriver has no print command (the W3C /print endpoint is not implemented).
    canPrint: false,
  },
};

function cargoBin() {
  return join(process.env.CARGO_HOME ?? join(process.env.HOME ?? '', '.cargo'), 'bin');
}

function required(envVar, names, installedBy, extraDirs = []) {
  const found = findExecutable(envVar, names, extraDirs);
  if (!found) {
    throw new Error(`${names[0]} was not found: install it with scripts/ensure-tools.sh --browser (${installedBy}), or set ${envVar}`);
  }
  return found;
}


/**
 * Starts `name`'s driver. Returns { url, capabilities, downloads, home, stop() }; the driver's
 * own output is collected in `log()` for a failure report.
 */
export async function startEngine(name) {
  const engine = ENGINES[name];
  if (!engine) throw new Error(`unknown engine ${name}: one of ${Object.keys(ENGINES).join(', ')}`);
  const programs = engine.programs();
  const scratch = mkdtempSync(join(tmpdir(), `tic-${name}-`));
  const dirs = { profile: join(scratch, 'profile'), downloads: join(scratch, 'downloads'), home: scratch };
  mkdirSync(dirs.profile);
  mkdirSync(dirs.downloads);
  // WebKitGTK saves downloads in the user's XDG download folder: this run's own.
  mkdirSync(join(dirs.home, '.config'));
  writeFileSync(join(dirs.home, '.config', 'user-dirs.dirs'), `XDG_DOWNLOAD_DIR="${dirs.downloads}"\n`);
  const port = await freePort();
  const [command, args] = engine.driverCommand(programs, port);
  let output = '';
  const child = spawn(command, args, {
    env: { ...process.env, HOME: dirs.home },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  child.stdout.on('data', (chunk) => { output += chunk; });
  child.stderr.on('data', (chunk) => { output += chunk; });
  const url = `http://127.0.0.1:${port}`;
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
    rmSync(scratch, { recursive: true, force: true, maxRetries: 3 });
  };
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${command} exited (${child.exitCode}):\n${output}`);
    try {
      const status = await (await fetch(`${url}/status`)).json();
      if (status.value?.ready !== false) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      stop();
      throw new Error(`${command} did not answer on ${url} within 20 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    name,
    label: engine.label,
    canPrint: engine.canPrint,
    pdfTextLosesSomeChinese: Boolean(engine.pdfTextLosesSomeChinese),
    url,
    capabilities: engine.capabilities(programs, dirs),
    downloads: dirs.downloads,
    home: dirs.home,
    log: () => output,
    stop,
  };
}
