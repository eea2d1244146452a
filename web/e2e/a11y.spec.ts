import { test, expect, expectNamedFields, signIn } from './support';

/**
 * Each role's working screens: every field has an accessible name, and the keyboard reaches the
 * page's first action with a visible focus ring.
 */
const SCREENS: [string, string, string][] = [
  ['canbo.bienhoa', 'Năm', 'Điểm tự đánh giá'],
  ['daumoi.congan', '', 'UBND thành phố Biên Hòa'],
  ['thamdinh.sotttt', '', 'UBND huyện Cẩm Mỹ'],
  ['chutich', '', 'Sở Thông tin và Truyền thông'],
  ['admin', '', 'Tên đăng nhập'],
];

test('the sign-in page: named fields, reached by the keyboard with a visible focus', async ({ page }) => {
  await page.goto('/dang-nhap');
  await expect(page.getByLabel('Tên đăng nhập')).toBeVisible();
  await expectNamedFields(page);
  // Tab from the top of the page until the user-name field has the focus, as a keyboard user would.
  for (let i = 0; i < 15 && !(await page.getByLabel('Tên đăng nhập').evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(page.getByLabel('Tên đăng nhập')).toBeFocused();
  await page.keyboard.type('canbo.bienhoa');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Mật khẩu')).toBeFocused();
  await page.keyboard.type('Demo@2024');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/app\/don-vi/);
  // the first link of the signed-in page, reached by Tab, shows its focus ring
  await page.keyboard.press('Tab');
  const ring = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(ring).not.toBe('none');
});

for (const [username, link, ready] of SCREENS) {
  test(`${username}: every field on the main screen has an accessible name`, async ({ page }) => {
    await signIn(page, username);
    if (link) await page.getByRole('link', { name: link, exact: true }).click();
    await expect(page.getByText(ready, { exact: true }).first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    await expectNamedFields(page);
  });
}

test('admin: every tab\'s fields are named', async ({ page }) => {
  await signIn(page, 'admin');
  for (const tab of ['Đơn vị', 'Kỳ đánh giá', 'Bộ chỉ số', 'Chỉ định, gia hạn', 'Nhật ký']) {
    await page.getByRole('tab', { name: tab }).click();
    await page.waitForLoadState('networkidle');
    await expectNamedFields(page);
  }
});
