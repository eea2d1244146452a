import { type Browser, type Page } from '@playwright/test';
import { test, expect, choose, shot, signIn } from './support';

/**
 * The province's own DTI 2024 (seed 004) in the full demo, through the same screens as the other
 * cycles: an agency reaches its items from its page and enters section I's population; the
 * province's officer sees who still owes what and downloads the form; STTTT enters 7.5's national
 * reference; the admin sees the form's focal agencies per variable.
 */
test.describe.serial('the province DTI form, role by role', () => {
  const as = async (browser: Browser, username: string): Promise<Page> => {
    const page = await (await browser.newContext()).newPage();
    await signIn(page, username);
    return page;
  };
  const owed = (page: Page, agency: string) => page.getByRole('row').filter({ hasText: agency });

  test('Công an tỉnh opens the province report from its page and enters the population (section I)', async ({ browser }) => {
    const page = await as(browser, 'daumoi.congan');
    await choose(page, 'Kỳ đánh giá', /DTI cấp tỉnh năm 2024/);
    const part = page.getByRole('row').filter({ hasText: 'Tỉnh Đồng Nai' });
    await expect(part).toContainText('STT.4, STT.5, STT.6, 3.3, 4.5, 8.1');
    await expect(part).toContainText('Chưa gửi');
    await part.getByRole('link', { name: 'Nhập số liệu' }).click();
    // An agency sees its own row of the progress only.
    await expect(owed(page, 'Công an tỉnh')).toContainText('7');
    await expect(page.getByRole('row').filter({ hasText: 'Sở Nội vụ' })).toHaveCount(0);
    const card = page.locator('#chi-so-STT\\.4');
    await card.getByLabel(/^value:/).fill('3300');
    await card.getByLabel(/^value:/).blur();
    await expect(card.getByText('Đã lưu')).toBeVisible();
    await page.reload();
    await expect(owed(page, 'Công an tỉnh')).toContainText('6');
    await shot(page, 'province-agency-entry');
  });

  test('Báo Đồng Nai, whose only item is the province\'s 1.4, lands on the province\'s cycle', async ({ browser }) => {
    const page = await as(browser, 'daumoi.baotinh');
    await expect(page.getByRole('row').filter({ hasText: 'Tỉnh Đồng Nai' })).toContainText('1.4');
  });

  test('the province\'s officer sees which agency still owes which items, reminds one, and downloads the form', async ({ browser }) => {
    const page = await as(browser, 'canbo.tinh');
    await expect(page.getByText('Điểm tạm tính')).toBeVisible();
    await expect(page.getByText('Thứ hạng trong khối')).toHaveCount(0); // alone in its kind: no rank to show
    await expect(owed(page, 'Công an tỉnh')).toBeVisible(); // who owes what, on the landing screen already
    await page.getByRole('link', { name: 'Năm', exact: true }).click();
    await expect(owed(page, 'Hiệp hội Doanh nghiệp tỉnh Đồng Nai')).toContainText('Đang nhập');
    await expect(owed(page, 'Sở Nội vụ')).toContainText('Đã gửi phần số liệu');
    await expect(owed(page, 'Sở Khoa học và Công nghệ')).toContainText('Đang nhập');
    await expect(page.getByLabel('Tên Tỉnh, thành phố', { exact: false })).toHaveValue('Đồng Nai');
    // A reminder now, to the agency that has entered nothing yet
    await owed(page, 'Hiệp hội Doanh nghiệp tỉnh Đồng Nai').getByRole('button', { name: 'Nhắc Hiệp hội Doanh nghiệp tỉnh Đồng Nai' }).click();
    await expect(page.getByText('Đã nhắc 1 tài khoản')).toBeVisible();
    await expect(owed(page, 'Hiệp hội Doanh nghiệp tỉnh Đồng Nai')).not.toContainText('Chưa nhắc');
    await shot(page, 'province-progress');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Xuất biểu mẫu DTI (Excel)' }).click();
    expect((await download).suggestedFilename()).toMatch(/^bieu-mau-dti-tinh-\d+\.xlsx$/);
  });

  test('STTTT enters 7.5\'s national reference with its source', async ({ browser }) => {
    const page = await as(browser, 'thamdinh.sotttt');
    await choose(page, 'Kỳ đánh giá', /DTI cấp tỉnh năm 2024/);
    await page.getByRole('link', { name: 'Tỉnh Đồng Nai' }).click();
    await expect(page.getByText('Giá trị tham chiếu toàn quốc')).toBeVisible();
    await page.getByLabel('Giá trị tham chiếu chỉ số 7.5', { exact: true }).fill('0,42');
    await page.getByLabel('Nguồn giá trị tham chiếu chỉ số 7.5', { exact: true }).fill('Báo cáo DTI 2023 của Bộ, Phụ lục 2, trang 14');
    await page.getByRole('button', { name: 'Lưu giá trị tham chiếu' }).click();
    await expect(page.getByText(/0,42 — Báo cáo DTI 2023 của Bộ, Phụ lục 2, trang 14/)).toBeVisible();
    await shot(page, 'province-reviewer');
  });

  test('the admin sees the form\'s focal agency of every variable (latest version first), and a change needs a reason', async ({ browser }) => {
    const page = await as(browser, 'admin');
    await page.getByRole('tab', { name: 'Bộ chỉ số' }).click();
    await page.getByRole('row').filter({ hasText: 'province-dti-2024' }).first().getByRole('button', { name: 'Cơ quan đầu mối' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('row').filter({ hasText: 'STT.4' })).toContainText('Công an tỉnh');
    await dialog.locator('.ant-pagination-item-3').click(); // the table's third page: section I's shared values read by 3.1, 3.2
    await expect(dialog.getByText(/Dùng số liệu mục STT\.9/).first()).toBeVisible();
    await shot(page, 'province-admin-suppliers');
    await dialog.getByRole('button', { name: 'Lưu thành phiên bản mới' }).click();
    await expect(dialog.getByText('Hãy nêu lý do thay đổi đầu mối')).toBeVisible();
    await dialog.getByRole('button', { name: 'Hủy' }).click();
  });
});
