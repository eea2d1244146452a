import { type Browser, type Page } from '@playwright/test';
import { test, expect, choose, shot, signIn } from './support';

/**
 * Every role's main path on the full demo, through links only: Biên Hòa's 2024 year report (a
 * draft in the demo) is completed by its officer, submitted by its head, verified with a changed
 * score, disputed, resolved and finished; the chair approves the departments' 2024 ranking (every
 * department final) and the public page shows it.
 * District 1.1 "Mỗi chương trình đào tạo, hội nghị + 5 điểm, Tối đa không quá 20 điểm": 4 → 20.
 */
test.describe.serial('a year report from the unit to the published ranking', () => {
  const as = async (browser: Browser, username: string): Promise<Page> => {
    const page = await (await browser.newContext()).newPage();
    await signIn(page, username);
    return page;
  };
  const openYearReport = async (page: Page) => {
    await page.getByRole('link', { name: 'Năm', exact: true }).click();
    await expect(page.getByText('Điểm tự đánh giá')).toBeVisible();
  };

  test('the officer enters a value: the score follows and "Đã lưu" shows; submitting is the head\'s', async ({ browser }) => {
    const page = await as(browser, 'canbo.bienhoa');
    await expect(page.getByText('Thứ hạng trong khối')).toBeVisible();
    await shot(page, 'unit-dashboard');
    await openYearReport(page);
    const card = page.locator('#chi-so-1\\.1');
    await card.getByLabel(/^programmes:/).fill('4');
    await card.getByLabel(/^programmes:/).blur();
    await expect(card.getByText('Đã lưu')).toBeVisible();
    await expect(card.getByLabel('Điểm chỉ số 1.1')).toHaveText('20 / 20');
    // evidence: a PDF with its document number, listed under the indicator once accepted
    await card.getByLabel('Số văn bản').fill('45/KH-UBND');
    await card.locator('input[type=file]').setInputFiles({ name: 'Kế hoạch 45-KH-UBND.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n') });
    await expect(card.getByRole('button', { name: 'Mở Kế hoạch 45-KH-UBND.pdf', exact: true })).toBeVisible();
    await expect(card.getByText(/45\/KH-UBND/)).toBeVisible();
    // a file whose content is not a document is refused, in the server's words
    await card.locator('input[type=file]').setInputFiles({ name: 'ke-hoach.pdf', mimeType: 'application/pdf', buffer: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(64)]) });
    await expect(page.getByText(/Loại tệp không được chấp nhận/)).toBeVisible();
    await shot(page, 'unit-data-entry');
    await page.getByRole('button', { name: 'Xác nhận hoàn thành phần của đơn vị' }).click();
    await expect(page.getByRole('button', { name: 'Mở lại phần của đơn vị' })).toBeVisible();
    // submitting is the head's (or the deputy's the head names): the officer is offered no such control
    await expect(page.locator('[data-move]')).toHaveCount(1);
    await expect(page.getByRole('button', { name: 'Gửi tự đánh giá' })).toHaveCount(0);
  });

  test('the head submits', async ({ browser }) => {
    const page = await as(browser, 'lanhdao.bienhoa');
    await openYearReport(page);
    await page.getByRole('button', { name: 'Gửi tự đánh giá' }).click();
    await expect(page.getByText('Đã gửi, chờ thẩm định').first()).toBeVisible();
    // until a reviewer starts, the head may take it back before the deadline
    await expect(page.getByRole('button', { name: 'Rút hồ sơ về để sửa' })).toBeVisible();
  });

  test('the reviewer verifies with one changed score and a reason', async ({ browser }) => {
    const page = await as(browser, 'thamdinh.sotttt');
    await choose(page, 'Kỳ đánh giá', /khối huyện, thành phố năm 2024/);
    await choose(page, 'Trạng thái', 'Đã gửi, chờ thẩm định');
    await shot(page, 'reviewer-queue');
    await page.getByRole('link', { name: 'UBND thành phố Biên Hòa' }).click();
    await page.getByRole('button', { name: 'Bắt đầu thẩm định' }).click();
    // Beside each indicator: Biên Hòa's final score in its 9-month report and in its 2023 year report.
    await expect(page.getByRole('columnheader', { name: '9 tháng 2024' })).toBeVisible();
    await expect(page.getByRole('columnheader', { name: 'Năm 2023' })).toBeVisible();
    const row = page.locator('tr', { has: page.getByRole('cell', { name: '1.1', exact: true }) });
    // the indicator opened: the rule, what the officer entered and the document attached
    await row.getByRole('button', { name: 'Mở rộng dòng' }).click();
    const detail = page.locator('.ant-table-expanded-row').first();
    await expect(detail.getByText('Số liệu đơn vị nhập')).toBeVisible();
    await expect(detail.getByRole('row', { name: /^programmes/ })).toContainText('4');
    await expect(detail.getByRole('button', { name: 'Kế hoạch 45-KH-UBND.pdf' })).toBeVisible();
    await expect(detail.getByText(/số 45\/KH-UBND/)).toBeVisible();
    await row.getByRole('button', { name: 'Sửa điểm' }).click();
    await page.getByLabel('Điểm thẩm định', { exact: true }).fill('10');
    await page.getByLabel('Lý do', { exact: true }).fill('Chỉ 2 chương trình có kế hoạch kèm theo');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await expect(row.getByText('Chỉ 2 chương trình có kế hoạch kèm theo')).toBeVisible();
    await page.getByRole('button', { name: 'Chấp nhận các chỉ số chưa xem xét' }).click();
    await expect(page.locator('td').filter({ hasText: /^chưa xem xét$/ })).toHaveCount(0);
    await shot(page, 'reviewer-verification');
    await page.getByRole('button', { name: 'Gửi kết quả thẩm định' }).click();
    await expect(page.getByText('Đã gửi kết quả thẩm định').first()).toBeVisible();
  });

  test('the head disputes the changed score', async ({ browser }) => {
    const page = await as(browser, 'lanhdao.bienhoa');
    await openYearReport(page);
    await expect(page.getByText('Kết quả thẩm định', { exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Giải trình, kiến nghị' }).click();
    await page.getByLabel(/^1\.1: tự đánh giá 20, thẩm định 10/).check();
    await page.getByLabel('Nội dung giải trình').fill('Đơn vị gửi kèm kế hoạch của chương trình thứ ba và thứ tư');
    await page.getByRole('button', { name: 'Gửi kiến nghị' }).click();
    await expect(page.getByText('Đang giải trình, kiến nghị').first()).toBeVisible();
    // the thread: the unit adds to its explanation; the history names every step
    await page.getByLabel('Trao đổi về chỉ số 1.1').fill('Gửi kèm Kế hoạch số 12/KH-UBND');
    await page.getByRole('button', { name: 'Gửi', exact: true }).click();
    await expect(page.getByText(/Lãnh đạo đơn vị: Gửi kèm Kế hoạch số 12\/KH-UBND/)).toBeVisible();
    await expect(page.locator('.ant-timeline').getByText('Gửi tự đánh giá', { exact: true })).toBeVisible();
  });

  test('the reviewer upholds it with a new final score and finishes the report', async ({ browser }) => {
    const page = await as(browser, 'thamdinh.sotttt');
    await expect(page.getByRole('link', { name: /Thông báo|Hồ sơ chờ thẩm định/ }).first()).toBeVisible();
    await page.getByLabel(/Thông báo/).click();
    await page.getByRole('link', { name: 'Mở' }).first().click();
    await page.getByLabel('Điểm mới chỉ số 1.1').fill('20');
    await page.getByLabel('Lý do chỉ số 1.1').fill('Kế hoạch bổ sung hợp lệ');
    await page.getByRole('button', { name: 'Chấp nhận kiến nghị' }).click();
    await expect(page.getByText('Chấp nhận: 20 điểm')).toBeVisible();
    await expect(page.getByText(/Lãnh đạo đơn vị: Gửi kèm Kế hoạch số 12\/KH-UBND/)).toBeVisible();
    await page.getByRole('button', { name: 'Kết thúc giải quyết kiến nghị' }).click();
    await page.getByRole('button', { name: 'Hoàn thành hồ sơ' }).click();
    await expect(page.getByText('Hoàn thành', { exact: true }).first()).toBeVisible();
  });

  test('the chair approves the departments\' ranking and publishes it; the public page shows 2024', async ({ browser }) => {
    const page = await as(browser, 'chutich');
    await expect(page.getByText('Chờ Chủ tịch phê duyệt').first()).toBeVisible();
    await expect(page.getByRole('img', { name: /Phân bố tổng điểm khối Sở, ban, ngành/ })).toBeVisible();
    await shot(page, 'chair-approval');
    // a unit's profile: its main indicators against the kind's average, before approving
    await page.getByRole('button', { name: 'Hồ sơ điểm của Sở Thông tin và Truyền thông' }).click();
    await expect(page.getByRole('dialog').getByRole('img', { name: /radar các chỉ số chính so với trung bình khối/ })).toBeVisible();
    await shot(page, 'chair-unit-profile');
    await page.getByRole('dialog').getByRole('button', { name: /Close|Đóng/ }).click();
    await page.getByRole('button', { name: 'Phê duyệt kết quả' }).click();
    await expect(page.getByRole('button', { name: 'Công bố kết quả' })).toBeVisible();
    await page.getByRole('button', { name: 'Công bố kết quả' }).click();
    await expect(page.getByText('Đã công bố').first()).toBeVisible();
    await page.getByRole('link', { name: 'Kết quả công bố' }).click();
    await choose(page, 'Năm đánh giá', 'Năm 2024');
    await expect(page.locator('.ant-table-tbody tr.ant-table-row')).toHaveCount(17);
  });
});

test('the reviewer reads a verified quarter\'s provisional report', async ({ browser }) => {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, 'thamdinh.sotttt');
  await page.getByRole('link', { name: 'Tổng hợp, xếp hạng' }).click();
  await choose(page, 'Kỳ đánh giá', /khối huyện, thành phố năm 2024/);
  const card = page.locator('.ant-card', { hasText: 'Báo cáo kỳ (tạm tính)' });
  await expect(card.getByText('Tạm tính', { exact: true })).toBeVisible();
  await expect(card.locator('.ant-table-tbody tr.ant-table-row')).toHaveCount(11);
  await shot(page, 'reviewer-period-report');
});

