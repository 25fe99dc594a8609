// Starts the app. An external module rather than Trunk's inline script, so that the page's
// Content-Security-Policy can forbid inline scripts altogether.
import init from './tic-selfcheck.js';

init({ module_or_path: new URL('./tic-selfcheck_bg.wasm', import.meta.url) });
