// Issue 11, as a first-time user meets it: the result opens with a table that says in ten
// seconds what stands and what it would take, each row linking to the field that changes it;
// the figures page has one unit, echoes each amount as read and warns about unlikely figures;
// the printout's first page is a summary with the names and the figures; Chinese uses
// full-width punctuation; skip link, error titles and targets work for everyone.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import {
  answerDeclarations, card, choosePath, continueOn, existingEnterpriseToCheck, expect, fillFigures,
  seeResults, start, test,
} from './flows.mjs';

// Revenue 12 + 13.4 + 14亿 = 39.4亿 (average 13.13亿: item 2), R&D 1.5 + 1.8 + 1.9亿 = 5.2亿:
// 13.20% against 15%, so 5.91亿 is needed, 7,100.00万元 short; growth 1.9 / 1.8 = 5.56% against 10%.
const SHORT_OF_RATIO = {
  2022: { revenue: ['12', 'yi'], rd: ['1.5', 'yi'], domestic: ['1.2', 'yi'] },
  2023: { revenue: ['13.4', 'yi'], rd: ['1.8', 'yi'], domestic: ['1.5', 'yi'] },
  2024: { revenue: ['1,400,000,000', 'yuan'], rd: ['190000000', 'yuan'], domestic: ['100000000', 'yuan'] },
};

// 2022's revenue is 15 times 2023's; in 2023 domestic R&D is above total R&D, and R&D above
// revenue (万元).
const UNLIKELY = {
  2022: { revenue: '30000', rd: '6000', domestic: '6000' },
  2023: { revenue: '2000', rd: '6000', domestic: '7000' },
  2024: { revenue: '30000', rd: '6000', domestic: '6000' },
};

const GUIDELINE = readFileSync(new URL('../../docs/guideline/jingkechuangfa-2024-143.md', import.meta.url), 'utf8')
  .replaceAll('**', '').replaceAll('\n', '');

