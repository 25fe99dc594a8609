// One end-to-end smoke run of the built app (dist/) in each browser engine, through WebDriver:
// Chromium (Blink), Firefox ESR (Gecko) and WebKitGTK (WebKit, the engine of every browser on an
// iPhone). The Playwright suite covers the app in depth in Chromium; this run checks that what a
// person does works the same in the other two engines.
//
//   node tests/e2e/webdriver/smoke.mjs                  # every engine
//   node tests/e2e/webdriver/smoke.mjs firefox webkit   # some of them
//
// Each run, as a person would: the first page index.html holds, seen before the app is ready
// (the wasm held back), and Start pressed then; the start page in Chinese and in English; a full run as an
// existing enterprise to a verdict; the table at a glance and a change link landing on its field;
// an expected revenue typed into the plan and the chart drawn; the draft restored after a reload
// (with consent); export, and re-import giving the same file; every page at 375 px without
// sideways scrolling; print to PDF where the engine's driver can, its first page read back with
// pdftotext. Any failure fails the run with the engine's name; a screenshot and the driver's log
// are kept in tests/e2e/test-results/webdriver/, with the printouts and a screenshot of the
// table at a glance at 1280 and 375 px from each engine.
//
// The browsers run on the device's real date (WebDriver cannot fix a page's clock before it
// loads), so the figures are for the three fiscal years that end with last year.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Session } from './client.mjs';
import { ENGINES, startEngine } from './engines.mjs';
import { serveDist } from '../serve-dist.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const RESULTS = join(here, '../test-results/webdriver');

// Last year always counts as the latest complete fiscal year once it has ended.
const LATEST = new Date().getFullYear() - 1;
const YEARS = [LATEST - 2, LATEST - 1, LATEST];

// 12 + 13.4 + 14亿 of revenue (average 13.13亿: item 2, 15 % or 10 % growth), R&D 1.5 + 1.8 + 1.9亿:
// 13.20 %, 7,100.00万元 short of 15 %; growth 5.56 % against 10 %: not eligible. Raising the
// latest year's R&D to 2.7亿 gives 15.23 %, and domestic 3.9亿 of 6.0亿 = 65 %: eligible.
const FIGURES = {
  [YEARS[0]]: { revenue: '12亿', 'rd-total': '1.5亿', 'rd-domestic': '1.2亿' },
  [YEARS[1]]: { revenue: '13.4亿', 'rd-total': '1.8亿', 'rd-domestic': '1.5亿' },
  [YEARS[2]]: { revenue: '14亿', 'rd-total': '1.9亿', 'rd-domestic': '1.2亿' },
};

const PHONE_WIDTH = 375;
// A page of the test server's own with the app in a frame as wide as a phone's screen.
const PHONE_FRAME_PAGE = 'phone-frame.html';
const PHONE_FRAME_HTML = `<!DOCTYPE html><meta charset="utf-8"><title>375 px</title>
<iframe src="./?lang=zh" title="self-check" width="${PHONE_WIDTH}" height="800" style="border:0;display:block"></iframe>`;

const SERVICE_NAME = { zh: '北京市技术创新中心依托单位条件自评', en: 'Beijing Technology Innovation Center supporting-unit self-check' };

/** The steps of one engine's run, in order; each gets the run's context. */
const STEPS = [
  ['the first page from the HTML before the app, and Start pressed then', firstPageBeforeTheApp],
  ['the start page in Chinese and in English', startPageInBothLanguages],
  ['a full run as an existing enterprise to a verdict', fullRunToVerdict],
  ['the table at a glance, and a change link landing on its field', tableAndChangeLink],
  ['an expected revenue typed into the plan draws the plan and the chart', planAndChart],
  ['print to PDF: the first page is the summary', printFirstPage],
  ['the draft is restored after a reload, with consent', draftAfterReload],
  ['export, then import gives the same file', exportAndImport],
  ['the construction-plan outline downloads as a Word file', outlineDownload],
  ['every page at 375 px without sideways scrolling', narrowScreen],
];

