// Printing, exporting, importing and the draft, driven in Chromium as a person would: the
// printed PDF is read back with pdftotext; the exported file is imported into a fresh browser;
// the draft survives a reload only after the person opted in.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import {
  start, choosePath, answerDeclarations, fillFigures, continueOn, seeResults,
  existingEnterpriseToCheck,
  test, expect, fixClock, appReady,
} from './flows.mjs';

const SHORT_OF_RATIO = {
  2022: { revenue: ['12', 'yi'], rd: ['1.5', 'yi'], domestic: ['1.2', 'yi'] },
  2023: { revenue: ['13.4', 'yi'], rd: ['1.8', 'yi'], domestic: ['1.5', 'yi'] },
  2024: { revenue: ['1,400,000,000', 'yuan'], rd: ['190000000', 'yuan'], domestic: ['100000000', 'yuan'] },
};

// The guideline's own thresholds, which stay in an amount-free printout.
const GUIDELINE_AMOUNTS = new Set(['2,000.00万元', '10亿元', '30亿元', 'RMB 20,000,000.00', 'RMB 1 billion', 'RMB 3 billion']);

/** Every amount of the full printout that is not one of the guideline's is absent without amounts. */
function expectNoApplicantAmounts(withAmounts, withoutAmounts, pattern) {
  const amounts = [...new Set(withAmounts.match(pattern))].filter((a) => !GUIDELINE_AMOUNTS.has(a));
  expect(amounts.length, 'the full printout shows the applicant\'s amounts').toBeGreaterThan(5);
  for (const amount of amounts) {
    expect(withoutAmounts, `the amount-free printout shows ${amount}`).not.toContain(amount);
  }
}

