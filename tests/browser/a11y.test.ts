/**
 * axe-core on every state of every tab at 320 px, in Vietnamese and English, light and dark (Tổng hợp with its
 * summary's verdicts open and a received date wrong, then confirmed): zero violations but the
 * documented false positives (support/axe.ts, each with its link). Each state is also kept as a screenshot
 * (tests/artifacts/screenshots/a11y-<lang>-<theme>-<state>.png). The help page is checked too.
 */
import type { Page } from 'playwright-core';
import type { Lang } from '../../src/i18n';
import { uiText, type UiKey } from '../../src/i18n/ui';
import { screenshot } from './support/browser';
import { axeViolations } from './support/axe';
import { dialogSettled, insertTemplate, paneHarness } from './support/pane';
import { addStrayRows, unusableFiles } from './support/scenarios';
import { onDisk, seedPlan, submission, type UploadFile } from './support/seed';

jest.setTimeout(300_000);

const { plan } = seedPlan();
const { pane, pageErrors } = paneHarness();
const PERIOD = '2025-07';
const WIDTH = 320;

let files: { good: UploadFile[]; bad: UploadFile[] };
beforeAll(async () => {
  const good = await Promise.all(
    ['so-y-te', 'so-xay-dung', 'so-tu-phap', 'thanh-tra', 'so-noi-vu', 'so-khcn'].map((a) =>
      submission(plan, a, PERIOD),
    ),
  );
  files = { good, bad: await unusableFiles(plan, PERIOD) };
});

/** Walks the pane through its states, running axe (and taking a screenshot) in each. */
class Walk {
  readonly found: string[] = [];
  constructor(
    private readonly page: Page,
    private readonly lang: Lang,
    private readonly theme: 'light' | 'dark',
  ) {}

  t(key: UiKey, params?: Record<string, string | number>): string {
    return uiText(this.lang, key, params);
  }

  async state(name: string): Promise<void> {
    this.found.push(...(await axeViolations(this.page, `${this.lang}/${this.theme}/${name}`)));
    await screenshot(this.page, `a11y-${this.lang}-${this.theme}-${name}`);
  }

  async tab(key: UiKey): Promise<void> {
    await this.page.getByRole('tab', { name: this.t(key) }).click();
  }

  button(key: UiKey, params?: Record<string, string | number>) {
    return this.page
      .locator('[role="tabpanel"]:not([hidden])')
      .getByRole('button', { name: this.t(key, params) });
  }
}

async function openPane(lang: Lang, theme: 'light' | 'dark', fake: object = {}): Promise<Page> {
  const page = await pane({ fake: { theme, ...fake }, width: WIDTH });
  await page.getByRole('tab').first().waitFor();
  if (lang === 'en') await page.getByRole('contentinfo').getByRole('button', { name: 'English' }).click();
  await page.getByRole('tab', { name: uiText(lang, 'tabTemplate') }).waitFor();
  return page;
}

async function templateStates(walk: Walk, page: Page, lang: Lang): Promise<void> {
  await walk.state('template');
  await walk.button('insertTemplate').click();
  await page.getByText(walk.t('agencyRequired')).waitFor();
  await walk.state('template-required');
  const box = page.getByRole('combobox', { name: walk.t('agencyLabel') });
  await box.click();
  await box.pressSequentially('so');
  await page.getByRole('listbox').waitFor();
  await walk.state('template-agency-list');
  await page.keyboard.press('Escape');
  await box.fill('');
  if (lang === 'vi') await insertTemplate(page, 'xay dung', 'Sở Xây dựng', PERIOD);
  else {
    await box.pressSequentially('Department of Construction');
    await page.keyboard.press('Tab');
    await walk.button('insertTemplate').click();
  }
  await page.locator('[role="tabpanel"]:not([hidden]) [data-testid="notice"]').waitFor();
  await walk.state('template-inserted');
  await walk.button('insertTemplate').click();
  await page.getByRole('alertdialog').waitFor();
  await dialogSettled(page);
  await walk.state('template-replace-dialog');
  await page.keyboard.press('Escape');
  await page.getByRole('alertdialog').waitFor({ state: 'detached' });
}

async function validateStates(walk: Walk, page: Page): Promise<void> {
  await walk.tab('tabValidate');
  await walk.state('validate');
  await addStrayRows(page, plan, { withoutId: 30, unknownId: 10, repeated: 5, repeatedId: 'CT12' });
  await walk.button('validateButton').click();
  await page.getByTestId('issue-list').waitFor();
  await walk.state('validate-checked');
  await page.locator('[data-group] h3 button').first().click();
  await page.getByTestId('notice').getByRole('button').first().click(); // close the check's notice
  await walk.state('validate-group-open');
  await page.getByRole('switch', { name: walk.t('highlightToggle') }).click();
  await page.locator('[role="tabpanel"]:not([hidden]) [data-testid="notice"]').waitFor();
  await page.getByLabel(walk.t('filterSearch')).fill('zzzz');
  await page.getByText(walk.t('noIssueMatches')).waitFor();
  await walk.state('validate-filtered-empty');
  await page.getByLabel(walk.t('filterSearch')).fill('');
}