// The wasm comes from a second server that holds it back 3 s: the page index.html holds is seen,
// in the language asked for and alone (the other language's copy set aside), before the app is
// ready; Start pressed then says the app is getting ready, and the app acts on it.
async function firstPageBeforeTheApp(t) {
  // A navigation started by the page, so that the driver does not wait for the load event.
  await t.session.execute('location.href = arguments[0]', `${t.slowBase}?lang=en`);
  await t.session.waitFor('the first page before the app', async () => {
    const seen = await t.session.execute(
      "return [document.documentElement.hasAttribute('data-tic-ready'), document.getElementById('tic-page-heading')?.textContent, document.querySelectorAll('.tic-prerender').length, document.documentElement.lang]");
    // A script run while the page is being replaced may come back with nothing.
    if (!Array.isArray(seen)) return false;
    const [ready, heading, copies, lang] = seen;
    expect(!ready || copies === 1, 'the app was ready before the first page could be seen');
    return !ready && heading === SERVICE_NAME.en && copies === 1 && lang === 'en';
  });
  const start = await t.session.element('.tic-button--start');
  await start.click();
  const waiting = await t.session.execute(
    "return [document.querySelector('.tic-button--start')?.getAttribute('aria-disabled'), document.querySelector('.tic-prerender__wait')?.textContent, document.documentElement.hasAttribute('data-tic-ready')]");
  expect(waiting[2] || (waiting[0] === 'true' && waiting[1] === 'Getting ready…'),
    `Start before the app is ready reads ${JSON.stringify(waiting)}`);
  await onStep(t, 'applicant');
}

async function startPageInBothLanguages(t) {
  for (const lang of ['zh', 'en']) {
    await t.session.navigate(`${t.base}?lang=${lang}`);
    await t.session.waitFor(`the ${lang} start page`, async () =>
      (await text(t, '#tic-page-heading')) === SERVICE_NAME[lang]);
    const htmlLang = await t.session.execute('return document.documentElement.lang');
    expect(htmlLang === (lang === 'zh' ? 'zh-CN' : 'en'), `<html lang> is ${htmlLang} on the ${lang} page`);
    const button = await text(t, '.tic-button--start');
    expect(button === (lang === 'zh' ? '开始自评' : 'Start now'), `the start button reads "${button}"`);
    expect((await t.session.execute('return document.title')).includes(SERVICE_NAME[lang]), 'the title names the service');
  }
}

async function fullRunToVerdict(t) {
  await t.session.navigate(t.base);
  // Pressed once the app is ready: a button found before then may be replaced by the app's own
  // as the driver presses it (a stale element in Firefox).
  await onStep(t, 'start');
  await (await t.session.element('.tic-button--start')).click();
  await onStep(t, 'applicant');
  await check(t, 'tic-path');
  await continueOn(t);
  // The declarations, each answered yes (no for the two about accidents and emergencies).
  for (let page = 0; page < 6 && !(await t.session.find('#tic-latest-year')); page++) {
    const names = await t.session.execute(`return [...new Set([...document.querySelectorAll('input.tic-radios__input[id^="tic-q-"]')].map((e) => e.name))]`);
    for (const name of names) {
      const no = /safety-liability-accident|major-social-impact-emergency/.test(name);
      await check(t, no ? `${name}-1` : name);
    }
    await continueOn(t);
    await t.session.waitFor('the next page', async () => (await t.session.find('#tic-latest-year')) || (await hashChanged(t, names)));
  }
  await onStep(t, 'figures');
  await typeInto(t, '#tic-latest-year', String(LATEST));
  await check(t, 'tic-history');
  for (const [year, fields] of Object.entries(FIGURES)) {
    for (const [field, value] of Object.entries(fields)) await typeInto(t, `#tic-fig-${year}-${field}`, value);
  }
  const echo = await text(t, `#tic-fig-${LATEST}-revenue-read`);
  expect(echo === '读作：140,000.00万元', `the revenue is echoed as "${echo}"`);
  await continueOn(t);
  await onStep(t, 'check');
  await continueOn(t);
  await onStep(t, 'results');
  const verdict = await text(t, '#tic-overall-verdict');
  expect(verdict.includes('不符合'), `the verdict reads "${verdict}"`);
}

