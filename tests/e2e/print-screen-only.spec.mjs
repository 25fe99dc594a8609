// What is on paper is meant for paper (issue 28, item 7): the plan's invitation to type this
// year's expected revenue is printed only with the plan it leads to. Printed by Chromium with
// the print style sheet, as a person prints, and read back with pdftotext.
import { execFileSync } from 'node:child_process';
import { existingEnterpriseToCheck, seeResults, test, expect } from './flows.mjs';

const SHORT_OF_RATIO = {
  2022: { revenue: ['12', 'yi'], rd: ['1.5', 'yi'], domestic: ['1.2', 'yi'] },
  2023: { revenue: ['13.4', 'yi'], rd: ['1.8', 'yi'], domestic: ['1.5', 'yi'] },
  2024: { revenue: ['1,400,000,000', 'yuan'], rd: ['190000000', 'yuan'], domestic: ['100000000', 'yuan'] },
};

async function printed(page, path) {
  await page.pdf({ path, format: 'A4', displayHeaderFooter: false });
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
}

for (const [lang, invitation, planned] of [
  ['zh', '填写今年预计的销售收入', '下一轮申报的“近3年”按2023—2025年计算'],
  ['en', 'Entertherevenueyouexpectthisyear', 'Thenextround'],
]) {
  test(`the plan's invitation is printed only with a plan (${lang})`, async ({ page }, info) => {
    await existingEnterpriseToCheck(page, { years: SHORT_OF_RATIO, url: lang === 'en' ? '/?lang=en' : '/' });
    await seeResults(page);
    // On the screen the invitation is there, waiting for the revenue.
    await expect(page.locator('#tic-plan-intro')).toBeVisible();
    const before = await printed(page, info.outputPath('before.pdf'));
    expect(before, 'the printout is the result').toContain(lang === 'zh' ? '总体结论' : 'Overallresult');
    expect(before).not.toContain(invitation);
    await page.locator('#tic-expected-revenue').fill('15亿');
    await expect(page.locator('#tic-plan-lines')).toBeVisible();
    const after = await printed(page, info.outputPath('after.pdf'));
    expect(after).toContain(invitation);
    expect(after).toContain(planned);
  });
}