async function consolidateStates(walk: Walk, page: Page): Promise<void> {
  await walk.tab('tabConsolidate');
  const input = page.getByTestId('consolidate-files');
  await input.waitFor({ state: 'attached' });
  await walk.state('consolidate');
  await input.setInputFiles(files.bad);
  await page.getByTestId('nothing-usable').waitFor();
  await walk.state('consolidate-nothing-usable');
  await walk.button('removeAllFiles').click();
  // Received on the 16th (their date on disk), but one on the 20th: late on a date nobody confirmed yet.
  const [late, ...onTime] = files.good;
  if (!late) throw new Error('no files');
  await input.setInputFiles([
    ...onDisk(onTime, '2025-07-16'),
    ...onDisk([late], '2025-07-20'),
    ...onDisk(files.bad, '2025-07-16'),
  ]);
  await walk.button('stopReading').waitFor();
  await walk.state('consolidate-reading');
  await page.getByTestId('consolidation-heading').waitFor();
  await page
    .getByTestId('file-list')
    .getByRole('button', { name: walk.t('details') })
    .first()
    .click();
  await walk.state('consolidate-result');
  // The late file's received date: a wrong date said at the field, then a date confirmed.
  await walk.button('confirmReceivedLabel', { file: late.name }).click();
  const date = page.getByTestId('received-input');
  await date.fill('32/07/2025');
  await page.keyboard.press('Enter');
  await page.getByTestId('file-list').getByRole('alert').waitFor();
  await walk.state('consolidate-received-wrong');
  await date.fill('17/07/2025');
  await page.keyboard.press('Enter');
  await walk.button('changeReceivedLabel', { file: late.name }).waitFor();
  await walk.state('consolidate-received-confirmed');
  await page.getByTestId('show-all-files').click();
  // Open every closed disclosure of the summary (each click changes which ones match: take the first each time).
  const closed = page.locator('[data-testid="consolidation-summary"] button[aria-expanded="false"]');
  while ((await closed.count()) > 0) await closed.first().click();
  await walk.button('writeConsolidation').click();
  await page.locator('[data-testid="consolidation-bar"] [data-testid="notice"]').waitFor();
  await walk.state('consolidate-written');
}

describe.each([
  ['vi', 'light'],
  ['vi', 'dark'],
  ['en', 'light'],
  ['en', 'dark'],
] as const)('axe-core at 320 px, %s, %s theme', (lang, theme) => {
  it('finds nothing in any state of any tab', async () => {
    const page = await openPane(lang, theme);
    const walk = new Walk(page, lang, theme);
    await templateStates(walk, page, lang);
    await validateStates(walk, page);
    await consolidateStates(walk, page);
    expect(pageErrors()).toEqual([]);

    // An Office failure, its code open under "Chi tiết".
    const failing = await openPane(lang, theme, { requestLimitBytes: 2048 });
    const failWalk = new Walk(failing, lang, theme);
    const box = failing.getByRole('combobox', { name: failWalk.t('agencyLabel') });
    await box.pressSequentially(lang === 'vi' ? 'Sở Y tế' : 'Department of Health');
    await failing.keyboard.press('Tab');
    await failWalk.button('insertTemplate').click();
    const error = failing.locator('[data-testid="notice"][data-intent="error"]');
    await error.waitFor();
    await error.getByRole('button', { name: failWalk.t('details') }).click();
    await failWalk.state('template-office-error');

    expect([...walk.found, ...failWalk.found]).toEqual([]);
  });
});

describe('axe-core outside the tabs', () => {
  it('finds nothing in the host messages, the help page, or before the pane has started', async () => {
    const found: string[] = [];
    for (const [fake, name] of [
      [null, 'outside-excel'],
      [{ excelApi: '1.7' }, 'excel-too-old'],
    ] as const) {
      const page = await pane({ fake, width: WIDTH });
      await page.locator('[data-testid^="host-"]').first().waitFor();
      found.push(...(await axeViolations(page, name)));
    }
    const help = await pane({ fake: {}, width: WIDTH });
    await help.goto(help.url().replace('taskpane.html', 'help.html'));
    await help.getByRole('heading', { level: 1 }).waitFor();
    found.push(...(await axeViolations(help, 'help')));
    await screenshot(help, 'help');
    expect(found).toEqual([]);
  });
});
