// Issue 12: what it would take to apply next year, and the figures as a picture. A person on the
// results page types the revenue they expect this year and reads the plan; the picture and its
// table show the years entered and the planned year; the printout carries the plan.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  answerDeclarations, choosePath, continueOn, existingEnterpriseToCheck, expect, fillFigures, seeResults, start, test,
} from './flows.mjs';

// 2022 5亿 / 0.5亿 / 0.5亿, 2023 13.4亿 / 1.8亿 / 1.5亿, 2024 14亿 / 1.9亿 / 1.0亿; with 12亿
// expected in 2025 the next round (2023–2025) totals 39.4亿: item 2. Ratio: 15 % × 39.4亿 − 3.7亿
// = 2.21亿; growth: 1.9亿 × 1.10 = 2.09亿, cheaper by 0.12亿; domestic: 60 % × 5.79亿 − 2.5亿
// = 0.974亿 (tests/planner.rs works the same case).
const YEARS = {
  2022: { revenue: ['5', 'yi'], rd: ['0.5', 'yi'], domestic: ['0.5', 'yi'] },
  2023: { revenue: ['13.4', 'yi'], rd: ['1.8', 'yi'], domestic: ['1.5', 'yi'] },
  2024: { revenue: ['14', 'yi'], rd: ['1.9', 'yi'], domestic: ['1', 'yi'] },
};

test('a plan for next year in Chinese, with the picture and its table', async ({ page }, info) => {
  await existingEnterpriseToCheck(page, { years: YEARS });
  await seeResults(page);
  const plan = page.locator('#tic-plan');
  await expect(plan.locator('h2')).toHaveText('明年申报需要什么（测算）');
  await expect(page.locator('label[for="tic-expected-revenue"]')).toHaveText('2025年预计销售收入（万元）');
  await page.locator('#tic-expected-revenue').fill('120000');
  const lines = page.locator('#tic-plan-lines');
  await expect(lines).toContainText('下一轮申报的“近3年”按2023—2025年计算');
  await expect(lines).toContainText('按研发费用占比：2025年研究开发费用至少22,100.00万元。');
  await expect(lines).toContainText('按上一年度增速：2025年研究开发费用至少20,900.00万元（较2024年增长10%）。');
  await expect(lines).toContainText('两条途径满足其一即可：按上一年度增速所需的研究开发费用比按占比少1,200.00万元，计划按增速安排。');
  await expect(lines).toContainText('2025年在中国境内发生的研究开发费用至少9,740.00万元');
  // The picture: drawings with a text alternative, and the same figures in tables.
  const picture = page.locator('#tic-picture');
  await expect(picture.locator('.tic-picture__heading')).toHaveText('数据图：各年度金额与按“近3年”检验的数值');
  await expect(picture.locator('svg[role=img]')).toHaveCount(4);
  await expect(page.locator('#tic-picture-desc')).toContainText('计划期间的柱用斜线填充');
  // The planned year and period are drawn apart: hatched and dashed, and labelled in words.
  await expect(picture.locator('rect[fill="url(#tic-hatch)"]')).not.toHaveCount(0);
  await expect(picture.locator('rect[stroke-dasharray="6 3"]')).not.toHaveCount(0);
  await expect(page.locator('#tic-picture-amounts text', { hasText: '（计划）' })).toHaveCount(1);
  // Each period against its own minimum: the band of the plan may differ from the one on record.
  await expect(page.locator('#tic-picture-ratio text', { hasText: '要求15%' })).toHaveCount(2);
  await expect(page.locator('#tic-picture-share text', { hasText: '要求60%' })).toHaveCount(2);
  const rows = page.locator('#tic-picture-table tbody tr');
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(1)).toContainText('2023');
  await expect(rows.nth(1)).toContainText('134,000.00万元');
  await expect(rows.nth(1)).toContainText('18,000.00万元');
  await expect(rows.nth(1)).toContainText('15,000.00万元');
  await expect(rows.nth(3)).toHaveAttribute('data-planned', 'true');
  await expect(rows.nth(3)).toContainText('2025（计划）');
  await expect(rows.nth(3)).toContainText('120,000.00万元');
  await expect(rows.nth(3)).toContainText('20,900.00万元');
  // Changing the expectation changes the plan at once.
  await page.locator('#tic-expected-revenue').fill('30亿');
  await expect(lines).toContainText('按研发费用占比');
  await expect(lines).not.toContainText('22,100.00万元');
  await page.locator('#tic-expected-revenue').fill('120000');
  // Without amounts, the plan (made of amounts) and the picture are left out, and it says so.
  await page.locator('#tic-omit-amounts').check();
  await expect(page.locator('#tic-plan-lines')).toHaveCount(0);
  await expect(page.locator('#tic-picture')).toHaveCount(0);
  await expect(page.locator('#tic-plan-withheld')).toContainText('隐藏金额时不列出明年申报的测算');
  await page.locator('#tic-omit-amounts').uncheck();
  // Printed: the plan is in the PDF.
  const pdf = info.outputPath('plan.pdf');
  await page.pdf({ path: pdf, format: 'A4' });
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  expect(text).toContain('明年申报需要什么（测算）');
  expect(text).toContain('2025年研究开发费用至少20,900.00万元');
  expect(text).toContain('图中的数据');
});

