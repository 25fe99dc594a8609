// The wizard driven in Chromium as a person drives it: clicking, typing, switching language,
// using only the keyboard, going back and changing answers. Each run checks what the results
// page shows: the overall verdict, each condition's verdict, the figures and the distances.
import {
  start, choosePath, answerDeclarations, fillFigures, continueOn, seeResults, card,
  existingEnterpriseToCheck, THREE_GOOD_YEARS,
  test, expect,
} from './flows.mjs';
import { test as onTheRealDate } from '@playwright/test';

test('an eligible enterprise sees every condition met, with figures and clauses', async ({ page }) => {
  await existingEnterpriseToCheck(page);
  await seeResults(page);
  await expect(page).toHaveTitle('自评结果 – 北京市技术创新中心依托单位条件自评');
  await expect(page.locator('#tic-overall-verdict')).toHaveText('初步符合');
  for (const c of ['registration', 'cooperation', 'rd_intensity', 'domestic_rd', 'safety_record', 'talent']) {
    await expect(card(page, c).locator('.tic-card__verdict')).toContainText('符合');
    await expect(card(page, c).locator('.tic-card__verdict')).not.toContainText('不符合');
  }
  const rd = card(page, 'rd_intensity');
  await expect(rd).toContainText('第五条第（三）项第3目');
  await expect(rd).toContainText('年均销售收入30,000.00万元');
  await expect(rd).toContainText('占同期销售收入总额90,000.00万元的20.00%');
  await expect(rd).toContainText('研发费用总额需达到18,000.00万元，恰好达到要求');
  // The ratio meets the condition, so the growth route is not needed: neutral, no shortfall.
  const growth = rd.locator('.tic-finding[data-not-needed]');
  await expect(growth).toHaveCount(1);
  await expect(growth).toContainText('无需满足');
  await expect(growth).toContainText('增长0.00%（要求增长不低于15%）');
  await expect(growth).not.toContainText('还差');
  await expect(rd.locator('.tic-tag[data-verdict="not-met"]')).toHaveCount(0);
  // The clause text unfolds with the original, and on a Chinese page nothing else.
  await rd.locator('summary').click();
  await expect(rd.locator('blockquote[lang="zh-CN"]')).toContainText('近3年年均销售收入低于10亿元的企业');
  await expect(rd.locator('blockquote[lang="en"]')).toHaveCount(0);
  // The next steps: the plan, the partners, organised recommendation, evidence, review, plaque.
  await expect(page.locator('.tic-list--number li')).toHaveCount(6);
  await expect(page.locator('.tic-list--number')).toContainText('组织推荐');
  await expect(page.locator('.tic-list--number')).toContainText('第十八条');
});

test('an enterprise short of its R&D ratio sees how much is missing', async ({ page }) => {
  await existingEnterpriseToCheck(page, {
    years: {
      2022: { revenue: ['12', 'yi'], rd: ['1.5', 'yi'], domestic: ['1.2', 'yi'] },
      2023: { revenue: ['13.4', 'yi'], rd: ['1.8', 'yi'], domestic: ['1.5', 'yi'] },
      2024: { revenue: ['1,400,000,000', 'yuan'], rd: ['190000000', 'yuan'], domestic: ['100000000', 'yuan'] },
    },
  });
  await seeResults(page);
  await expect(page.locator('#tic-overall-verdict')).toHaveText('不符合');
  await expect(page.locator('#tic-overall-summary')).toContainText('第五条第（三）项第2目（按销售收入规模的研究开发费用要求）不满足');
  const rd = card(page, 'rd_intensity');
  await expect(rd.locator('.tic-card__verdict')).toContainText('不符合');
  await expect(rd).toContainText('13.20%（要求不低于15%）');
  await expect(rd).toContainText('需达到59,100.00万元，当时差7,100.00万元；2022—2024年度均已结束，本轮已无法弥补');
  await expect(rd).toContainText('2024年研发费用需达到19,800.00万元，当时差800.00万元；2024年度已结束，本轮已无法弥补');
  await expect(card(page, 'domestic_rd')).toContainText('71.15%');
});

