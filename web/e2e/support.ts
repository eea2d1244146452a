import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export const PASSWORD = 'Demo@2024';

/**
 * Every browser test runs with the console watched, in the default context and in every context
 * a test opens itself: any error or warning the app logs (a React key, an antd deprecation, an
 * uncaught exception) fails the test. The one line let through is Chromium's own note of a 4xx
 * answer ("Failed to load resource … 4xx"): those tests ask for a refusal and check its words.
 */
export const test = base.extend<{ cleanConsole: void }>({
  cleanConsole: [
    async ({ browser, context }, use) => {
      const problems: string[] = [];
      const watch = (ctx: BrowserContext) => {
        ctx.on('console', (m) => {
          if (m.type() !== 'error' && m.type() !== 'warning') return;
          if (/Failed to load resource: the server responded with a status of 4\d\d/.test(m.text())) return;
          problems.push(`${m.type()}: ${m.text().slice(0, 300)} (${m.location().url})`);
        });
        ctx.on('weberror', (e) => problems.push(`uncaught: ${e.error().message}`));
      };
      watch(context);
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (...args) => {
        const ctx = await newContext(...args);
        watch(ctx);
        return ctx;
      };
      await use();
      browser.newContext = newContext;
      expect(problems, 'the browser console stays clean').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

/** Signs in through the form, as a person would. */
export async function signIn(page: Page, username: string, password = PASSWORD): Promise<void> {
  await page.goto('/dang-nhap');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page).toHaveURL(/\/app\//);
}

/** The screenshot kept in docs/screenshots/ (npm run web:screenshots regenerates them all). */
export async function shot(page: Page, name: string): Promise<void> {
  // Only `npm run web:screenshots` rewrites them: a plain test run leaves the tracked files alone.
  if (process.env.SCREENSHOTS !== '1') return;
  const dir = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');
  mkdirSync(dir, { recursive: true });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1500); // let dropdowns close and the charts' bars finish growing
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: false });
}

/**
 * Nothing sticks out past the right edge: wide tables scroll inside their card. (html and body
 * hide horizontal overflow, so the page's scroll width alone would always look fine: look for
 * any visible element beyond the viewport that no scrolling or clipping box of its own contains.)
 */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const outside = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const clipped = (el: Element): boolean => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        if (['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(p).overflowX)) return true;
      }
      return false;
    };
    return [...document.body.querySelectorAll('*')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && r.right > width + 1 && !clipped(el);
      })
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${String(el.className).slice(0, 60)} → ${Math.round(el.getBoundingClientRect().right)} px`);
  });
  expect(outside).toEqual([]);
}

/** `search` is typed into a searchable select first: its long lists only render the options in view. */
export async function choose(page: Page, label: string, option: string | RegExp, search?: string): Promise<void> {
  // The options come with the page's first answers: wait for them, and open again if a re-render closed the list.
  await page.waitForLoadState('networkidle');
  await expect(async () => {
    // Escape closes a list left open by a re-render, but inside a form dialog it would close the dialog.
    const listOpen = await page.locator('.ant-select-dropdown:visible').count();
    if (listOpen && !(await page.getByRole('dialog').count())) await page.keyboard.press('Escape');
    if (!listOpen || !(await page.getByRole('dialog').count())) await page.getByLabel(label, { exact: true }).click();
    if (search) await page.getByLabel(label, { exact: true }).fill(search);
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: option }).first().click({ timeout: 3000 });
    // the choice must show in the field: a click on a list still opening or closing can be lost
    const field = page.getByLabel(label, { exact: true }).locator('xpath=ancestor::*[contains(concat(" ", @class, " "), " ant-select ")][1]');
    await expect(field).toContainText(option, { timeout: 2000 });
  }).toPass({ timeout: 30_000 });
}

/** Every visible field can be told apart by a screen reader: a label, aria-label or aria-labelledby. */
export async function expectNamedFields(page: Page): Promise<void> {
  const unnamed = await page.evaluate(() =>
    [...document.querySelectorAll('input:not([type=hidden]), textarea, select, [role=combobox], [role=spinbutton]')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        const visible = r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
        // antd's file inputs are hidden behind their button, whose text names them
        if (!visible || (el as HTMLInputElement).type === 'file') return false;
        const byLabel = el.id && document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent?.trim();
        const labelledBy = el.getAttribute('aria-labelledby')?.split(/\s+/).map((id) => document.getElementById(id)?.textContent?.trim()).join('');
        return !(el.getAttribute('aria-label')?.trim() || byLabel || labelledBy || el.closest('label')?.textContent?.trim());
      })
      .map((el) => el.outerHTML.slice(0, 160)),
  );
  expect(unnamed).toEqual([]);
}