/** Half-width , ; : ( ) beside a Chinese character in `text`, except in “quotations” from the guideline. */
function halfWidthMarks(text) {
  const spared = text.replace(/“([^”]*)”/g, (all, inner) => (GUIDELINE.includes(inner) ? '“”' : all))
    .replace(/《([^》]*)》/g, (all, inner) => (GUIDELINE.includes(inner) ? '《》' : all));
  return spared.match(/[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef][,;:()]|[,;:()][\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/g) ?? [];
}

/** The page's text as read, without the clause texts quoted from the guideline. */
async function ownText(page) {
  return page.locator('#tic-app').evaluate((root) => {
    const copy = root.cloneNode(true);
    copy.querySelectorAll('.tic-quote').forEach((q) => q.remove());
    return copy.textContent;
  });
}

test('the result opens with a table: verdict, key figure, gap and a link to the field (zh)', async ({ page }) => {
  await existingEnterpriseToCheck(page, { years: SHORT_OF_RATIO });
  await seeResults(page);
  const table = page.locator('#tic-summary-table');
  await expect(table.locator('caption')).toHaveText('结果一览');
  // One row per condition, before the details.
  await expect(table.locator('tbody tr')).toHaveCount(await page.locator('#tic-conditions .tic-card').count());
  const rd = table.locator('tr[data-condition="rd_intensity"]');
  await expect(rd).toContainText('第五条第（三）项第2目');
  await expect(rd.locator('.tic-tag')).toContainText('不符合');
  await expect(rd).toContainText('研发费用占比13.20%，要求不低于15%');
  // The years have ended: the gap is said as past, not as a to-do.
  await expect(rd).toContainText('合计当时差7,100.00万元；本轮已无法弥补');
  await expect(rd).toContainText('上一年度研发费用增长5.56%，要求增长不低于10%');
  await expect(table.locator('tr[data-condition="talent"]')).toContainText('自行声明（3项）');
  // The link lands on the field that would change the verdict, and continuing comes back.
  await rd.getByRole('link', { name: /修改/ }).click();
  await expect(page).toHaveURL(/#figures$/);
  await expect(page.locator('#tic-fig-2024-rd-total')).toBeFocused();
  // 1.5 + 1.8 + 2.7 = 6.0亿 of 39.4亿: 15.23%.
  await page.locator('#tic-fig-2024-rd-total').fill('2.7亿');
  await continueOn(page);
  await expect(page).toHaveURL(/#results$/);
  await expect(page.locator('#tic-summary-table tr[data-condition="rd_intensity"] .tic-tag')).toContainText('符合');
  await expect(page.locator('#tic-summary-table tr[data-condition="rd_intensity"]')).toContainText('研发费用占比15.23%');
});

test('the table in English, and each open point links to its field', async ({ page }) => {
  await start(page, '/?lang=en');
  await choosePath(page, 'existing_enterprise');
  await answerDeclarations(page, { 'core-technical-team': 'not_sure' });
  await fillFigures(page, { years: { ...SHORT_OF_RATIO, 2023: { revenue: ['13.4', 'yi'], rd: ['1.8', 'yi'] } } });
  await continueOn(page);
  await seeResults(page);
  const table = page.locator('#tic-summary-table');
  await expect(table.locator('caption')).toHaveText('The result at a glance');
  await expect(table.locator('tr[data-condition="rd_intensity"]')).toContainText('R&D ratio 13.20%; at least 15% required');
  await expect(table.locator('tr[data-condition="rd_intensity"]')).toContainText('RMB 71,000,000.00 short');
  await expect(table.locator('tr[data-condition="domestic_rd"]')).toContainText('Figures or answers missing');
  await expect(table.locator('tr[data-condition="talent"]')).toContainText('An answer is “no”, “not sure” or not given yet');
  const open = page.locator('#tic-open-points li', { hasText: 'Figures missing' });
  await open.getByRole('link', { name: /Change/ }).click();
  await expect(page.locator('#tic-fig-2023-rd-domestic')).toBeFocused();
});

test('one unit for the figures, amounts echoed as read, and a unit typed after a number', async ({ page }) => {
  await start(page);
  await choosePath(page, 'existing_enterprise');
  await answerDeclarations(page);
  await fillFigures(page, { years: { 2024: { revenue: '30000' } } });
  await expect(page.locator('#tic-amount-unit')).toHaveValue('wan');
  await expect(page.locator('#tic-fig-2024-revenue-read')).toHaveText('读作：30,000.00万元');
  await expect(page.locator('#tic-fig-2024-revenue')).toHaveAttribute('aria-describedby', /tic-fig-2024-revenue-read/);
  // The whole table switches unit; the typed text stays as typed.
  await page.locator('#tic-amount-unit').selectOption('yi');
  await expect(page.locator('#tic-fig-2024-revenue')).toHaveValue('30000');
  await expect(page.locator('#tic-fig-2024-revenue-read')).toHaveText('读作：300,000,000.00万元');
  await page.locator('#tic-amount-unit').selectOption('wan');
  // Another unit written after the number is read in that unit.
  await page.locator('#tic-fig-2024-rd-total').fill('1.2亿');
  await expect(page.locator('#tic-fig-2024-rd-total-read')).toHaveText('读作：12,000.00万元');
  await page.locator('#tic-fig-2024-rd-domestic').fill('800元');
  await expect(page.locator('#tic-fig-2024-rd-domestic-read')).toHaveText('读作：800.00元');
  // Labels name the year, so a label, an error or a screen reader names one field.
  await expect(page.locator('label[for="tic-fig-2024-rd-domestic"]')).toHaveText('2024年境内研发费用');
});

test('unlikely figures are pointed out, never blocking, and decide nothing until confirmed', async ({ page }, info) => {
  await start(page);
  await choosePath(page, 'existing_enterprise');
  await answerDeclarations(page);
  await fillFigures(page, { years: UNLIKELY });
  const warnings = page.locator('#tic-warnings');
  await expect(warnings).toHaveAttribute('role', 'status');
  // 2023's revenue is out of line with 2022's and 2024's: it is the one named.
  await expect(warnings).toContainText('2023年销售收入不到2022年的十分之一，与其他年度相差很大，请核对单位和位数。');
  await expect(warnings).toContainText('2023年境内研发费用大于同年研究开发费用总额：境内部分是总额的一部分，不可能大于总额，核对确认不能消除这一问题，请改正其中一个数字。');
  await expect(warnings).toContainText('2023年研究开发费用总额高于同年销售收入（研发费用占比超过100%），请核对单位和位数。');
  await warnings.getByRole('link', { name: /2023年境内研发费用/ }).click();
  await expect(page.locator('#tic-fig-2023-rd-domestic')).toBeFocused();
  await page.locator('#tic-fig-2023-rd-domestic').fill('6000');
  await expect(warnings).not.toContainText('境内研发费用大于');
  // Not blocking: the person can go on.
  await continueOn(page);
  await expect(page).toHaveURL(/#check$/);
  // The check page lists them again, each linking to its field, with the box to confirm them.
  const listed = page.locator('#tic-unlikely-figures');
  await expect(listed).toContainText('2023年销售收入不到2022年的十分之一');
  await expect(listed).toContainText('2023年研究开发费用总额高于同年销售收入');
  const confirm = page.locator('#tic-figures-confirmed');
  await expect(confirm).not.toBeChecked();
  await expect(page.locator('label[for="tic-figures-confirmed"]')).toHaveText('我已核对，数据无误');
  // Unconfirmed, the result rests on nothing it flagged: “cannot tell”, saying why, with a link.
  await seeResults(page);
  await expect(page.locator('#tic-overall-verdict')).toHaveText('尚无法判断');
  // The card says what the verdict waits for; a route's arithmetic is not a verdict meanwhile.
  await expect(card(page, 'rd_intensity')).toContainText('依据的数字看起来可能有误，核对或确认之前尚无法判断');
  await expect(card(page, 'rd_intensity').locator('.tic-route').first()).toHaveText('按研发费用占比：按所填数字满足，待核对');
  await expect(page.locator('#tic-unlikely-note')).toContainText('下列数字看起来可能有误：2023年销售收入不到2022年的十分之一');
  await expect(page.locator('#tic-summary-table tr[data-condition="rd_intensity"]')).toContainText('请核对数据：2处数字可能有误，尚未确认');
  const open = page.locator('#tic-open-points li', { hasText: '请核对数据' }).first();
  await open.getByRole('link', { name: /修改/ }).click();
  await expect(page).toHaveURL(/#figures$/);
  // The first figure to look at again: 2023's revenue, the one out of line.
  await expect(page.locator('#tic-fig-2023-revenue')).toBeFocused();
  // Confirmed on the check page: judged as entered, and the confirmation is printed.
  await continueOn(page);
  await expect(page).toHaveURL(/#results$/);
  await page.locator('.tic-back-link').click();
  await expect(page).toHaveURL(/#check$/);
  await confirm.check();
  await seeResults(page);
  // Never a bare 初步符合 on figures the applicant confirmed: the verdict says so, and names them.
  await expect(page.locator('#tic-overall-verdict')).toHaveText('初步符合（依据申请人确认的数字）');
  await expect(page.locator('#tic-overall-summary')).toContainText('本结论依据申请人确认的数字，这些数字看起来可能有误：2023年销售收入不到2022年的十分之一');
  await expect(page.locator('#tic-unlikely-note')).toContainText('申请人已确认：2023年销售收入不到2022年的十分之一');
  await expect(page.locator('#tic-unlikely-note')).not.toContainText('请核对单位和位数');
  const pdf = info.outputPath('confirmed.pdf');
  await page.pdf({ path: pdf, format: 'A4' });
  expect(execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '')).toContain('申请人已确认：2023年销售收入不到2022年的十分之一');
  // Changing a figure withdraws the confirmation.
  await page.goto('/#figures');
  await page.locator('#tic-fig-2024-revenue').fill('31000');
  await continueOn(page);
  await expect(page.locator('#tic-figures-confirmed')).not.toBeChecked();
});

test('page 1 of the printout is the summary, with the names, the date, the rules and the figures', async ({ page }, info) => {
  await existingEnterpriseToCheck(page, { years: SHORT_OF_RATIO });
  await seeResults(page);
  await page.locator('#tic-organisation').fill('北京某某科技有限公司');
  await page.locator('#tic-filled-by').fill('张三');
  const pdf = info.outputPath('page-1.pdf');
  await page.pdf({ path: pdf, format: 'A4' });
  const first = execFileSync('pdftotext', ['-layout', '-f', '1', '-l', '1', pdf, '-'], { encoding: 'utf8' });
  for (const expected of ['北京市技术创新中心依托单位条件自评', '单位名称：北京某某科技有限公司', '填写人：张三',
    '自评日期：2025年9月1日', '2024年9月14日起施行', '不符合', '结果一览', '研发费用占比13.20%',
    '合计当时差', '7,100.00万元', '填写的数据', '120,000.00万元', '19,000.00万元']) {
    expect(first, `page 1 lacks ${expected}`).toContain(expected);
  }
  // The details and the checklist follow on later pages; no control is printed.
  expect(first).not.toContain('建设方案准备清单');
  expect(first).not.toContain('修改');
  const all = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  expect(all).toContain('建设方案准备清单');
  // Nothing runs past the right margin: every box on screen at A4 width fits the page.
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 680, height: 1000 });
  const overflowing = await page.evaluate(() => [...document.querySelectorAll('#tic-app *')]
    .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
    .map((e) => e.className || e.tagName));
  expect(overflowing).toEqual([]);
  // The names are kept with the answers and exported.
  await page.emulateMedia({ media: 'screen' });
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#tic-export').click()]);
  const saved = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(saved.about).toEqual({ organisation: '北京某某科技有限公司', filled_by: '张三' });
});

test('Chinese written by the tool uses full-width punctuation on every page', async ({ page }) => {
  const seen = [];
  const scan = async (where) => {
    const marks = halfWidthMarks(await ownText(page));
    expect(marks, `${where}: ${marks.join(' ')}`).toEqual([]);
    seen.push(where);
  };
  await page.goto('/');
  await scan('start');
  await page.locator('.tic-button--start').click();
  await continueOn(page);
  await scan('applicant type, with an error');
  await choosePath(page, 'new_entity');
  await scan('registration (Art. 6 path)');
  await continueOn(page);
  await scan('registration, with errors');
  await existingEnterpriseToCheck(page, { years: SHORT_OF_RATIO, answers: { 'good-credit': 'not_sure' } });
  await scan('check');
  await page.locator('.tic-summary-list__row', { hasText: '2022年销售收入' }).getByRole('link').click();
  await page.locator('#tic-fig-2022-revenue').fill('1,5');
  await page.locator('#tic-fig-2023-revenue').fill('1,340');
  await continueOn(page);
  await scan('figures, with errors and warnings');
  await page.locator('#tic-fig-2022-revenue').fill('12亿');
  await page.locator('#tic-fig-2023-revenue').fill('13.4亿');
  await continueOn(page);
  await seeResults(page);
  await scan('results');
  await page.locator('#tic-omit-amounts').check();
  await scan('results without amounts');
  expect(seen.length).toBe(8);
});

test('a skip link, page titles that say there is an error, and targets of at least 24 px', async ({ page }) => {
  await page.goto('/');
  await page.locator('#tic-page-heading').waitFor();
  await page.keyboard.press('Tab');
  const skip = page.locator('.tic-skip-link');
  await expect(skip).toBeFocused();
  await expect(skip).toHaveText('跳到主要内容');
  await page.keyboard.press('Enter');
  await expect(page.locator('#tic-page-heading')).toBeFocused();
  await expect(page).toHaveURL(/\/(#start)?$/);
  await page.locator('.tic-button--start').click();
  await expect(page).toHaveTitle('申报类型 – 北京市技术创新中心依托单位条件自评');
  await continueOn(page);
  await expect(page).toHaveTitle('错误：申报类型 – 北京市技术创新中心依托单位条件自评');
  const small = await page.evaluate(() => [...document.querySelectorAll('input[type=radio], input[type=checkbox]')]
    .map((e) => e.getBoundingClientRect()).filter((r) => r.width < 24 || r.height < 24).length);
  expect(small).toBe(0);
  await choosePath(page, 'existing_enterprise');
  await expect(page).not.toHaveTitle(/错误/);
  await page.goto('/?lang=en');
  await page.locator('.tic-button--start').click();
  await continueOn(page);
  await expect(page).toHaveTitle(/^Error: /);
});

test('in English: the unit, the echo, the warnings and a refused file read naturally', async ({ page }) => {
  await page.goto('/?lang=en');
  await page.locator('#tic-import').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"schema_version": 1,') });
  const summary = page.locator('#tic-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.locator('li')).toHaveText('The file is damaged, or was changed after it was saved, so it was not imported. Use the file as it was saved; if someone else saved it, ask them for a fresh copy.');
  // The technical detail, folded, is in English too.
  await expect(summary.locator('details')).toContainText('Line 1, column 22: a member name in double quotes was expected.');
  await expect(summary).not.toContainText('文件');
  await expect(page).toHaveTitle(/^Error: /);
  await page.locator('.tic-button--start').click();
  await choosePath(page, 'existing_enterprise');
  await answerDeclarations(page);
  // The same figures, 2024's revenue typed with its unit.
  await fillFigures(page, { years: { ...UNLIKELY, 2024: { ...UNLIKELY[2024], revenue: '3亿' } } });
  await expect(page.locator('label[for="tic-amount-unit"]')).toHaveText('Unit of the amounts below');
  await expect(page.locator('#tic-fig-2024-revenue-read')).toHaveText('Read as: RMB 300,000,000.00');
  await expect(page.locator('label[for="tic-fig-2024-rd-domestic"]')).toHaveText('R&D within China in 2024');
  const warnings = page.locator('#tic-warnings');
  await expect(warnings).toContainText("Sales revenue in 2023 is less than a tenth of that of 2022, far from the other years': check the unit and the digits.");
  await expect(warnings).toContainText('R&D within China in 2023 is more than total R&D expenses that year: the part within China is part of the total and cannot be more than it, so confirming cannot settle this; correct one of the two figures.');
  await expect(warnings).toContainText('Total R&D expenses in 2023 are more than sales revenue that year (an R&D ratio over 100%): check the unit and the digits.');
  // Domestic above total is an error that keeps the person on the page; the others are not.
  await page.locator('#tic-fig-2023-rd-domestic').fill('6000');
  await continueOn(page);
  await expect(page.locator('label[for="tic-figures-confirmed"]')).toHaveText('I have checked: the figures are right');
  await seeResults(page);
  await expect(page.locator('#tic-overall-verdict')).toHaveText('Cannot tell yet');
  await expect(card(page, 'rd_intensity')).toContainText('Rests on figures that look unlikely; until they are corrected or confirmed it cannot be decided');
  await expect(card(page, 'rd_intensity').locator('.tic-route[data-route="unchecked"]')).not.toHaveCount(0);
});

