// Prints the raw, gzip and brotli size of every file in dist/ and the total of the first load
// (HTML, JS, wasm, CSS; not the host page's embed.js, not a print-only stylesheet). With --budget-kb N, exits 1 when the first load exceeds N KB gzipped;
// with --total-budget-kb N, when all files together do (the long texts fetched after the first
// page included). Sizes are deterministic for a given build, so the budgets are safe in CI.
//
//   node scripts/size-report.mjs [--budget-kb 150] [--total-budget-kb 200] [dist]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, extname } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const args = process.argv.slice(2);
const budgetAt = args.indexOf('--budget-kb');
const budgetKb = budgetAt >= 0 ? Number(args.splice(budgetAt, 2)[1]) : null;
const totalAt = args.indexOf('--total-budget-kb');
const totalBudgetKb = totalAt >= 0 ? Number(args.splice(totalAt, 2)[1]) : null;
const dist = args[0] ?? 'dist';
const FIRST_LOAD = new Set(['.html', '.js', '.wasm', '.css']);
// Loaded by the host page that embeds the widget, not by the widget itself.
const HOST_ONLY = new Set(['embed.js']);
// Stylesheets that index.html links with media="print": the browser fetches them without
// holding the first paint, so the start page does not wait for them (read from the built page,
// so that the count follows the markup).
const PRINT_ONLY = new Set(printOnlyStylesheets(join(dist, 'index.html')));

function printOnlyStylesheets(indexPath) {
  let html;
  try {
    html = readFileSync(indexPath, 'utf8');
  } catch {
    return [];
  }
  const names = [];
  for (const [link] of html.matchAll(/<link\b[^>]*>/g)) {
    const href = /\bhref="\.?\/?([^"]+)"/.exec(link);
    if (/\brel="stylesheet"/.test(link) && /\bmedia="print"/.test(link) && href) names.push(href[1]);
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
    gzip: gzipSync(data, { level: 9 }).length,
    brotli: brotliCompressSync(data, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length,
    firstLoad:
      FIRST_LOAD.has(extname(path)) &&
      !HOST_ONLY.has(relative(dist, path)) &&
      !PRINT_ONLY.has(relative(dist, path)),
  });
}
if (rows.length === 0) {
  console.error(`size-report: no files in ${dist}; build first (trunk build --release)`);
  process.exit(2);
}

console.log(`${'file'.padEnd(34)}${'raw KB'.padStart(8)}${'gzip KB'.padStart(9)}${'br KB'.padStart(8)}`);
for (const r of rows) {
  console.log(`${r.name.padEnd(34)}${kb(r.raw)}${kb(r.gzip).padStart(9)}${kb(r.brotli)}`);
}
const sum = (key, pick = () => true) => rows.filter(pick).reduce((n, r) => n + r[key], 0);
const first = (r) => r.firstLoad;
console.log(`${'total'.padEnd(34)}${kb(sum('raw'))}${kb(sum('gzip')).padStart(9)}${kb(sum('brotli'))}`);
if (PRINT_ONLY.size > 0) console.log(`print only, not in the first load: ${[...PRINT_ONLY].join(', ')}`);
console.log(
  `${'first load (html+js+wasm+css)'.padEnd(34)}${kb(sum('raw', first))}${kb(sum('gzip', first)).padStart(9)}${kb(sum('brotli', first))}`,
);

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
