// The construction-plan outline (issue 21), downloaded as a person does: from the results
// page's toolbar and from beside the checklist, in both languages, with and without amounts.
// The .docx is read back here (stored zip entries, WordprocessingML text), and the browser's
// file is compared byte for byte with what `tic-assess --outline` writes from the answers file
// the same session saves: the page and the command line run the same code.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { existingEnterpriseToCheck, seeResults, test, expect } from './flows.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const SHORT_OF_RATIO = {
  2022: { revenue: ['12', 'yi'], rd: ['1.5', 'yi'], domestic: ['1.2', 'yi'] },
  2023: { revenue: ['13.4', 'yi'], rd: ['1.8', 'yi'], domestic: ['1.5', 'yi'] },
  2024: { revenue: ['1,400,000,000', 'yuan'], rd: ['190000000', 'yuan'], domestic: ['100000000', 'yuan'] },
};

/** The parts of a zip of stored entries, by name (read from the central directory). */
function unzip(bytes) {
  const end = bytes.length - 22;
  expect(bytes.readUInt32LE(end), 'end of central directory').toBe(0x06054b50);
  const parts = new Map();
  let at = bytes.readUInt32LE(end + 16);
  for (let i = 0; i < bytes.readUInt16LE(end + 10); i += 1) {
    const size = bytes.readUInt32LE(at + 24);
    const nameLength = bytes.readUInt16LE(at + 28);
    const local = bytes.readUInt32LE(at + 42);
    const name = bytes.toString('utf8', at + 46, at + 46 + nameLength);
    const data = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    parts.set(name, bytes.subarray(data, data + size).toString('utf8'));
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return parts;
}

const ENTITIES = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };

/** The document's paragraphs as text, one per line. */
function paragraphs(documentXml) {
  return documentXml.split('</w:p>').map((p) => [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>|<w:(br|tab)\/>/g)]
    .map((m) => (m[2] === 'br' ? '\n' : m[2] === 'tab' ? '\t' : m[1].replace(/&\w+;/g, (e) => ENTITIES[e])))
    .join('')).join('\n');
}

/** Presses `button` and returns the download's name, bytes and text. */
async function downloadOutline(page, button) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator(button).click()]);
  const bytes = readFileSync(await download.path());
  const parts = unzip(bytes);
  return { name: download.suggestedFilename(), bytes, parts, text: paragraphs(parts.get('word/document.xml')) };
}

test('the outline downloads from the results page, made on this device, as the command line makes it', async ({ page }, info) => {
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await existingEnterpriseToCheck(page, { years: SHORT_OF_RATIO });
  await seeResults(page);
  await page.locator('#tic-organisation').fill('某某科技有限公司 <研发&创新>');
  await page.locator('#tic-item-plan-budget-plan-1').check();
  await page.locator('#tic-item-plan-budget-plan-note').fill('预算待董事会批准 & 报 "科委"');
  await expect(page.locator('#tic-outline')).toHaveText('下载建设方案提纲（Word）');
  await expect(page.locator('#tic-outline-checklist')).toHaveText('下载建设方案提纲（Word）');
  await expect(page.locator('#tic-outline-hint')).toContainText('文件在本机生成，不上传');
  const before = requests.length;
  const outline = await downloadOutline(page, '#tic-outline');
  expect(requests.slice(before), 'no request made for the outline').toEqual([]);
  expect(outline.name).toBe('某某科技有限公司 _研发&创新-技术创新中心建设方案提纲.docx');
  expect(outline.parts.get('[Content_Types].xml')).toContain('wordprocessingml.document.main+xml');
  for (const expected of ['北京市技术创新中心建设方案', '依托单位：某某科技有限公司 <研发&创新>', '自评日期：2025年9月1日', '目　录',
    '自评结果', '结果一览', '总体结论：不符合', '第五条第（三）项', '13.20%', '7,100.00万元', '填写的数据', '120,000.00万元',
    '一、总体目标', '二、分年度目标', '九、保障措施', '（请在此填写总体目标……）', '进行中；备注：预算待董事会批准 & 报 "科委"',
    '附件1　自评结果', '附件2　证明材料（建议）', '附件3　申报程序', '不是市科委中关村管委会的审核意见或认定']) {
    expect(outline.text, `the outline lacks ${expected}`).toContain(expected);
  }
  expect(outline.parts.get('docProps/app.xml')).toContain('<Company>某某科技有限公司 &lt;研发&amp;创新&gt;</Company>');

  // The answers file of the same session, through the command line: the same bytes.
  const [saved] = await Promise.all([page.waitForEvent('download'), page.locator('#tic-export').click()]);
  const answers = info.outputPath('answers.json');
  await saved.saveAs(answers);
  const cli = execFileSync('cargo', ['run', '--locked', '--quiet', '--bin', 'tic-assess', '--',
    '--outline', '--as-of', '2025-09-01', answers], { cwd: repo, maxBuffer: 1 << 24 });
  expect(Buffer.compare(cli, outline.bytes), 'the page and tic-assess --outline write the same file').toBe(0);
});

test('without amounts, the outline beside the checklist has no amount and no note, and says so', async ({ page }) => {
  await existingEnterpriseToCheck(page, { years: SHORT_OF_RATIO });
  await seeResults(page);
  await page.locator('#tic-item-plan-budget-plan-note').fill('预算待董事会批准');
  const full = await downloadOutline(page, '#tic-outline-checklist');
  await page.locator('#tic-omit-amounts').check();
  const without = await downloadOutline(page, '#tic-outline-checklist');
  // Every amount of the full outline but the guideline's own threshold (Art. 6's 2,000万元).
  const amounts = [...new Set(full.text.match(/[\d,]+\.\d\d万元/g))].filter((a) => a !== '2,000.00万元');
  expect(amounts.length, 'the full outline shows the applicant\'s amounts').toBeGreaterThan(5);
  for (const amount of amounts) expect(without.text, `${amount} without amounts`).not.toContain(amount);
  expect(full.text).toContain('预算待董事会批准');
  expect(without.text).not.toContain('预算待董事会批准');
  expect(without.text).toContain('13.20%');
  const firstHeading = without.text.indexOf('结果一览');
  expect(without.text.indexOf('本提纲不含申报单位的金额和清单备注')).toBeGreaterThan(0);
  expect(without.text.indexOf('本提纲不含申报单位的金额和清单备注')).toBeLessThan(firstHeading);
  expect(without.name).toMatch(/^技术创新中心建设方案提纲-\d{4}-\d\d-\d\d\.docx$/);
});

test('the outline in English', async ({ page }) => {
  await existingEnterpriseToCheck(page, { years: SHORT_OF_RATIO, url: '/?lang=en' });
  await seeResults(page);
  await expect(page.locator('#tic-outline')).toHaveText('Download the construction-plan outline (Word)');
  const outline = await downloadOutline(page, '#tic-outline');
  expect(outline.name).toBe('construction-plan-outline-2025-09-01.docx');
  for (const expected of ['Beijing Technology Innovation Center: construction plan', 'Overall result: Not eligible', 'Annex 1. Self-check result',
    '1. Overall goal', '9. Safeguards', 'RMB 1,200,000,000.00', '(Write the “Overall goal” part here…)',
    'unofficial English rendering']) {
    expect(outline.text, `the outline lacks ${expected}`).toContain(expected);
  }
});