// The self-check runs on 2025-09-01 (the fixed clock): the latest complete fiscal year is 2024,
// and an entity founded on 2025-03-01 has no complete fiscal year yet.
test('a newly founded entity reaches a verdict under Article 6 on the R&D incurred since founding', async ({ page }) => {
  await start(page);
  await choosePath(page, 'new_entity');
  await answerDeclarations(page, {}, { value: '2,500', unit: 'wan' });
  await fillFigures(page, { latest: '2024', founded: '2025-03-01', sinceFounding: { rd: '800', domestic: '600' } });
  await expect(page.locator('#tic-fig-2024-rd-total')).toHaveCount(0);
  // The live panel already shows Art. 6 as met.
  await expect(page.locator('.tic-live')).toContainText('承诺未来3年年均研究开发费用2,500.00万元');
  await continueOn(page);
  await expect(page.locator('.tic-summary-list')).toContainText('成立以来已发生的研究开发费用');
  await seeResults(page);
  await expect(page.locator('#tic-overall-verdict')).toHaveText('初步符合');
  await expect(card(page, 'new_entity_status')).toContainText('成立于2025年3月1日，在最近一个完整会计年度（2024年）结束之后');
  const art6 = card(page, 'new_entity_rd');
  await expect(art6).toContainText('第六条');
  await expect(art6).toContainText('高出500.00万元');
  await expect(card(page, 'domestic_rd')).toContainText('按成立以来已发生的研究开发费用判断：合计800.00万元，其中在中国境内发生600.00万元，占75.00%');
  await expect(card(page, 'rd_intensity')).toHaveCount(0);
  await expect(page.locator('#tic-reference')).toHaveCount(0);
});

test('a new entity with no R&D spent yet is judged on the planned domestic share, in English', async ({ page }) => {
  await start(page, '/?lang=en');
  await choosePath(page, 'new_entity');
  await answerDeclarations(page, {}, { value: '2,000', unit: 'wan', plannedDomestic: '1,100' });
  await fillFigures(page, { latest: '2024', founded: '2025-06-10' });
  await continueOn(page);
  await seeResults(page);
  await expect(card(page, 'new_entity_status').locator('.tic-card__verdict')).toContainText('Met');
  await expect(card(page, 'new_entity_rd')).toContainText('exactly at the minimum');
  await expect(card(page, 'domestic_rd')).toContainText('judged on the plan');
  await expect(card(page, 'domestic_rd')).toContainText('55.00%');
  await expect(card(page, 'domestic_rd').locator('.tic-card__verdict')).toContainText('Not met');
  await expect(page.locator('#tic-overall-verdict')).toHaveText('Not eligible');
});

test('an enterprise with three full years cannot pass through Article 6, and sees its Art. 5(3) result', async ({ page }) => {
  await start(page);
  await choosePath(page, 'new_entity');
  await answerDeclarations(page, {}, { value: '5,000', unit: 'wan' });
  await fillFigures(page, { years: {
    2022: { revenue: ['12', 'yi'], rd: ['1', 'yi'], domestic: ['1', 'yi'] },
    2023: { revenue: ['12', 'yi'], rd: ['1', 'yi'], domestic: ['1', 'yi'] },
    2024: { revenue: ['12', 'yi'], rd: ['1', 'yi'], domestic: ['1', 'yi'] },
  } });
  await continueOn(page);
  await seeResults(page);
  await expect(page.locator('#tic-overall-verdict')).toHaveText('不符合');
  await expect(card(page, 'new_entity_status')).toContainText('不是第六条所称的新建独立法人实体');
  await expect(page.locator('#tic-reference')).toContainText('第五条第（三）项第2目');
  await expect(page.locator('#tic-reference')).toContainText('8.33%（要求不低于15%）');
  await expect(page.locator('#tic-overall-summary')).toContainText('请将申报类型改为“现有企业”重新自评');
});