async function tableAndChangeLink(t) {
  const row = `#tic-summary-table tr[data-condition="rd_intensity"]`;
  const rowText = await text(t, row);
  expect(rowText.includes('研发费用占比13.20%'), `the ratio row reads "${rowText}"`);
  expect(rowText.includes(`${YEARS[0]}—${LATEST}年度已结束，合计当时差7,100.00万元`), `the ratio row gives no gap: "${rowText}"`);
  await (await t.session.element(`${row} a`)).click();
  await onStep(t, 'figures');
  const field = `tic-fig-${LATEST}-rd-total`;
  await t.session.waitFor(`the focus on #${field}`, async () =>
    (await t.session.execute('return document.activeElement && document.activeElement.id')) === field);
  await typeInto(t, `#${field}`, '2.7亿');
  await continueOn(t);
  await onStep(t, 'results');
  await t.session.waitFor('the ratio met', async () => (await text(t, row)).includes('研发费用占比15.23%'));
  const verdict = await text(t, '#tic-overall-verdict');
  expect(verdict.includes('初步符合'), `after the change the verdict reads "${verdict}"`);
  // The table as this engine draws it, kept for a person to compare across engines.
  await t.session.execute('document.getElementById("tic-summary-table").scrollIntoView()');
  await screenshot(t, 'results-table-1280');
}

async function planAndChart(t) {
  await typeInto(t, '#tic-expected-revenue', '15亿');
  const lines = await t.session.waitFor('the plan', async () => {
    const said = await text(t, '#tic-plan-lines');
    return said.includes(`“近3年”按${YEARS[1]}—${LATEST + 1}年计算`) && said;
  });
  expect(lines.includes('研究开发费用至少'), `the plan gives no amount: "${lines}"`);
  const bars = await t.session.execute(`return document.querySelectorAll('#tic-picture svg rect').length`);
  expect(bars > 4, `the chart draws ${bars} rectangles`);
  const box = await t.session.execute(`const r = document.querySelector('#tic-picture svg[role=img]').getBoundingClientRect(); return [r.width, r.height]`);
  expect(box[0] > 200 && box[1] > 100, `the chart is drawn ${box[0]} × ${box[1]} px`);
}

// What page 1 of the printout holds, and the controls it must not show, in each language.
const PRINTED_FIRST_PAGE = {
  zh: {
    holds: [SERVICE_NAME.zh, '自评结果', '初步符合', '结果一览', '京科创发〔2024〕143号', '15.23%', '140,000.00万元'],
    lacks: ['返回上一步', '重新开始'],
  },
  en: {
    holds: [SERVICE_NAME.en, 'Your result', 'Preliminarily eligible', 'The result at a glance', '15.23%'],
    lacks: ['Back', 'Start again', '中文'],
  },
};

async function printFirstPage(t) {
  if (!t.engine.canPrint) {
    t.note('print: skipped, this engine\'s WebDriver has no print command');
    return;
  }
  for (const lang of ['en', 'zh']) {
    await (await t.session.element(`.tic-lang__button[lang="${lang === 'zh' ? 'zh-CN' : 'en'}"]`)).click();
    await t.session.waitFor(`the results page in ${lang}`, async () =>
      (await t.session.execute('return document.documentElement.lang')).startsWith(lang));
    const file = join(RESULTS, `${t.engine.name}-result-${lang}.pdf`);
    writeFileSync(file, await t.session.print());
    const first = execFileSync('pdftotext', ['-layout', '-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' });
    const pages = execFileSync('pdfinfo', [file], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)[1];
    t.note(`print (${lang}): ${pages} A4 pages`);
    for (const expected of PRINTED_FIRST_PAGE[lang].holds) {
      expect(pdfTextHas(t, first, expected), `the ${lang} printout's first page lacks ${expected}`);
    }
    for (const control of PRINTED_FIRST_PAGE[lang].lacks) {
      expect(!new RegExp(`(^|\\s)${control}(\\s|$)`, 'm').test(first), `the ${lang} printout shows the control ${control}`);
    }
  }
}

