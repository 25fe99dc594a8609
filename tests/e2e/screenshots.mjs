// Takes a screenshot of every step at phone (375 px) and desktop (1280 px) width in both
// languages, for people to look at, and renders the printout's first page as an image (A4, via
// pdftoppm). A report, not a test:
//   node tests/e2e/screenshots.mjs http://127.0.0.1:8765/ OUT_DIR
import { chromium } from '@playwright/test';
import { chromiumPath, CHROMIUM_ARGS } from './chromium.mjs';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import {
  start, choosePath, answerDeclarations, fillFigures, continueOn, fixClock, THREE_GOOD_YEARS,
} from './flows.mjs';

const [base = 'http://127.0.0.1:8765/', out = 'screenshots'] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: CHROMIUM_ARGS,
});
for (const lang of ['zh', 'en']) {
  for (const width of [375, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    await fixClock(page); // the figures below are for a self-check in 2025
    const shot = async (name) => {
      await page.screenshot({ path: `${out}/${lang}-${width}-${name}.png`, fullPage: true });
    };
    await page.goto(`${base}?lang=${lang}`);
    await page.locator('#tic-page-heading').waitFor();
    await shot('01-start');
    await start(page, `${base}?lang=${lang}`);
    await shot('02-applicant');
    await continueOn(page);
    await shot('03-applicant-error');
    await choosePath(page, 'existing_enterprise');
    await shot('04-registration');
    await answerDeclarations(page, { 'good-credit': 'not_sure' });
    await fillFigures(page, {
      years: { ...THREE_GOOD_YEARS, 2023: { revenue: '2800', rd: '6000', domestic: '6000' },
        2024: { revenue: '30000', rd: '5000', domestic: '1,5' } },
    });
    await continueOn(page);
    await shot('05-figures-error');
    await page.locator('#tic-fig-2024-rd-domestic').fill('4000');
    await shot('06-figures-live-and-warnings');
    await page.locator('#tic-fig-2023-revenue').fill('2.8亿');
    await continueOn(page);
    await shot('07-check');
    await continueOn(page);
    await page.locator('#tic-organisation').fill(lang === 'zh' ? '北京某某科技有限公司' : 'Example Technology Co., Ltd.');
    await page.locator('#tic-filled-by').fill(lang === 'zh' ? '张三' : 'Zhang San');
    await shot('08-results');
    // The plan for next year and the picture of the figures (issue 12).
    await page.locator('#tic-expected-revenue').fill('32000');
    await page.locator('#tic-plan').screenshot({ path: `${out}/${lang}-${width}-08b-plan-and-picture.png` });
    if (width === 1280) {
      const pdf = `${out}/${lang}-printout.pdf`;
      await page.pdf({ path: pdf, format: 'A4' });
      execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, `${out}/${lang}-printout-page-1`]);
    }
    // The Art. 6 path: an entity founded after its latest complete fiscal year.
    await start(page, `${base}?lang=${lang}`);
    await choosePath(page, 'new_entity');
    await answerDeclarations(page, {}, { value: '2,500', unit: 'wan', plannedDomestic: '2,000' });
    await fillFigures(page, { founded: '2025-03-01', sinceFounding: { rd: '800', domestic: '600' } });
    await shot('09-new-entity-figures');
    await continueOn(page);
    await continueOn(page);
    await shot('10-new-entity-results');
    await page.close();
  }
}
await browser.close();
console.log(`screenshots written to ${out}/`);
