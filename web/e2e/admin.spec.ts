import { type Page } from '@playwright/test';
import { test, expect, choose, PASSWORD, shot, signIn } from './support';

/**
 * The administrator's path through links: a new department and its officer, a new year's cycle
 * (the new unit gets its draft), a period's dates moved with a reason, a framework file checked by
 * the loader, an independent reviewer for the reviewing agency's own report, and all of it in the log.
 */
test.describe.serial('the administrator prepares a year', () => {
  let page: Page;
  test.beforeAll(async ({ browser }) => {
    page = await (await browser.newContext()).newPage();
    await signIn(page, 'admin');
  });

  const dialog = () => page.getByRole('dialog');

  test('adds a department and its officer; a taken user name shows the server\'s message', async () => {
    await expect(page.getByRole('cell', { name: 'admin', exact: true })).toBeVisible();
    await shot(page, 'admin');
    await page.getByRole('tab', { name: 'Đơn vị' }).click();
    await page.getByRole('button', { name: 'Thêm đơn vị' }).click();
    await dialog().getByLabel('Mã đơn vị').fill('SO-THU-NGHIEM');
    await dialog().getByLabel('Tên đơn vị').fill('Sở Thử Nghiệm');
    await choose(page, 'Loại đơn vị', 'Sở, ban, ngành');
    await dialog().getByRole('button', { name: 'Lưu' }).click();
    await page.getByLabel('Tìm đơn vị').fill('thử nghiệm');
    await expect(page.getByRole('cell', { name: 'SO-THU-NGHIEM', exact: true })).toBeVisible();

    await page.getByRole('tab', { name: 'Người dùng' }).click();
    await page.getByRole('button', { name: 'Thêm người dùng' }).click();
    await dialog().getByLabel('Tên đăng nhập').fill('admin');
    await dialog().getByLabel('Họ và tên').fill('Trần Thị Thử');
    await dialog().getByLabel('Mật khẩu').fill('mot-mat-khau-dai');
    await choose(page, 'Vai trò', 'Cán bộ đơn vị');
    await choose(page, 'Đơn vị', 'Sở Thử Nghiệm', 'Thử Nghiệm');
    await dialog().getByRole('button', { name: 'Lưu' }).click();
    await expect(page.getByText('Tên đăng nhập đã được sử dụng')).toBeVisible();
    await expect(dialog().locator('.ant-btn-loading')).toHaveCount(0); // a button still turning ignores clicks
    await dialog().getByLabel('Tên đăng nhập').fill('canbo.thunghiem');
    await dialog().getByRole('button', { name: 'Lưu' }).click();
    await expect(dialog()).toBeHidden();
    await page.getByLabel('Tìm người dùng').fill('thử');
    await expect(page.getByRole('cell', { name: 'canbo.thunghiem', exact: true })).toBeVisible();
  });

  test('opens the 2027 departments\' cycle: the new department gets its draft', async () => {
    await page.getByRole('tab', { name: 'Kỳ đánh giá' }).click();
    await page.getByRole('button', { name: 'Mở kỳ đánh giá mới' }).click();
    await dialog().getByLabel('Mã kỳ đánh giá').fill('DTI-2027-SO');
    await dialog().getByLabel('Năm đánh giá').fill('2027');
    await dialog().getByLabel('Tên kỳ đánh giá').fill('Đánh giá DTI các sở, ban, ngành năm 2027');
    await choose(page, 'Bộ chỉ số', /Sở, ban, ngành/);
    await choose(page, 'Lịch báo cáo', 'Chỉ báo cáo năm');
    await shot(page, 'admin-new-cycle');
    await dialog().getByRole('button', { name: 'Mở kỳ đánh giá' }).click();
    await expect(page.getByRole('cell', { name: 'DTI-2027-SO', exact: true })).toBeVisible();

    const officer = await (await page.context().browser()!.newContext()).newPage();
    await signIn(officer, 'canbo.thunghiem', 'mot-mat-khau-dai');
    await expect(officer.getByText('Đánh giá DTI các sở, ban, ngành năm 2027').first()).toBeVisible();
    await officer.close();
  });

  test('moves the year report\'s deadline with a reason', async () => {
    const row = page.getByRole('row', { name: /DTI-2027-SO/ });
    await row.getByRole('button', { name: /Năm: 15\/01\/2028/ }).click();
    const deadline = dialog().getByLabel('Hạn nhập số liệu, gửi tự đánh giá');
    await deadline.click();
    await deadline.fill('22/01/2028');
    await deadline.press('Enter');
    await dialog().getByRole('button', { name: 'Lưu' }).click();
    await expect(page.getByText('Nhập lý do')).toBeVisible();
    await dialog().getByLabel(/Lý do/).fill('Gia hạn theo Công văn số 45/STTTT');
    await dialog().getByRole('button', { name: 'Lưu' }).click();
    await expect(row.getByRole('button', { name: /Năm: 22\/01\/2028/ })).toBeVisible();
  });

  test('checks framework files: the loader names what is wrong; the bundled file changes nothing', async () => {
    await page.getByRole('tab', { name: 'Bộ chỉ số' }).click();
    const input = page.locator('input[type=file]');
    await input.setInputFiles({ name: 'hong.json', mimeType: 'application/json', buffer: Buffer.from('{"code":"thu","version":1}') });
    await expect(page.getByRole('alert').filter({ hasText: 'bộ chỉ số' }).locator('li').first()).toBeVisible();
    await input.setInputFiles({ name: 'khong-phai-json.json', mimeType: 'application/json', buffer: Buffer.from('{ không phải JSON') });
    await expect(page.getByText('Tệp khong-phai-json.json không phải JSON hợp lệ')).toBeVisible();
    await input.setInputFiles('modules/frameworks/data/department.json');
    await expect(page.getByRole('tabpanel').getByText(/department.json: Nội dung trùng với phiên bản đã có/)).toBeVisible();
  });

  test('designates a reviewer from outside the reviewing agency for its own report', async () => {
    await page.getByRole('tab', { name: 'Chỉ định, gia hạn' }).click();
    await choose(page, 'Kỳ đánh giá', 'Đánh giá DTI các sở, ban, ngành năm 2027');
    const row = page.getByRole('row', { name: /Sở Thông tin và Truyền thông/ });
    await expect(row).toContainText('Chưa chỉ định');
    await row.getByRole('button', { name: 'Chỉ định' }).click();
    await choose(page, 'Người thẩm định (không thuộc đơn vị có hồ sơ)', 'Tổ giúp việc Ban Chỉ đạo', 'Tổ giúp');
    await dialog().getByLabel('Lý do').fill('Hồ sơ của chính cơ quan thẩm định');
    await dialog().getByRole('button', { name: 'Chỉ định' }).click();
    await expect(row).toContainText('Tổ giúp việc Ban Chỉ đạo');
  });

  test('reads all of it in the log, a page at a time, filtered', async () => {
    await page.getByRole('tab', { name: 'Nhật ký' }).click();
    await expect(page.getByText(/\d+ mục/)).toBeVisible();
    await choose(page, 'Loại hành động', /^Kỳ đánh giá/);
    // newest first: the deadline the admin just moved, with its reason
    const moved = page.getByRole('row', { name: /Gia hạn theo Công văn số 45\/STTTT/ });
    await expect(moved).toContainText('CYCLE.DEADLINES_CHANGED');
    await moved.getByRole('button', { name: 'Mở rộng dòng' }).click();
    const after = page.locator('div', { has: page.getByText('Sau', { exact: true }) }).last();
    await expect(after.getByRole('row', { name: 'dataEntry' })).toContainText('22/01/2028 23:59');
    await shot(page, 'admin-audit');
  });

  test('lifts a sign-in lock: five wrong passwords lock the account, the admin opens it again', async ({ browser }) => {
    const person = await (await browser.newContext()).newPage();
    for (let i = 0; i < 5; i++) expect((await person.request.post('/api/auth/login', { data: { username: 'canbo.sonv', password: 'sai-mat-khau' } })).status()).toBe(401);
    await person.goto('/dang-nhap');
    await person.getByLabel('Tên đăng nhập').fill('canbo.sonv');
    await person.getByLabel('Mật khẩu').fill(PASSWORD);
    await person.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(person.getByRole('alert')).toContainText('Tài khoản tạm khóa do nhập sai mật khẩu nhiều lần');

    await page.getByRole('tab', { name: 'Người dùng' }).click();
    await page.getByLabel('Tìm người dùng').fill('canbo.sonv');
    const row = page.getByRole('row', { name: /canbo\.sonv/ });
    await expect(row).toContainText('Tạm khóa đăng nhập đến');
    await row.getByRole('button', { name: 'Mở khóa đăng nhập' }).click();
    await expect(row).not.toContainText('Tạm khóa đăng nhập');
    await signIn(person, 'canbo.sonv');
  });
});