async function draftAfterReload(t) {
  await t.session.navigate(`${t.base}#start`);
  await onStep(t, 'start');
  await check(t, 'tic-remember');
  await t.session.waitFor('the draft saved', () =>
    t.session.execute(`return (localStorage.getItem('tic-selfcheck:draft') || '').includes('"schema_version"')`));
  await t.session.refresh();
  const notice = await t.session.waitFor('the restored notice', async () => {
    const said = await text(t, '#tic-notice').catch(() => '');
    return said.includes('已恢复') && said;
  });
  expect(notice.includes('已恢复您上次在本设备上保存的回答'), `the notice reads "${notice}"`);
  expect(await (await t.session.element('#tic-remember')).selected(), 'the consent box is ticked after the reload');
  const resume = await text(t, '.tic-button--start');
  expect(resume === '继续填写', `the start button reads "${resume}"`);
  await (await t.session.element('.tic-button--start')).click();
  await onStep(t, 'check');
  await continueOn(t);
  await onStep(t, 'results');
  const verdict = await text(t, '#tic-overall-verdict');
  expect(verdict.includes('初步符合'), `the restored answers give "${verdict}"`);
}

async function exportAndImport(t) {
  const exported = await download(t);
  const document = JSON.parse(readFileSync(exported, 'utf8'));
  expect(document.financials?.latest_fiscal_year === LATEST, `the file's latest year is ${document.financials?.latest_fiscal_year}`);
  // Forget everything, then import the file as a person would from the start page.
  await t.session.navigate(`${t.base}#start`);
  await onStep(t, 'start');
  await (await t.session.element('#tic-forget')).click();
  await t.session.waitFor('the draft erased', () => t.session.execute('return localStorage.length === 0'));
  await t.session.refresh();
  await onStep(t, 'start');
  await (await t.session.element('#tic-import')).type(exported);
  await onStep(t, 'check');
  const notice = await text(t, '#tic-notice');
  expect(notice.includes('已导入文件中的回答'), `the import notice reads "${notice}"`);
  await continueOn(t);
  await onStep(t, 'results');
  t.exported = exported;
  const again = await download(t);
  const same = readFileSync(again, 'utf8') === readFileSync(exported, 'utf8');
  expect(same, `the file exported after the import differs from the one imported (${again})`);
}