test('the source agency sees its Appendix III indicators for every district on one grid', async ({ browser }) => {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, 'daumoi.congan');
  await choose(page, 'Kỳ đánh giá', /khối huyện, thành phố năm 2024/);
  const grid = page.locator('.ant-card', { hasText: 'Trạng thái' });
  await expect(grid.locator('.ant-table-tbody tr.ant-table-row')).toHaveCount(11);
  await shot(page, 'agency-grid');
  // the spreadsheet round trip: the template back as it came; every row the server refuses is listed with its reason
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải mẫu Excel' }).click()]);
  await page.locator('.ant-card', { hasText: 'Nhập số liệu bằng tệp Excel' }).locator('input[type=file]').setInputFiles(await file.path());
  await page.getByRole('button', { name: 'Kiểm tra thử' }).click();
  await expect(page.getByText(/số liệu của cơ quan không còn được sửa/).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Nhập dữ liệu' })).toBeDisabled();
});

test('an agency sees the year reports returned on its indicators, with the reviewer\'s reason', async ({ browser }) => {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, 'daumoi.cuctk'); // Cục Thống kê assesses district 3.1, named in the demo's returns
  await choose(page, 'Kỳ đánh giá', /khối huyện, thành phố năm 2024/);
  await expect(page.getByText(/hồ sơ bị trả lại có chỉ số của cơ quan/)).toBeVisible();
  await expect(page.getByText(/Trả lại chỉ số 3\.1: Đề nghị bổ sung văn bản kèm theo số liệu/).first()).toBeVisible();
  await expect(page.locator('.ant-input-number-status-warning').first()).toBeVisible();
});
