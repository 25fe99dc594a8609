// Prints the raw, gzip and brotli size of every file in dist/ and the total of the first load
// (what index.html loads before the start page is interactive; see FIRST_LOAD below). “gzip” is
// what the server sends: the file compressed once with Zopfli, as scripts/precompress.mjs writes
// it for nginx (scripts/served-gzip.mjs); “zlib -9” is what a server compressing on the fly
// would send at best, for comparison with sizes reported before Zopfli. With
// --budget-kb N, exits 1 when the first load exceeds N KB gzipped;
// with --total-budget-kb N, when all files together do (the long texts fetched after the first
// page included). Sizes are deterministic for a given build, so the budgets are safe in CI.
//
//   node scripts/size-report.mjs [--budget-kb 150] [--total-budget-kb 200] [dist]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { servedGzip } from './served-gzip.mjs';

const args = process.argv.slice(2);
const budgetAt = args.indexOf('--budget-kb');
const budgetKb = budgetAt >= 0 ? Number(args.splice(budgetAt, 2)[1]) : null;
const totalAt = args.indexOf('--total-budget-kb');
const totalBudgetKb = totalAt >= 0 ? Number(args.splice(totalAt, 2)[1]) : null;
const dist = args[0] ?? 'dist';
// The first load is what index.html asks for before the start page is interactive: the page
// itself, its scripts, the stylesheets that hold the first paint (not one linked media="print")
// and the files it preloads (the glue and the wasm). What is fetched after that (pages.css and
// tic-texts.json, which boot.js and the app request) and the host page's embed.js are not part
// of it. Read from the built page, so that the count follows the markup.
const FIRST_LOAD = firstLoadFiles(join(dist, 'index.html'));

function firstLoadFiles(indexPath) {
  let html;
  try {
    html = readFileSync(indexPath, 'utf8');
  } catch {
    return new Set();
  }
  const names = new Set(['index.html']);
  const local = (url) => url.replace(/^\.?\//, '');
  for (const [tag] of html.matchAll(/<(?:link|script)\b[^>]*>/g)) {
    const attr = (name) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
    if (tag.startsWith('<script') && attr('src')) names.add(local(attr('src')));
    const rel = attr('rel');
    if (rel === 'stylesheet' && attr('media') !== 'print') names.add(local(attr('href')));
    if ((rel === 'modulepreload' || rel === 'preload') && attr('href')) names.add(local(attr('href')));
  }
  return names;
}

function* files(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

const kb = (n) => (n / 1024).toFixed(1).padStart(8);
const rows = [];
for (const path of files(dist)) {
  // Precompressed copies (scripts/precompress.mjs) are the same files, not more of them.
  if (path.endsWith('.gz') || path.endsWith('.br')) continue;
  const data = readFileSync(path);
  rows.push({
    name: relative(dist, path),
    raw: data.length,
    gzip: (await servedGzip(data)).length,
    zlib: gzipSync(data, { level: 9 }).length,
    brotli: brotliCompressSync(data, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length,
    firstLoad: FIRST_LOAD.has(relative(dist, path)),
  });
}
// Without the preloads the count would miss the wasm: a page that stopped preloading it would
// seem to pass the budget.
if (!rows.some((r) => r.firstLoad && r.name.endsWith('.wasm'))) {
  console.error('size-report: index.html no longer loads the wasm from its head; count it before changing the budget check');
  process.exit(2);
}
if (rows.length === 0) {
  console.error(`size-report: no files in ${dist}; build first (trunk build --release)`);
  process.exit(2);
}

const line = (name, raw, gzip, zlib, brotli) =>
  console.log(`${name.padEnd(34)}${raw.padStart(8)}${gzip.padStart(9)}${zlib.padStart(10)}${brotli.padStart(8)}`);
line('file', 'raw KB', 'gzip KB', 'zlib -9', 'br KB');
for (const r of rows) line(r.name, kb(r.raw), kb(r.gzip), kb(r.zlib), kb(r.brotli));
const sum = (key, pick = () => true) => rows.filter(pick).reduce((n, r) => n + r[key], 0);
const first = (r) => r.firstLoad;
const totals = (name, pick) => line(name, kb(sum('raw', pick)), kb(sum('gzip', pick)), kb(sum('zlib', pick)), kb(sum('brotli', pick)));
totals('total');
console.log(`first load: ${[...FIRST_LOAD].join(', ')}`);
totals('first load', first);

if (totalBudgetKb !== null) {
  const totalGzipKb = sum('gzip') / 1024;
  if (totalGzipKb > totalBudgetKb) {
    console.error(`size budget exceeded: all files ${totalGzipKb.toFixed(1)} KB gzip > ${totalBudgetKb} KB`);
    process.exit(1);
  }
  console.log(`size budget: all files ${totalGzipKb.toFixed(1)} KB gzip <= ${totalBudgetKb} KB`);
}
if (budgetKb !== null) {
  const firstGzipKb = sum('gzip', first) / 1024;
  if (firstGzipKb > budgetKb) {
    console.error(`size budget exceeded: first load ${firstGzipKb.toFixed(1)} KB gzip > ${budgetKb} KB`);
    process.exit(1);
  }
  console.log(`size budget: first load ${firstGzipKb.toFixed(1)} KB gzip <= ${budgetKb} KB`);
}
