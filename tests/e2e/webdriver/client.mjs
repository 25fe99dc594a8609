// A W3C WebDriver client over plain HTTP (Node's fetch), enough to drive the app as a person
// does: navigate, find, click, type, run a script, take a screenshot, print. The cross-engine
// smoke runs use it instead of a client library so that they need nothing but a driver from
// Debian's packages or the crates registry: chromedriver, geckodriver, WebKitWebDriver.

/** The key under which WebDriver returns an element reference. */
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** An error the driver returned, with its W3C error code and the command it answered. */
export class WebDriverError extends Error {
  constructor(command, error, message) {
    super(`${command}: ${error}: ${message}`);
    this.error = error;
  }
}

export class Session {
  constructor(driverUrl, id, capabilities) {
    this.driverUrl = driverUrl;
    this.id = id;
    this.capabilities = capabilities;
  }

  /** Opens a session on the driver at `driverUrl` with the given capabilities. */
  static async open(driverUrl, alwaysMatch) {
    const value = await request(driverUrl, 'POST', '/session', { capabilities: { alwaysMatch } });
    return new Session(driverUrl, value.sessionId, value.capabilities);
  }

  command(method, path, body) {
    return request(this.driverUrl, method, `/session/${this.id}${path}`, body);
  }

  async close() {
    await this.command('DELETE', '').catch(() => {});
  }

  navigate(url) {
    return this.command('POST', '/url', { url });
  }

  currentUrl() {
    return this.command('GET', '/url');
  }

  refresh() {
    return this.command('POST', '/refresh', {});
  }

  /** Runs `script` (a function body) in the page with `args`; returns its value. */
  execute(script, ...args) {
    return this.command('POST', '/execute/sync', { script, args });
  }

  setWindowRect(rect) {
    return this.command('POST', '/window/rect', rect);
  }

  /** A PNG of the viewport, as a Buffer. */
  async screenshot() {
    return Buffer.from(await this.command('GET', '/screenshot'), 'base64');
  }

  /** The page printed to PDF (A4 unless `options` say otherwise), as a Buffer. */
  async print(options = {}) {
    const value = await this.command('POST', '/print', { page: { width: 21, height: 29.7 }, background: true, ...options });
    return Buffer.from(value, 'base64');
  }

  /** The first element matching `css`, or null. */
  async find(css) {
    const found = await this.command('POST', '/elements', { using: 'css selector', value: css });
    return found.length ? new Element(this, found[0][ELEMENT]) : null;
  }

  async findAll(css) {
    const found = await this.command('POST', '/elements', { using: 'css selector', value: css });
    return found.map((reference) => new Element(this, reference[ELEMENT]));
  }

  /**
   * Waits until `probe` returns a value other than null, undefined or false, and returns it.
   * `what` names the expectation in the error when it never comes.
   */
  async waitFor(what, probe, timeoutMs = 10_000) {
    const deadline = Date.now() + timeoutMs;
    let last;
    for (;;) {
      try {
        last = await probe();
        if (last !== null && last !== undefined && last !== false) return last;
      } catch (error) {
        if (!(error instanceof WebDriverError)) throw error;
        last = error.message;
      }
      if (Date.now() > deadline) {
        throw new Error(`timed out waiting for ${what}${last ? ` (last: ${String(last).slice(0, 300)})` : ''}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** Waits for an element matching `css` and returns it. */
  element(css, timeoutMs) {
    return this.waitFor(`an element ${css}`, () => this.find(css), timeoutMs);
  }
}

export class Element {
  constructor(session, id) {
    this.session = session;
    this.id = id;
  }

  command(method, path, body) {
    return this.session.command(method, `/element/${this.id}${path}`, body);
  }

  click() {
    return this.command('POST', '/click', {});
  }

  clear() {
    return this.command('POST', '/clear', {});
  }

  /** Types `text` into the element, as keystrokes. */
  type(text) {
    return this.command('POST', '/value', { text });
  }

  text() {
    return this.command('GET', '/text');
  }

  property(name) {
    return this.command('GET', `/property/${name}`);
  }

  attribute(name) {
    return this.command('GET', `/attribute/${name}`);
  }

  selected() {
    return this.command('GET', '/selected');
  }
}

async function request(driverUrl, method, path, body) {
  const response = await fetch(driverUrl + path, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new WebDriverError(`${method} ${path}`, `HTTP ${response.status}`, text.slice(0, 300));
  }
  const value = parsed.value ?? null;
  if (!response.ok || (value && typeof value === 'object' && 'error' in value && 'message' in value)) {
    throw new WebDriverError(`${method} ${path}`, value?.error ?? `HTTP ${response.status}`, value?.message ?? text.slice(0, 300));
  }
  return value;
}
