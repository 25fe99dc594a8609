// No number or word in the table at a glance or the figures table breaks inside itself, at any
// width a person uses (320 to 1920 px), in either language (issue 28, item 8): an amount split
// as “RMB 71,000,000 / .00” reads as two amounts. Each number, Latin word
// and verdict in the tables' text is measured where the browser laid it out: its boxes must sit
// on one line.
import { existingEnterpriseToCheck, seeResults, test, expect } from './flows.mjs';

// Not eligible by the ratio, with long amounts and a gap in years that have ended.
const YEARS = {
  2022: { revenue: ['12', 'yi'], rd: ['1.5', 'yi'], domestic: ['1.2', 'yi'] },
  2023: { revenue: ['13.4', 'yi'], rd: ['1.8', 'yi'], domestic: ['1.5', 'yi'] },
  2024: { revenue: ['1,400,000,000', 'yuan'], rd: ['190000000', 'yuan'], domestic: ['100000000', 'yuan'] },
};

/** The words of the tables that are split across lines, as “word (top → top)”. */
function brokenWords() {
  const broken = [];
  const tables = document.querySelectorAll('.tic-glance, #tic-figures-table');
  // Numbers with their separators and unit, Latin words, and the verdicts.
  // (A line may break after a hyphen or a dash: “results-transformation” is two words here.)
  const word = /[0-9][0-9,.]*%?|[A-Za-z][A-Za-z'’]*|初步符合|不符合|尚无法判断|符合/g;
  for (const table of tables) {
    const walker = document.createTreeWalker(table, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      // Text hidden for the eye but kept for screen readers (the column headings on a phone)
      // sits in a 1 px box: it has no lines to keep.
      if (node.parentElement.closest('thead')?.getBoundingClientRect().width < 4) continue;
      for (const match of node.data.matchAll(word)) {
        if (match[0].length < 2) continue;
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const tops = [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top));
        if (new Set(tops.map((t) => Math.round(t / 4))).size > 1) {
          broken.push(`${match[0]} (${tops.join(' → ')})`);
        }
      }
    }
  }
  return broken;
}

for (const lang of ['zh', 'en']) {
  test(`no number or word in the results' tables breaks inside itself, 320 to 1920 px (${lang})`, async ({ page }) => {
    await existingEnterpriseToCheck(page, { years: YEARS, url: lang === 'en' ? '/?lang=en' : '/' });
    await seeResults(page);
    await expect(page.locator('.tic-glance')).toBeVisible();
    // The widths the issue names, and those between where the table changes its layout (it broke
    // “71,000,000.00” at 640 and 720 px before).
    for (const width of [320, 375, 414, 480, 560, 640, 720, 768, 800, 900, 1024, 1280, 1440, 1920]) {
      await page.setViewportSize({ width, height: 900 });
      // The layout settles after the resize (two frames).
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      const words = await page.locator('.tic-glance').evaluate((table) => table.textContent.length);
      expect(words, 'the table has text to measure').toBeGreaterThan(100);
      expect(await page.evaluate(brokenWords), `${lang} at ${width} px`).toEqual([]);
    }
  });
}
