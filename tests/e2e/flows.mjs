// What a person does on each page, shared by the end-to-end tests and the screenshot script.
// Controls are found by their ids (stable in both languages) and operated by clicking and
// typing, as a person would.
import { test as base, expect } from '@playwright/test';

// The app checks the fiscal years entered against the device's date. The tests fix the browser's
// clock to one date, so that their figures (2022–2024, "近3年" of a self-check in 2025) keep
// meaning the same thing as the calendar moves on; timers still run. One test in
// wizard.spec.mjs runs on the real date instead.
export const SELF_CHECK_DATE = '2025-09-01T10:00:00+08:00';

/** Fixes the clock of a browser context (or a page's context) to SELF_CHECK_DATE. */
export async function fixClock(target) {
  await target.clock.setFixedTime(new Date(SELF_CHECK_DATE));
}

/**
 * Waits until the app has taken over the first page that index.html shows
 * (`html[data-tic-ready]`): before then a press of anything but Start and the language buttons
 * only says that the app is getting ready (first-paint.spec.mjs tests that time itself).
 */
export async function appReady(page) {
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-tic-ready'));
}

/**
 * Playwright's test, with every page's clock fixed to SELF_CHECK_DATE, and `goto` and `reload`
 * of the app's own pages waiting for the app to be ready, as a person waits for a page to work
 * (pass `{ appReady: false }` to look at the page before that).
 */
export const test = base.extend({
  page: async ({ page, baseURL }, use) => {
    await fixClock(page);
    const own = (url) => !/^https?:/.test(url) || new URL(url).origin === new URL(baseURL).origin;
    for (const method of ['goto', 'reload']) {
      const original = page[method].bind(page);
      page[method] = async (...args) => {
        const options = (method === 'goto' ? args[1] : args[0]) ?? {};
        const { appReady: wait = true, ...rest } = options;
        const response = method === 'goto' ? await original(args[0], rest) : await original(rest);
        if (wait && own(method === 'goto' ? args[0] : page.url())) await appReady(page);
        return response;
      };
    }
    await use(page);
  },
});
export { expect };

export const FAVOURABLE = {
  'registered-in-beijing': 'yes',
  'good-credit': 'yes',
  'innovation-advantage': 'yes',
  'resource-integration': 'yes',
  'cooperation-universities': 'yes',
  'cooperation-research-institutes': 'yes',
  'cooperation-industry-chain': 'yes',
  'safety-liability-accident': 'no',
  'major-social-impact-emergency': 'no',
  'leading-talent': 'yes',
  'core-technical-team': 'yes',
  'transformation-team': 'yes',
  'joint-units-capability': 'yes',
  'newly-established-for-center': 'yes',
};

const CHOICE_SUFFIX = { yes: '', no: '-1', not_sure: '-2' };

export async function continueOn(page) {
  await page.locator('form.tic-form button[type=submit]').click();
}

export async function start(page, url = '/') {
  await page.goto(url);
  await expect(page.locator('#tic-page-heading')).toBeVisible();
  await page.locator('.tic-button--start').click();
}

export async function choosePath(page, path) {
  await page.locator(path === 'new_entity' ? '#tic-path-1' : '#tic-path').check();
  await continueOn(page);
}

/** Answers every question on the current page, from `answers` (slug → yes/no/not_sure). */
export async function answerPage(page, answers) {
  const ids = await page
    .locator('input.tic-radios__input[id^="tic-q-"]')
    .evaluateAll((els) => els.map((e) => e.name));
  for (const name of [...new Set(ids)]) {
    const slug = name.replace(/^tic-q-/, '');
    const answer = answers[slug] ?? FAVOURABLE[slug];
    await page.locator(`#${name}${CHOICE_SUFFIX[answer]}`).check();
  }
}

/** From the applicant-type page's successor to the figures page. */
export async function answerDeclarations(page, answers = {}, commitment = null) {
  for (let i = 0; i < 6; i++) {
    const onFigures = await page.locator('#tic-latest-year').count();
    if (onFigures) return;
    await answerPage(page, answers);
    if (await page.locator('#tic-commitment').count()) {
      if (commitment) {
        await page.locator('#tic-commitment').fill(typed(commitment.value, commitment.unit));
        if (commitment.plannedDomestic) {
          await page.locator('#tic-planned-domestic').fill(commitment.plannedDomestic);
        }
      }
    }
    await continueOn(page);
  }
  await expect(page.locator('#tic-latest-year')).toBeVisible();
}

const FIELD_SLUG = { revenue: 'revenue', rd: 'rd-total', domestic: 'rd-domestic' };

/** An amount as a person types it in a page whose unit is 万元: another unit after the number. */
export const typed = (value, unit = 'wan') => `${value}${{ yuan: '元', wan: '', yi: '亿' }[unit]}`;

/** Fills the figures page: `years` maps a year to { revenue, rd, domestic } in 万元 (or [value, unit]). */
export async function fillFigures(page, { latest = '2024', founded = null, years = {}, sinceFounding = null }) {
  await page.locator('#tic-latest-year').fill(latest);
  if (founded) {
    await page.locator('#tic-history-1').check();
    await page.locator('#tic-founding-date').fill(founded);
  } else {
    await page.locator('#tic-history').check();
  }
  for (const [year, figures] of Object.entries(years)) {
    for (const [key, value] of Object.entries(figures)) {
      const id = `#tic-fig-${year}-${FIELD_SLUG[key]}`;
      const [text, unit] = Array.isArray(value) ? value : [value, 'wan'];
      await page.locator(id).fill(typed(text, unit));
    }
  }
  // R&D since founding, asked of a new entity with no complete fiscal year yet (Art. 6).
  if (sinceFounding) {
    await page.locator('#tic-since-founding').fill(sinceFounding.rd);
    await page.locator('#tic-since-founding-domestic').fill(sinceFounding.domestic);
  }
}

export const THREE_GOOD_YEARS = {
  2022: { revenue: '30000', rd: '6000', domestic: '6000' },
  2023: { revenue: '30000', rd: '6000', domestic: '6000' },
  2024: { revenue: '30000', rd: '6000', domestic: '6000' },
};

/** The whole run for an existing enterprise, up to the check page. */
export async function existingEnterpriseToCheck(page, { answers = {}, years = THREE_GOOD_YEARS, url = '/' } = {}) {
  await start(page, url);
  await choosePath(page, 'existing_enterprise');
  await answerDeclarations(page, answers);
  await fillFigures(page, { years });
  await continueOn(page);
  await expect(page).toHaveURL(/#check$/);
}

export async function seeResults(page) {
  await continueOn(page);
  await expect(page).toHaveURL(/#results$/);
}

/** The verdict shown on a condition's card, e.g. 'rd_intensity'. */
export function card(page, condition) {
  return page.locator(`#tic-condition-${condition}`);
}
