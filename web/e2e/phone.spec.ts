import { test, expect, expectNoHorizontalScroll, shot, signIn } from './support';

/** Every role's landing screen, and the unit's report, on a phone: wide tables scroll inside their card, never the page. */
for (const [username, ready] of [
  ['canbo.bienhoa', 'Năm'],
  ['daumoi.congan', 'UBND thành phố Biên Hòa'],
  ['thamdinh.sotttt', 'UBND huyện Cẩm Mỹ'],
  ['chutich', 'Sở Thông tin và Truyền thông'],
  ['admin', 'Tên đăng nhập'],
] as const) {
  test(`${username}'s screen fits 390 px without sideways scrolling`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, username);
    await expect(page.getByText(ready, { exact: true }).first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    await expectNoHorizontalScroll(page);
    if (username === 'canbo.bienhoa') {
      await shot(page, 'phone-unit-dashboard');
      await page.getByRole('link', { name: 'Năm', exact: true }).click();
      await expect(page.getByText('Điểm tự đánh giá')).toBeVisible();
      await page.waitForLoadState('networkidle');
      await expectNoHorizontalScroll(page);
      await shot(page, 'phone-unit-data-entry');
    }
  });
}
