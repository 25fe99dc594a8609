// Where Chromium is: $CHROMIUM when set, otherwise `chromium` (or `chromium-browser`) on the PATH.
// Playwright's own browser download is not available on the machines this project runs on, so
// the tests drive the distribution's Chromium.
import { findExecutable } from './executables.mjs';

export function chromiumPath() {
  const found = findExecutable('CHROMIUM', ['chromium', 'chromium-browser']);
  if (found) return found;
  throw new Error(
    'Chromium was not found on the PATH. Install it with `scripts/ensure-tools.sh --browser` ' +
      '(Debian: apt-get install chromium), or set CHROMIUM=/path/to/chromium.',
  );
}

/** Launch arguments shared by the tests and the report scripts. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