test('“not sure” answers leave the result open and say exactly what is missing', async ({ page }) => {
  await existingEnterpriseToCheck(page, {
    answers: { 'good-credit': 'not_sure', 'transformation-team': 'not_sure' },
    years: { ...THREE_GOOD_YEARS, 2023: { revenue: '30000', rd: '6000' } },
  });
  await seeResults(page);
  await expect(page.locator('#tic-overall-verdict')).toHaveText('尚无法判断');
  const open = page.locator('#tic-open-points li');
  await expect(open).toHaveCount(3);
  await expect(open.nth(0)).toContainText('企业信用状况是否良好');
  await expect(open.nth(1)).toContainText('缺少数据：2023年境内研发费用');
  await expect(open.nth(2)).toContainText('成果转化应用团队');
  await expect(card(page, 'registration').locator('.tic-card__verdict')).toContainText('尚无法判断');
});

test('a run in English, switching language mid-way without losing answers', async ({ page }) => {
  await start(page);
  await choosePath(page, 'existing_enterprise');
  await page.locator('#tic-q-registered-in-beijing').check();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle('Registration, credit and innovation advantage – Beijing Technology Innovation Center supporting-unit self-check');
  await expect(page.locator('#tic-q-registered-in-beijing')).toBeChecked();
  await expect(page.locator('legend').first()).toHaveText('Is the applicant an enterprise lawfully registered in Beijing that is an independent legal person?');
  await answerDeclarations(page, { 'safety-liability-accident': 'yes' });
  await fillFigures(page, { years: THREE_GOOD_YEARS });
  await expect(page.locator('.tic-live')).toContainText('Average annual sales revenue is RMB 300,000,000.00');
  await continueOn(page);
  await seeResults(page);
  await expect(page.locator('#tic-overall-verdict')).toHaveText('Not eligible');
  await expect(card(page, 'safety_record').locator('.tic-card__verdict')).toContainText('Not met');
  await expect(card(page, 'rd_intensity')).toContainText('R&D needed to total at least RMB 180,000,000.00: exactly at the minimum');
  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.locator('#tic-overall-verdict')).toHaveText('不符合');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

test('English can be chosen in the address', async ({ page }) => {
  await page.goto('/?lang=en');
  await expect(page.locator('#tic-page-heading')).toHaveText(
    'Beijing Technology Innovation Center supporting-unit self-check');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('validation keeps what was typed, summarises errors and moves focus to them', async ({ page }) => {
  await start(page);
  await continueOn(page);
  await expect(page.locator('#tic-error-summary')).toBeFocused();
  await expect(page.locator('#tic-error-summary')).toContainText('请选择申报类型');
  await choosePath(page, 'existing_enterprise');
  await answerDeclarations(page);
  await fillFigures(page, { years: { 2022: { revenue: '1,5' }, 2023: { rd: '１２３４．５' }, 2024: { domestic: 'abc' } } });
  await continueOn(page);
  const summary = page.locator('#tic-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.locator('li')).toHaveCount(2);
  await expect(summary).toContainText('2022年销售收入：千分位分隔符位置不对');
  await expect(summary).toContainText('2024年境内研发费用：请只填写数字');
  await summary.locator('a').first().click();
  await expect(page.locator('#tic-fig-2022-revenue')).toBeFocused();
  await expect(page.locator('#tic-fig-2022-revenue')).toHaveValue('1,5');
  await expect(page.locator('#tic-fig-2023-rd-total')).toHaveValue('１２３４．５');
  await expect(page.locator('#tic-fig-2022-revenue')).toHaveAttribute('aria-invalid', 'true');
  await expect(page).toHaveURL(/#figures$/);
});

test('the browser Back button moves between steps and no figure is ever in the address', async ({ page }) => {
  const urls = [];
  page.on('framenavigated', (f) => urls.push(f.url()));
  await existingEnterpriseToCheck(page);
  await page.goBack();
  await expect(page).toHaveURL(/#figures$/);
  await expect(page.locator('#tic-fig-2024-revenue')).toHaveValue('30000');
  await page.goBack();
  await expect(page).toHaveURL(/#talent$/);
  await expect(page.locator('#tic-page-heading')).toHaveText('人才与团队');
  await page.goForward();
  await expect(page).toHaveURL(/#figures$/);
  for (const url of [...urls, page.url()]) {
    expect(url).not.toMatch(/30000|6000|2024/);
  }
});

test('changing an answer from the check page returns there and updates the result', async ({ page }) => {
  await existingEnterpriseToCheck(page);
  const row = page.locator('.tic-summary-list__row', { hasText: '企业是否拥有高水平领军人才' });
  await expect(row).toContainText('是');
  await row.getByRole('link', { name: '修改' }).click();
  await expect(page).toHaveURL(/#talent$/);
  // The link lands on the answer itself, not at the top of the page.
  await expect(page.locator('#tic-q-leading-talent')).toBeFocused();
  await page.locator('#tic-q-leading-talent-1').check();
  await continueOn(page);
  await expect(page).toHaveURL(/#check$/);
  await expect(page.locator('.tic-summary-list__row', { hasText: '企业是否拥有高水平领军人才' })).toContainText('否');
  const revenueRow = page.locator('.tic-summary-list__row', { hasText: '2023年销售收入' });
  await revenueRow.getByRole('link', { name: '修改' }).click();
  await expect(page.locator('#tic-fig-2023-revenue')).toBeFocused();
  await page.locator('#tic-fig-2023-revenue').fill('40000');
  await continueOn(page);
  await expect(page).toHaveURL(/#check$/);
  await expect(page.locator('.tic-summary-list__row', { hasText: '2023年销售收入' })).toContainText('40,000万元');
  await seeResults(page);
  await expect(page.locator('#tic-overall-verdict')).toHaveText('不符合');
  await expect(card(page, 'talent').locator('.tic-card__verdict')).toContainText('不符合');
});

/** Presses Tab until the focused element matches `selector`. */
async function tabTo(page, selector) {
  for (let i = 0; i < 80; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Answers every yes / no group of the current page from the keyboard, then submits it. */
async function declarationsByKeyboard(page) {
  await expect(page.locator('#tic-page-heading')).toBeFocused();
  const groups = await page.locator('input.tic-radios__input').evaluateAll(
    (els) => [...new Set(els.map((e) => e.name))]);
  for (const name of groups) {
    // The first choice of a group is Yes; ArrowRight moves to No (Art. 5(5) wants No).
    await tabTo(page, `#${name}`);
    await page.keyboard.press('Space');
    if (name.includes('safety') || name.includes('emergency')) await page.keyboard.press('ArrowRight');
  }
  if (await page.locator('#tic-commitment').count()) {
    await tabTo(page, '#tic-commitment');
    await page.keyboard.type('2500'); // in 万元, the unit selected by default
  }
  await tabTo(page, 'form.tic-form button[type=submit]');
  await page.keyboard.press('Enter');
}

const KEYBOARD_RUNS = [
  {
    path: 'an existing enterprise',
    choose: [],
    history: [],
    years: [2022, 2023, 2024],
    figures: [['revenue', '30000'], ['rd-total', '6000'], ['rd-domestic', '6000']],
  },
  {
    path: 'a newly founded entity (Art. 6)',
    choose: ['ArrowDown'],
    history: ['ArrowDown'],
    founded: '2025-03-01',
    years: [],
    figures: [],
    sinceFounding: [['#tic-since-founding', '800'], ['#tic-since-founding-domestic', '800']],
  },
];

for (const run of KEYBOARD_RUNS) {
  test(`the keyboard alone completes a run as ${run.path}`, async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('#tic-page-heading')).toBeVisible();
    await tabTo(page, '.tic-button--start');
    await page.keyboard.press('Enter');
    await expect(page.locator('#tic-page-heading')).toBeFocused();
    await tabTo(page, '#tic-path');
    await page.keyboard.press('Space');
    for (const key of run.choose) await page.keyboard.press(key);
    await page.keyboard.press('Enter'); // submits the form
    await expect(page).toHaveURL(/#registration$/);
    for (let pages = 0; !/#figures$/.test(page.url()); pages++) {
      expect(pages, 'reached the figures page').toBeLessThan(6);
      const before = page.url();
      await declarationsByKeyboard(page);
      await page.waitForURL((url) => url.href !== before);
    }
    await tabTo(page, '#tic-latest-year');
    await page.keyboard.type('2024');
    await tabTo(page, '#tic-history');
    await page.keyboard.press('Space');
    for (const key of run.history) await page.keyboard.press(key);
    if (run.founded) {
      await tabTo(page, '#tic-founding-date');
      await page.keyboard.type(run.founded);
    }
    for (const year of run.years) {
      for (const [field, value] of run.figures) {
        await tabTo(page, `#tic-fig-${year}-${field}`);
        await page.keyboard.type(value);
      }
    }
    for (const [field, value] of run.sinceFounding ?? []) {
      await tabTo(page, field);
      await page.keyboard.type(value);
    }
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#check$/);
    await tabTo(page, 'form.tic-form button[type=submit]');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#results$/);
    await expect(page.locator('#tic-overall-verdict')).toHaveText('初步符合');
    // Focus is visible: the focused control draws an outline.
    await tabTo(page, '.tic-button[data-kind="secondary"]');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    expect(outline).toBe('solid');
  });
}

test('a 320 px phone never scrolls sideways, in either language', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const noSideways = async (where) => {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `sideways scroll on ${where}`).toBeLessThanOrEqual(0);
  };
  for (const lang of ['zh', 'en']) {
    await start(page, `/?lang=${lang}`);
    await noSideways(`${lang} applicant`);
    await choosePath(page, 'existing_enterprise');
    await noSideways(`${lang} registration`);
    await answerDeclarations(page);
    await fillFigures(page, { years: { ...THREE_GOOD_YEARS, 2024: { revenue: '12,345,678.901234', rd: '1', domestic: 'x' } } });
    await continueOn(page);
    await noSideways(`${lang} figures with errors`);
    await page.locator('#tic-fig-2024-rd-domestic').fill('1');
    await continueOn(page);
    await expect(page).toHaveURL(/#check$/);
    await noSideways(`${lang} check`);
    await seeResults(page);
    await noSideways(`${lang} results`);
  }
});

test('the pages after the first wait for the texts file, and say so if it cannot be loaded', async ({ page }) => {
  // Held back: the first page is painted without it, the next one waits for it.
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/tic-texts.json', async (route) => { await held; await route.continue(); });
  await page.goto('/');
  await expect(page.locator('#tic-page-heading')).toHaveText('北京市技术创新中心依托单位条件自评');
  await page.locator('.tic-button--start').click();
  await expect(page.locator('[role=status]', { hasText: '正在加载' })).toBeVisible();
  await expect(page.locator('#tic-path')).toHaveCount(0);
  release();
  await expect(page.locator('#tic-page-heading')).toHaveText('申报类型');
  await expect(page.locator('#tic-path')).toBeVisible();

  // Refused: the start page says why, and every later page offers to reload instead of
  // showing questions without their words.
  await page.unroute('**/tic-texts.json');
  await page.route('**/tic-texts.json', (route) => route.abort());
  await page.goto('/?lang=en');
  await expect(page.locator('#tic-texts-failed')).toContainText('could not be loaded');
  await page.locator('.tic-button--start').click();
  await expect(page.locator('#tic-reload')).toHaveText('Reload the page');
  await expect(page.locator('#tic-path')).toHaveCount(0);
  await page.unroute('**/tic-texts.json');
  await page.locator('#tic-reload').click();
  await expect(page.locator('#tic-texts-failed')).toHaveCount(0);
  await expect(page.locator('#tic-page-heading')).toBeVisible();
  if (await page.locator('.tic-button--start').count()) await page.locator('.tic-button--start').click();
  await expect(page.locator('#tic-path')).toBeVisible();
});

onTheRealDate('on the real date, the latest fiscal year follows the calendar, and a year not ended is refused', async ({ page }) => {
  const now = new Date().getFullYear();
  await start(page);
  await choosePath(page, 'existing_enterprise');
  await answerDeclarations(page);
  await expect(page.locator('#tic-latest-year-hint')).toContainText(`${now}年申报时填写${now - 1}`);
  await fillFigures(page, { latest: String(now), years: {} });
  await continueOn(page);
  await expect(page.locator('#tic-error-summary')).toContainText(`该年度尚未结束，不是完整会计年度。请填写已结束的年度，例如${now - 1}`);
  await fillFigures(page, { latest: String(now - 1), years: {
    [now - 3]: { revenue: '30000', rd: '6000', domestic: '6000' },
    [now - 2]: { revenue: '30000', rd: '6000', domestic: '6000' },
    [now - 1]: { revenue: '30000', rd: '6000', domestic: '6000' },
  } });
  await continueOn(page);
  await seeResults(page);
  await expect(page.locator('#tic-overall-verdict')).toHaveText('初步符合');
  const today = new Date();
  await expect(page.locator("#tic-rules-version")).toContainText(`按${today.getFullYear()}年${today.getMonth() + 1}月`);
});

test('the live figures tell a screen reader one status line, not every keystroke', async ({ page }) => {
  await start(page);
  await choosePath(page, 'existing_enterprise');
  await answerDeclarations(page);
  await fillFigures(page, { years: THREE_GOOD_YEARS });
  const live = page.locator('.tic-live');
  await expect(live).not.toHaveAttribute('aria-live', /.*/);
  const status = page.locator('#tic-live-status');
  await expect(status).toHaveAttribute('role', 'status');
  await expect(status).toHaveText('按已填数据：第五条第（三）项第3目符合；第五条第（四）项符合');
  // One yuan less of domestic R&D in 2024 keeps the verdicts: the line does not change.
  await page.locator('#tic-fig-2024-rd-domestic').fill('5999.9999');
  await expect(status).toHaveText('按已填数据：第五条第（三）项第3目符合；第五条第（四）项符合');
  // 17,999.9999 of 18,000 rounds half up, as a spreadsheet does.
  await expect(live).toContainText('的100.00%');
  // Domestic R&D far below 60%: the line says so.
  await page.locator('#tic-fig-2024-rd-domestic').fill('10');
  await page.locator('#tic-fig-2023-rd-domestic').fill('10');
  await page.locator('#tic-fig-2022-rd-domestic').fill('10');
  await expect(status).toHaveText('按已填数据：第五条第（三）项第3目符合；第五条第（四）项不符合');
});

test('a founding date typed the Chinese way is read, and one after the latest year is an error on the field', async ({ page }) => {
  await start(page);
  await choosePath(page, 'existing_enterprise');
  await answerDeclarations(page);
  await fillFigures(page, { founded: '2025年3月1日', years: {} });
  await continueOn(page);
  await expect(page.locator('#tic-error-summary')).toContainText('成立日期晚于最近一个完整会计年度（2024年）');
  await expect(page.locator('#tic-founding-date')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#tic-founding-date')).toHaveValue('2025年3月1日');
  // Founded inside the period, written the same way: read, and the years asked follow it.
  await page.locator('#tic-founding-date').fill('２０２３年７月１日');
  await expect(page.locator('#tic-fig-2023-revenue')).toBeVisible();
  await expect(page.locator('#tic-fig-2022-revenue')).toHaveCount(0);
});