test('a plan in English, and the Art. 6 plan of a new entity', async ({ page }) => {
  await existingEnterpriseToCheck(page, { years: YEARS, url: '/?lang=en' });
  await seeResults(page);
  await page.locator('#tic-expected-revenue').fill('12亿');
  const lines = page.locator('#tic-plan-lines');
  await expect(lines).toContainText('For the next round, “the last 3 years” are 2023–2025.');
  await expect(lines).toContainText('By the R&D ratio: at least RMB 221,000,000.00 of R&D in 2025.');
  await expect(lines).toContainText("Either route is enough: last year's growth needs RMB 12,000,000.00 less R&D than the ratio, so the plan follows the growth.");
  await expect(page.locator('#tic-picture .tic-picture__heading')).toHaveText('The figures: each year\'s amounts, and what the rules test over “the last 3 years”');
  await expect(page.locator('#tic-picture-table tbody tr').nth(3)).toContainText('2025 (planned)');
  // Art. 6: the commitment and the domestic share to keep, with no revenue to enter.
  await start(page, '/?lang=en');
  await choosePath(page, 'new_entity');
  await answerDeclarations(page, {}, { value: '2,500', unit: 'wan', plannedDomestic: '2,000' });
  await fillFigures(page, { founded: '2025-03-01', sinceFounding: { rd: '800', domestic: '600' } });
  await continueOn(page);
  await seeResults(page);
  await expect(page.locator('#tic-expected-revenue')).toHaveCount(0);
  await expect(page.locator('#tic-plan-lines')).toContainText(
    'Art. 6: the supporting unit must guarantee average annual R&D of at least RMB 20,000,000.00 over the next 3 years');
});

test('an Art. 6 applicant that operated through the last 3 years gets the Art. 5 plan, and why', async ({ page }) => {
  await start(page);
  await choosePath(page, 'new_entity');
  await answerDeclarations(page, {}, { value: '2,500', unit: 'wan', plannedDomestic: '2,000' });
  await fillFigures(page, { years: YEARS });
  await continueOn(page);
  await seeResults(page);
  // Art. 6 is not open to it: the plan asks for this year's revenue like an existing enterprise's.
  await page.locator('#tic-expected-revenue').fill('120000');
  const lines = page.locator('#tic-plan-lines');
  await expect(lines).toContainText('申报单位已完整经营2022—2024年，不是第六条所称的新建独立法人实体，第六条不适用');
  await expect(lines).toContainText('按研发费用占比：2025年研究开发费用至少22,100.00万元。');
  await expect(lines).not.toContainText('第六条：保障未来3年');
});

