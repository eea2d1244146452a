import { test, expect, expectNoHorizontalScroll, shot } from './support';

test('anyone reads the published ranking and a unit profile, without signing in', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Kết quả Chỉ số chuyển đổi số (DTI)' })).toBeVisible();
  await expect(page.getByLabel('Năm đánh giá')).toBeVisible();
  // 2023 is the only published year in the demo: the 17 departments and the 11 districts
  const rows = page.locator('.ant-table-tbody tr.ant-table-row');
  await page.getByText('Sở, ban, ngành', { exact: true }).click();
  await expect(rows).toHaveCount(17);
  await page.getByText('Huyện, thành phố', { exact: true }).click();
  await expect(rows).toHaveCount(11);
  await expect(page.getByRole('img', { name: 'Biểu đồ tổng điểm các đơn vị' })).toBeVisible();
  await shot(page, 'public-ranking');
  await rows.first().getByRole('link').click();
  await expect(page.getByText('Xếp hạng', { exact: true })).toBeVisible();
  await expect(page.getByRole('img', { name: /Biểu đồ radar/ })).toBeVisible();
  await expect(page.getByText('Chưa có kết quả công bố')).toBeVisible(); // no 2022 in the demo
  await shot(page, 'public-unit');
});

test('the public pages fit a phone without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await expect(page.locator('.ant-table-tbody tr.ant-table-row').first()).toBeVisible();
  await expectNoHorizontalScroll(page);
});