// On the results page, in Chinese: the outline is written on the device and saved as a .docx
// (a zip whose body, stored as it is, reads “一、总体目标”).
async function outlineDownload(t) {
  await onStep(t, 'results');
  const downloads = t.engine.downloads;
  await (await t.session.element('#tic-outline')).click();
  const pattern = /^技术创新中心建设方案提纲-\d{4}-\d\d-\d\d\.docx$/;
  const name = await t.session.waitFor('the outline', () =>
    readdirSync(downloads).find((f) => pattern.test(f.normalize()) && statSync(join(downloads, f)).size > 0),
  15_000).catch((error) => {
    throw new Error(`${error.message}; the download folder holds ${readdirSync(downloads).join(', ') || 'nothing'}`);
  });
  const file = join(downloads, name);
  // Complete once the zip's end record is there.
  const bytes = await t.session.waitFor('the download to finish', () => {
    const read = readFileSync(file);
    return read.length > 22 && read.readUInt32LE(read.length - 22) === 0x06054b50 ? read : null;
  });
  expect(bytes.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1')), 'the outline is not a zip');
  expect(bytes.includes(Buffer.from('一、总体目标')), 'the outline has no “一、总体目标”');
  t.note(`outline: ${name}, ${bytes.length} bytes`);
}

async function narrowScreen(t) {
  // The window itself where the engine lets it be that narrow (Chromium). Firefox's and
  // MiniBrowser's windows stop at about 500 and 450 px: there the app runs in a frame 375 px
  // wide, as it does on the Commission's page on a phone (embedded, it leaves out the service's
  // name in its header, which the host page shows).
  await setViewportWidth(t, PHONE_WIDTH);
  const [inner] = await t.session.execute('return [window.innerWidth]');
  const framed = inner !== PHONE_WIDTH;
  await t.session.navigate(framed ? `${t.base}${PHONE_FRAME_PAGE}` : t.base);
  if (framed) {
    await t.session.command('POST', '/frame', { id: 0 });
    t.note(`375 px: in a frame 375 px wide (the window stops at ${inner} px)`);
  }
  // The answers of the file exported above, brought in as a person would.
  await onStep(t, 'start');
  await (await t.session.element('#tic-import')).type(t.exported);
  await onStep(t, 'check');
  for (const step of ['start', 'applicant', 'registration', 'talent', 'figures', 'check', 'results']) {
    await t.session.execute('location.hash = arguments[0]', `#${step}`);
    await onStep(t, step);
    const [scroll, width] = await t.session.execute('return [document.documentElement.scrollWidth, window.innerWidth]');
    expect(width === PHONE_WIDTH, `the page is ${width} px wide, not ${PHONE_WIDTH}`);
    if (scroll > width) await screenshot(t, `375-${step}`);
    expect(scroll <= width, `#${step} at ${width} px scrolls sideways: ${scroll} px wide`);
  }
  await t.session.execute('document.getElementById("tic-summary-table").scrollIntoView()');
  await t.session.command('POST', '/frame', { id: null });
  await screenshot(t, 'results-table-375');
}

/**
 * Whether the text pdftotext read from a printed page holds `expected`. Where the engine's PDF
 * text layer loses some Chinese characters (Firefox: see engines.mjs), a lost character (U+FFFD)
 * may stand for a Chinese character, and Kangxi radicals read as the ideographs they are;
 * everything else must be read back as it is. (The English printout, read back exactly, is the
 * check that no control is printed.)
 */
function pdfTextHas(t, text, expected) {
  if (!t.engine.pdfTextLosesSomeChinese) return text.includes(expected);
  const pattern = [...expected]
    .map((c) => (/\p{Script=Han}/u.test(c) ? `[${c}\uFFFD]` : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(pattern, 'u').test(text.normalize('NFKC'));
}

// ---- what a person does, in WebDriver's terms ----

/**
 * The element's text as the driver reads it. Found and read again when the element was replaced
 * between the two (the app takes over the page index.html holds with its own, equal, elements).
 */
async function text(t, css) {
  for (let attempt = 1; ; attempt++) {
    try {
      return (await (await t.session.element(css)).text()).trim();
    } catch (e) {
      if (attempt >= 3 || !/stale element/.test(String(e.message))) throw e;
    }
  }
}

function expect(condition, message) {
  if (!condition) throw new Error(message);
}

/**
 * Waits until the app shows `step` (its URL fragment; in a frame, the frame's) and is ready:
 * before then the start page is the one index.html holds, whose controls only say that the app
 * is getting ready.
 */
function onStep(t, step) {
  return t.session.waitFor(`#${step}`, async () => {
    const [url, ready] = await t.session.execute(
      "return [location.href, document.documentElement.hasAttribute('data-tic-ready')]");
    const heading = await t.session.find('#tic-page-heading');
    return ready && (url.endsWith(`#${step}`) || (step === 'start' && !url.includes('#'))) && heading;
  });
}

async function hashChanged(t, names) {
  const still = await t.session.execute('return arguments[0].some((n) => document.getElementsByName(n).length > 0)', names);
  return !still;
}

/** Ticks a radio button or checkbox through its label, as a person does. */
async function check(t, id) {
  const label = await t.session.element(`label[for="${id}"]`);
  await label.click();
  await t.session.waitFor(`#${id} checked`, async () => (await t.session.element(`#${id}`)).selected());
}

async function typeInto(t, css, value) {
  const field = await t.session.element(css);
  await field.clear();
  await field.type(value);
  await t.session.waitFor(`${css} to read ${value}`, async () => (await field.property('value')) === value);
}

async function continueOn(t) {
  await (await t.session.element('form.tic-form button[type=submit]')).click();
}

/**
 * Clicks the export button and returns the path of the file it saved. The file is moved out of
 * the download folder once complete, so that the next export (with the same name, which some
 * browsers overwrite and others number) arrives in an empty folder.
 */
async function download(t) {
  const downloads = t.engine.downloads;
  const listing = () => readdirSync(downloads).map((f) => `${f} (${statSync(join(downloads, f)).size} bytes)`).join(', ');
  await (await t.session.element('#tic-export')).click();
  const name = await t.session.waitFor('the exported file', () =>
    readdirSync(downloads).find((f) => /^tic-selfcheck-\d{4}-\d\d-\d\d\.json$/.test(f) && statSync(join(downloads, f)).size > 0),
  15_000).catch((error) => {
    throw new Error(`${error.message}; the download folder holds ${listing() || 'nothing'}`);
  });
  // A browser may write the file in steps: wait until it reads as a whole document.
  const file = join(downloads, name);
  await t.session.waitFor('the download to finish', () => {
    try {
      return JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      return null;
    }
  });
  t.exports = (t.exports ?? 0) + 1;
  const kept = join(t.engine.home, `export-${t.exports}.json`);
  renameSync(file, kept);
  return kept;
}

/** Sizes the window so that the page's viewport is `width` CSS pixels wide. */
async function setViewportWidth(t, width) {
  for (let attempt = 0; attempt < 3; attempt++) {
    const [outer, inner, ratio] = await t.session.execute('return [window.outerWidth, window.innerWidth, window.devicePixelRatio]');
    if (inner === width) return;
    // Window sizes are in device pixels in some drivers and CSS pixels in others: step towards
    // the width by the difference measured in the page.
    const rect = await t.session.command('GET', '/window/rect');
    const perCss = rect.width / outer || ratio;
    await t.session.setWindowRect({ width: Math.round(rect.width + (width - inner) * perCss), height: 900 });
    const [after] = await t.session.execute('return [window.innerWidth]');
    if (after === inner) return; // as narrow as this window goes
  }
}

async function screenshot(t, what) {
  const file = join(RESULTS, `${t.engine.name}-${what.replace(/[^a-z0-9]+/gi, '-')}.png`);
  try {
    writeFileSync(file, await t.session.screenshot());
    return file;
  } catch (error) {
    return `(no screenshot: ${error.message})`;
  }
}

// ---- the runs ----

async function runEngine(name, base, slowBase) {
  const notes = [];
  const failures = [];
  let engine;
  let session;
  try {
    engine = await startEngine(name);
    session = await Session.open(engine.url, engine.capabilities);
    await session.setWindowRect({ width: 1280, height: 900 }).catch(() => {});
  } catch (error) {
    engine?.stop();
    return { name, label: ENGINES[name].label, failures: [{ step: 'start the browser', message: `${error.message}\n${engine?.log() ?? ''}` }], notes };
  }
  const t = { engine, session, base, slowBase, note: (line) => notes.push(line) };
  for (const [step, run] of STEPS) {
    const started = Date.now();
    try {
      await run(t);
      console.log(`  ok   ${engine.label}: ${step} (${Date.now() - started} ms)`);
    } catch (error) {
      const shot = await screenshot(t, step);
      console.log(`  FAIL ${engine.label}: ${step}\n       ${error.message}\n       screenshot: ${shot}`);
      failures.push({ step, message: error.message, screenshot: shot });
      // The later steps build on this one: stop this engine's run here.
      break;
    }
  }
  await session.close();
  engine.stop();
  if (failures.length) writeFileSync(join(RESULTS, `${name}-driver.log`), engine.log());
  return { name, label: engine.label, failures, notes };
}

const requested = process.argv.slice(2);
const names = requested.length ? requested : Object.keys(ENGINES);
// A fresh folder each run: what is in it is this run's.
rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });
const server = await serveDist(0, undefined, { [`/${PHONE_FRAME_PAGE}`]: PHONE_FRAME_HTML });
const base = `http://127.0.0.1:${server.address().port}/`;
const slowServer = await serveDist(0, undefined, {}, { delay: { '/tic-selfcheck_bg.wasm': 3000 } });
const slowBase = `http://127.0.0.1:${slowServer.address().port}/`;
const outcomes = [];
for (const name of names) {
  console.log(`${ENGINES[name]?.label ?? name}:`);
  const outcome = await runEngine(name, base, slowBase);
  for (const line of outcome.notes) console.log(`       ${line}`);
  outcomes.push(outcome);
}
server.close();
slowServer.close();
const failed = outcomes.filter((o) => o.failures.length);
console.log(`\nsmoke runs: ${outcomes.length - failed.length} of ${outcomes.length} engines passed`);
for (const outcome of failed) {
  for (const failure of outcome.failures) console.log(`FAILED in ${outcome.label}: ${failure.step}: ${failure.message.split('\n')[0]}`);
}
process.exit(failed.length ? 1 : 0);