test.describe('accessibility of the plan', () => {
  test.use({ bypassCSP: true });
  test('axe finds nothing serious in the plan and its picture, at 320 px too', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await existingEnterpriseToCheck(page, { years: YEARS });
    await seeResults(page);
    await page.locator('#tic-expected-revenue').fill('120000');
    await expect(page.locator('#tic-picture-amounts svg')).toBeVisible();
    // The picture fits the narrow page.
    for (const svg of await page.locator('#tic-picture svg[role=img]').all()) {
      const box = await svg.boundingBox();
      expect(box.width).toBeLessThanOrEqual(320);
    }
    const require = createRequire(import.meta.url);
    await page.addScriptTag({ content: readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') });
    const result = await page.evaluate(() => window.axe.run(document.querySelector('#tic-plan'), {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    }));
    expect(result.passes.length).toBeGreaterThan(3);
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});

test('in the picture each year\'s revenue and R&D bars stand side by side, inside their year', async ({ page }) => {
  await existingEnterpriseToCheck(page, { years: YEARS });
  await seeResults(page);
  await page.locator('#tic-expected-revenue').fill('120000');
  const bars = await page.locator('#tic-picture-amounts svg rect').evaluateAll((rects) => rects.map((r) => ({
    x: parseFloat(r.getAttribute('x')), w: parseFloat(r.getAttribute('width')),
  })));
  // Per year an outlined revenue bar, then a solid R&D bar to its right, not overlapping, both
  // within the year's quarter of the width (positions in per cent).
  expect(bars.length).toBe(8);
  for (let i = 0; i < 4; i++) {
    const [revenue, rd] = [bars[2 * i], bars[2 * i + 1]];
    expect(revenue.x + revenue.w).toBeLessThan(rd.x);
    expect(revenue.x).toBeGreaterThanOrEqual(i * 25);
    expect(rd.x + rd.w).toBeLessThanOrEqual((i + 1) * 25);
  }
});

// Issue 25, items 9 and 10: an expected revenue that looks like a slip is not planned on. Typed
// “15” on a page in 万元 while 2024 was 14亿, it reads as 亿 typed in 万: the plan says so,
// offers the fix and a box to confirm it; confirmed or corrected, the plan follows.
test('the plan waits for an expected revenue that looks like a slip', async ({ page }) => {
  await existingEnterpriseToCheck(page, { years: YEARS });
  await seeResults(page);
  await page.locator('#tic-expected-revenue').fill('15');
  await expect(page.locator('#tic-plan-lines')).toHaveText('2025年预计销售收入看起来可能有误：');
  const checks = page.locator('#tic-plan-checks');
  await expect(checks).toContainText('2025年销售收入约为2023年的万分之一，看起来按亿元填写了万元栏（按亿元读取为150,000.00万元）');
  // Said once, with its fix: not again as a sentence of the plan.
  await expect(page.locator('#tic-plan')).toContainText('请改正，或确认无误后再测算。');
  await expect(page.locator('#tic-plan').getByText('2025年销售收入约为2023年的万分之一')).toHaveCount(1);
  await expect(page.locator('#tic-plan')).not.toContainText('按研发费用占比：2025年研究开发费用至少');
  // Confirmed as typed: planned on 15万元 (and the R&D it asks is then above that revenue).
  await page.locator('#tic-expected-revenue-confirmed').check();
  await expect(page.locator('#tic-plan-lines')).toContainText('按研发费用占比');
  // Typed with its unit: planned at once, and the confirmation is withdrawn with the old figure.
  await page.locator('#tic-expected-revenue').fill('12亿');
  await expect(page.locator('#tic-plan-lines')).toContainText('按研发费用占比：2025年研究开发费用至少22,100.00万元。');
  await expect(page.locator('#tic-plan-checks')).toHaveCount(0);
});

// Issue 25, item 9: a plan is not made on figures still to check. 2024's revenue typed a tenth
// of the others: the plan waits for the check page and links to it.
test('the plan waits for today\'s figures to be checked, in English too', async ({ page }) => {
  const slipped = { ...YEARS, 2024: { revenue: ['1.2', 'yi'], rd: ['1.9', 'yi'], domestic: ['1', 'yi'] } };
  await existingEnterpriseToCheck(page, { years: slipped });
  await seeResults(page);
  await page.locator('#tic-expected-revenue').fill('120000');
  await expect(page.locator('#tic-plan-lines')).toHaveText('测算要等已填写的数字核对之后：');
  await expect(page.locator('#tic-plan-checks')).toContainText('2024年销售收入不到2023年的十分之一');
  await page.locator('.tic-lang__button[lang="en"]').click();
  await expect(page.locator('#tic-plan-lines')).toHaveText('The plan waits for the figures entered to be checked:');
  await expect(page.locator('#tic-plan')).toContainText('Correct or confirm them on the “Check your answers” page first, then see the plan.');
  await page.locator('#tic-plan-go-check').click();
  await expect(page).toHaveURL(/#check$/);
});