/** The printout's text, with runs of white space (line ends, layout columns) read as one space. */
async function pdfText(page, path) {
  await page.pdf({ path, format: 'A4', displayHeaderFooter: false });
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

/** Every row of the check page: question and answer. */
async function checkRows(page) {
  return page.locator('.tic-summary-list__row').evaluateAll((rows) =>
    rows.map((r) => `${r.querySelector('dt').textContent} = ${r.querySelector('.tic-summary-list__value').textContent}`));
}

test('the printout carries the verdicts, the checklist and the guideline, and can leave amounts out', async ({ page }, info) => {
  await existingEnterpriseToCheck(page, { years: SHORT_OF_RATIO });
  await seeResults(page);
  await page.locator('#tic-item-plan-budget-plan-2').check();
  await page.locator('#tic-item-plan-budget-plan-note').fill('预算待董事会批准');
  await expect(page.locator('#tic-readiness')).toHaveText(/已就绪1 \/ \d+项/);
  const text = await pdfText(page, info.outputPath('result-zh.pdf'));
  for (const expected of ['自评结果', '不符合', '京科创发〔2024〕143号', '2024年9月14日起施行', '自评日期',
    '第五条第（三）项第2目', '13.20%', '当时差7,100.00万元', '建设方案准备清单', '总体目标', '预算方案',
    '已就绪', '预算待董事会批准', '下一轮申报', '本结果根据您填写的信息在本机计算', '未发送到任何服务器', '1 / ']) {
    expect(text, `PDF lacks ${expected}`).toContain(expected);
  }
  for (const control of ['隐藏金额（比例和结论保留）', '返回上一步', '重新开始', 'English']) {
    expect(text, `PDF shows the control ${control}`).not.toContain(control);
  }
  await page.locator('#tic-omit-amounts').check();
  const without = await pdfText(page, info.outputPath('result-zh-no-amounts.pdf'));
  expect(without).toContain('13.20%');
  expect(without).toContain('不符合');
  expect(without).toContain('未达到要求');
  expectNoApplicantAmounts(text, without, /[\d,]+(?:\.\d+)?(?:万元|亿元)/g);
  // It says so, and leaves the notes (free text that may quote an amount) off the paper.
  expect(without).toContain('本打印件未列出申报单位的金额和清单备注');
  expect(without).not.toContain('预算待董事会批准');
  expect(text).not.toContain('本打印件未列出申报单位的金额');
});

test('the printout in English', async ({ page }, info) => {
  await existingEnterpriseToCheck(page, { years: SHORT_OF_RATIO, url: '/?lang=en' });
  await seeResults(page);
  const text = await pdfText(page, info.outputPath('result-en.pdf'));
  for (const expected of ['Your result', 'Not eligible', '京科创发〔2024〕143号', 'Date of the self-check',
    'Art. 5(3) item 2', 'RMB 71,000,000.00 short', 'Readiness checklist', 'Budget plan', 'Line up the partners']) {
    expect(text, `PDF lacks ${expected}`).toContain(expected);
  }
  await page.locator('#tic-omit-amounts').check();
  const without = await pdfText(page, info.outputPath('result-en-no-amounts.pdf'));
  expectNoApplicantAmounts(text, without, /RMB [\d,.]+(?: (?:million|billion))?/g);
  expect(without).toContain('13.20%');
});

test('export then import in a fresh browser restores every answer and the checklist exactly', async ({ page, browser }, info) => {
  await start(page);
  await choosePath(page, 'new_entity');
  await answerDeclarations(page, { 'leading-talent': 'not_sure' }, { value: '2,500.5', unit: 'wan' });
  await fillFigures(page, { founded: '2023-03-15', years: {
    2023: { revenue: ['0', 'yuan'], rd: ['3.25', 'yi'], domestic: ['300000000', 'yuan'] },
    2024: { revenue: '12.345678', rd: '800', domestic: '700' },
  } });
  await continueOn(page);
  const before = await checkRows(page);
  await seeResults(page);
  await page.locator('#tic-item-procedure-partners-1').check();
  await page.locator('#tic-item-procedure-partners-note').fill('与两所高校洽谈中');
  const verdictBefore = await page.locator('#tic-overall-verdict').textContent();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#tic-export').click()]);
  expect(download.suggestedFilename()).toMatch(/^tic-selfcheck-\d{4}-\d\d-\d\d\.json$/);
  const file = info.outputPath('answers.json');
  await download.saveAs(file);
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  expect(exported.schema_version).toBe(5);
  expect(exported.committed_average_annual_rd).toEqual({ value: '2500.5', unit: 'wan' });
  expect(exported.checklist).toEqual([{ item: 'procedure.partners', status: 'in_progress', note: '与两所高校洽谈中' }]);

  const fresh = await browser.newPage();
  await fixClock(fresh);
  await fresh.goto('/');
  await appReady(fresh);
  await fresh.locator('#tic-import').setInputFiles(file);
  await expect(fresh).toHaveURL(/#check$/);
  await expect(fresh.locator('#tic-notice')).toContainText('已导入文件中的回答');
  expect(await checkRows(fresh)).toEqual(before);
  await seeResults(fresh);
  await expect(fresh.locator('#tic-overall-verdict')).toHaveText(verdictBefore);
  await expect(fresh.locator('#tic-item-procedure-partners-1')).toBeChecked();
  await expect(fresh.locator('#tic-item-procedure-partners-note')).toHaveValue('与两所高校洽谈中');
  // Exporting again gives the same document.
  const [again] = await Promise.all([fresh.waitForEvent('download'), fresh.locator('#tic-export').click()]);
  const file2 = info.outputPath('answers-again.json');
  await again.saveAs(file2);
  expect(JSON.parse(readFileSync(file2, 'utf8'))).toEqual(exported);
  await fresh.close();
});

test('a damaged, foreign, newer or tampered file is refused with a message and changes nothing', async ({ page }, info) => {
  await existingEnterpriseToCheck(page);
  const before = await checkRows(page);
  const DAMAGED = '文件已损坏，或保存后被改动过，未导入。';
  const cases = [
    ['truncated.json', '{"schema_version": 1, "path": "existing_enter', DAMAGED, '第1行第46列：文件在字符串中途结束'],
    ['foreign.json', '{"invoice": 42}', '这不是本工具保存的答案文件，未导入。', '缺少 schema_version'],
    ['newer.json', '{"schema_version": 6}', '该文件由更新版本的自评工具保存，本版本无法读取，未导入。', '格式版本6'],
    ['tampered.json', '{"schema_version": 1, "financials": {"years": [{"year": 2024, "rd_total": {"value": "-1", "unit": "wan"}}]}}', DAMAGED, 'financials.years[0].rd_total.value：“-1”：'],
    ['unknown.json', '{"schema_version": 4, "financials": {"rd_forecast": 1}}', '文件中有本版本不认识的内容：财务数据中的“rd_forecast”。', 'financials.rd_forecast：本版本的答案文件没有这一项。'],
    ['huge.json', `{"schema_version": 1, "pad": "${'x'.repeat(300 * 1024)}"}`, '这不是本工具保存的答案文件，未导入。', '文件过大'],
  ];
  for (const [name, contents, plain, detail] of cases) {
    // Moving within the page keeps the answers; the start page holds the import.
    await page.goto('/#start');
    await expect(page.locator('#tic-import')).toBeVisible();
    const path = info.outputPath(name);
    writeFileSync(path, contents);
    await page.locator('#tic-import').setInputFiles(path);
    // The error-summary pattern: the summary, focused, in plain words; the same words on the
    // file field; the technical detail folded away; the page title says there is an error.
    const summary = page.locator('#tic-error-summary');
    await expect(summary).toBeFocused();
    await expect(summary.locator('li')).toHaveCount(1);
    await expect(summary.locator('li')).toContainText(plain);
    await expect(page.locator('#tic-import-error')).toContainText(plain);
    await expect(page.locator('#tic-import')).toHaveAttribute('aria-invalid', 'true');
    await expect(summary.locator('details')).not.toHaveAttribute('open', '');
    await expect(summary.locator('details')).toContainText(detail);
    await expect(summary).not.toContainText('The file');
    await expect(page).toHaveTitle(/^错误：/);
    await summary.locator('a').click();
    await expect(page.locator('#tic-import')).toBeFocused();
    await page.goto('/#check');
    expect(await checkRows(page), `after ${name}`).toEqual(before);
  }
});

test('the draft is kept only with consent, restored on reload, and erased on request', async ({ page }) => {
  // Without consent: nothing is written, nothing comes back.
  await existingEnterpriseToCheck(page);
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
  await page.reload();
  await expect(page.locator('#tic-page-heading')).toHaveText('北京市技术创新中心依托单位条件自评');
  expect(await page.evaluate(() => localStorage.length)).toBe(0);

  // With consent: the answers survive a reload.
  await page.locator('#tic-remember').check();
  await page.locator('.tic-button--start').click();
  await choosePath(page, 'existing_enterprise');
  await answerDeclarations(page, { 'core-technical-team': 'not_sure' });
  await fillFigures(page, { years: { 2022: { revenue: '30000', rd: '6000', domestic: '6000' } } });
  await continueOn(page);
  await expect(page).toHaveURL(/#check$/);
  const before = await checkRows(page);
  expect(await page.evaluate(() => localStorage.getItem('tic-selfcheck:draft'))).toContain('"schema_version": 5');
  await page.reload();
  await expect(page.locator('#tic-notice')).toContainText('已恢复您上次在本设备上保存的回答');
  await expect(page.locator('#tic-remember')).toBeChecked();
  // The start page offers to continue, and every page is answered: it opens the check page.
  await expect(page.locator('.tic-button--start')).toHaveText('继续填写');
  await page.locator('.tic-button--start').click();
  await expect(page).toHaveURL(/#check$/);
  expect(await checkRows(page)).toEqual(before);

  // Forget: storage is empty again and stays empty after a reload.
  await page.goto('/#start');
  await page.locator('#tic-forget').click();
  await expect(page.locator('#tic-notice')).toContainText('已从本设备删除保存的回答');
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
  await page.reload();
  await expect(page.locator('#tic-remember')).not.toBeChecked();
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
});

test('a draft from a newer version is kept, a damaged one is removed, and full storage is reported', async ({ page }) => {
  // A rollback must not wipe what a newer version saved: it stays, and is not overwritten.
  const newer = '{"schema_version": 7, "future": true}';
  await page.goto('/');
  await page.evaluate((d) => localStorage.setItem('tic-selfcheck:draft', d), newer);
  await page.reload();
  await expect(page.locator('#tic-notice')).toContainText('来自更新版本的自评工具（格式版本7）');
  await expect(page.locator('#tic-notice')).toContainText('仍保留在本设备上');
  await expect(page.locator('#tic-notice')).toHaveAttribute('role', 'status');
  await expect(page.locator('#tic-remember')).not.toBeChecked();
  await page.locator('.tic-button--start').click();
  await choosePath(page, 'existing_enterprise');
  expect(await page.evaluate(() => localStorage.getItem('tic-selfcheck:draft'))).toBe(newer);

  // A draft that cannot be read at all is removed, and the person is told.
  await page.evaluate(() => localStorage.setItem('tic-selfcheck:draft', '{"schema_version": 2, "path": "exist'));
  await page.goto('/#start');
  await page.reload();
  await expect(page.locator('#tic-notice')).toContainText('本设备上保存的回答无法读取，已删除');
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
  await expect(page.locator('#tic-remember')).not.toBeChecked();

  // A browser whose storage is full (or blocked) refuses the write: the tool says so and goes on.
  await page.evaluate(() => {
    Storage.prototype.setItem = () => { throw new DOMException('full', 'QuotaExceededError'); };
  });
  // (A click, not check(): the box springs back, because the write failed.)
  await page.locator('#tic-remember').click();
  await expect(page.locator('#tic-notice')).toContainText('此浏览器不允许或已无空间在本设备上保存回答');
  await expect(page.locator('#tic-remember')).not.toBeChecked();
  await page.locator('.tic-button--start').click();
  await choosePath(page, 'existing_enterprise');
  await expect(page).toHaveURL(/#registration$/);
});

test('a checklist note shows its count, and says so when the limit cuts what was typed', async ({ page }) => {
  await existingEnterpriseToCheck(page);
  await seeResults(page);
  const note = page.locator('#tic-item-plan-budget-plan-note');
  const count = page.locator('#tic-item-plan-budget-plan-note-count');
  await note.fill('预算待董事会批准');
  await expect(count).toHaveText('已输入8 / 500字');
  await expect(note).toHaveAttribute('aria-describedby', 'tic-item-plan-budget-plan-note-count');
  // A paste longer than the limit: the note keeps 500 characters and the page says so.
  await note.fill('字'.repeat(520));
  await expect(note).toHaveValue('字'.repeat(500));
  await expect(count).toHaveText('已达到500字上限：超出的部分不会保存。');
  // Characters outside the Basic Multilingual Plane count once, as in the exported file.
  await note.fill('𠀀'.repeat(300));
  await expect(count).toHaveText('已输入300 / 500字');
});

test('a file with every field the format allows comes back unchanged through the app', async ({ page }, info) => {
  // Every member, the `founded_in` form of the operating history, amounts in all three units,
  // the Art. 6 amounts and a checklist with notes in several scripts.
  const document = {
    schema_version: 5,
    path: 'new_entity',
    declarations: {
      registered_in_beijing: 'yes', good_credit: 'not_sure', innovation_advantage: 'yes',
      resource_integration: 'yes', cooperation_universities: 'no', cooperation_research_institutes: 'yes',
      cooperation_industry_chain: 'yes', safety_liability_accident: 'no', major_social_impact_emergency: 'no',
      leading_talent: 'yes', core_technical_team: 'yes', transformation_team: 'not_sure',
      joint_units_capability: 'yes', newly_established_for_center: 'yes',
    },
    financials: {
      latest_fiscal_year: 2024,
      operating_history: { kind: 'founded_in', year: 2023, months_in_first_year: 7 },
      years: [
        { year: 2023, sales_revenue: { value: '0', unit: 'yuan' }, rd_total: { value: '3.25', unit: 'yi' }, rd_domestic: { value: '300000000.01', unit: 'yuan' } },
        { year: 2024, sales_revenue: { value: '12.345678', unit: 'wan' }, rd_total: { value: '800', unit: 'wan' } },
      ],
    },
    committed_average_annual_rd: { value: '2500.5', unit: 'wan' },
    planned_domestic_average_annual_rd: { value: '0.2', unit: 'yi' },
    rd_since_founding: { value: '1234567.89', unit: 'yuan' },
    rd_since_founding_domestic: { value: '100', unit: 'wan' },
    figures_confirmed: true,
    about: { organisation: '北京某某科技有限公司 “Acme” & <Co>', filled_by: '张三' },
    checklist: [
      { item: 'plan.budget_plan', status: 'ready', note: '预算待董事会批准 𠀀 Budget “v2”\n第二行' },
      { item: 'procedure.partners', status: 'in_progress' },
    ],
  };
  const file = info.outputPath('every-field.json');
  writeFileSync(file, JSON.stringify(document, null, 2));
  await page.goto('/#start');
  await page.locator('#tic-import').setInputFiles(file);
  await expect(page).toHaveURL(/#check$/);
  await expect(page.locator('.tic-summary-list')).toContainText('成立于2023年，当年经营7个月');
  await seeResults(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#tic-export').click()]);
  const out = info.outputPath('every-field-again.json');
  await download.saveAs(out);
  expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(document);
});

test('a restored draft with a page unanswered continues on that page', async ({ page }) => {
  await page.goto('/');
  await page.locator('#tic-remember').check();
  await page.locator('.tic-button--start').click();
  await choosePath(page, 'existing_enterprise');
  await answerDeclarations(page);
  // Stopped on the figures page, with nothing entered there yet; the visitor comes back later.
  await expect(page.locator('#tic-latest-year')).toBeVisible();
  await page.goto('/#start');
  await page.reload();
  await expect(page.locator('#tic-notice')).toContainText('已恢复您上次在本设备上保存的回答');
  await expect(page.locator('.tic-button--start')).toHaveText('继续填写');
  await page.locator('.tic-button--start').click();
  await expect(page).toHaveURL(/#figures$/);
  await expect(page.locator('#tic-page-heading')).toHaveText('销售收入与研究开发费用');
});

test('the checklist shows each status as a tag, and an unmet condition cannot be marked ready', async ({ page }) => {
  await existingEnterpriseToCheck(page, { years: SHORT_OF_RATIO, answers: { 'leading-talent': 'no' } });
  await seeResults(page);
  // Art. 5(3) falls short in years that have ended: one item on this year, for the next round.
  const next = page.locator('#tic-item-gap-rd-intensity-next-round');
  await expect(next.locator('.tic-check-item__status')).toHaveText('未开始');
  await expect(next.locator('input[type=radio]')).toHaveCount(2);
  await expect(page.locator('#tic-item-gap-rd-intensity-next-round-2')).toHaveCount(0);
  await expect(next).toContainText('该项条件满足后');
  await page.locator('#tic-item-gap-rd-intensity-next-round-1').check();
  await expect(next.locator('.tic-check-item__status')).toHaveText('进行中');
  const plan = page.locator('#tic-item-plan-budget-plan');
  await page.locator('#tic-item-plan-budget-plan-2').check();
  await expect(plan.locator('.tic-check-item__status')).toHaveText('已就绪');
  // The citation beside an item is not repeated in its title.
  await expect(next.locator('.tic-check-item__name')).toHaveText('下一轮申报：按销售收入规模的研究开发费用要求');
  await expect(next.locator('.tic-check-item__clause')).toHaveText(' · 第五条第（三）项第2目');
  // A declaration answered “no” says what it takes, and links to the answer.
  const talent = page.locator('#tic-item-gap-talent-declared-leading-talent');
  await expect(talent.locator('.tic-check-item__name')).toHaveText('未满足：领军人才、核心技术团队和成果转化应用团队');
  await expect(talent).toContainText('引进或培养后才能满足');
  await expect(talent.locator('input[type=radio]')).toHaveCount(2);
  await talent.getByRole('link', { name: /修改/ }).click();
  await expect(page).toHaveURL(/#talent$/);
  await expect(page.locator('#tic-q-leading-talent')).toBeFocused();
});
