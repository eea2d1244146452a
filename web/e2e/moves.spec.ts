import { type Page } from '@playwright/test';
import { test, expect, choose, shot, signIn } from './support';

const ABILITIES = ['RECORD_VERIFICATION', 'RECORD_RESOLUTION', 'DISPUTE_MESSAGE'];
type Move = { type: string; reason: string };
type View = { id: number; status: string; statusLabel: string; allowed: Move[] };

/** The API as the signed-in page calls it, with the page's own session. */
async function apiGet<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (p) => {
    const token = JSON.parse(sessionStorage.getItem('dti.session') ?? 'null')?.token;
    const res = await fetch(p, { headers: { Authorization: `Bearer ${token}` } });
    return res.json();
  }, path);
}

/**
 * For one report's screen: every move the API allows this person now has exactly one control
 * (`data-move`), and no control exists for a move it does not allow.
 */
async function expectControlsOf(page: Page, screen: string, id: number): Promise<View> {
  await page.goto(`${screen}/${id}`);
  const view = await apiGet<View>(page, `/api/submissions/${id}`);
  const expected = view.allowed.map((m) => m.type).filter((t) => !ABILITIES.includes(t)).sort();
  await expect(page.getByText(view.statusLabel).first()).toBeVisible();
  await expect.poll(async () => (await page.locator('[data-move]').evaluateAll((els) => els.map((e) => e.getAttribute('data-move')))).sort(), { message: `report ${id} (${view.status})` }).toEqual(expected);
  return view;
}

async function cycleIdNamed(page: Page, name: RegExp): Promise<number> {
  const cycles = await apiGet<{ id: number; name: string }[]>(page, '/api/cycles');
  return cycles.find((c) => name.test(c.name))!.id;
}

test.describe.serial('every move the rules allow has its control, for the right person', () => {
  test('the reviewer: one report of each state of the districts\' 2024, controls exactly as allowed', async ({ page }) => {
    await signIn(page, 'thamdinh.sotttt');
    const cycleId = await cycleIdNamed(page, /khối huyện, thành phố năm 2024/);
    const all = await apiGet<View[]>(page, `/api/cycles/${cycleId}/submissions`);
    const oneEach = [...new Map(all.map((s) => [s.status, s])).values()];
    expect(oneEach.length).toBeGreaterThanOrEqual(5);
    for (const s of oneEach) await expectControlsOf(page, '/app/tham-dinh', s.id);
  });

  test('the unit head: each of the unit\'s reports, controls exactly as allowed; a click moves the report', async ({ page }) => {
    await signIn(page, 'lanhdao.longkhanh');
    const cycleId = await cycleIdNamed(page, /khối huyện, thành phố năm 2024/);
    const mine = await apiGet<View[]>(page, `/api/cycles/${cycleId}/submissions`);
    expect(mine.length).toBe(4);
    for (const s of mine) await expectControlsOf(page, '/app/ho-so', s.id);
    // A move without a reason, clicked: the state the API reports afterwards is another one.
    const target = mine.find((s) => s.allowed.some((m) => m.reason === 'none' && !ABILITIES.includes(m.type)));
    if (target) {
      const view = await expectControlsOf(page, '/app/ho-so', target.id);
      const move = view.allowed.find((m) => m.reason === 'none' && !ABILITIES.includes(m.type))!;
      await page.locator(`[data-move="${move.type}"]`).click();
      await expect.poll(async () => JSON.stringify((await apiGet<View>(page, `/api/submissions/${target.id}`)).allowed)).not.toBe(JSON.stringify(view.allowed));
    }
  });

  test('a focal agency sends its part of the province form from its own page, and may reopen it', async ({ page }) => {
    await signIn(page, 'daumoi.sokhcn');
    const card = page.locator('.ant-card', { hasText: 'Chỉ số cơ quan là đầu mối cung cấp số liệu' });
    const row = card.locator('tr.ant-table-row').first();
    await expect(row.getByText('Chưa gửi')).toBeVisible();
    await shot(page, 'agency-send-part');
    await row.getByRole('button', { name: 'Xác nhận hoàn thành phần số liệu của cơ quan' }).click();
    await expect(row.getByText('Đã gửi', { exact: true })).toBeVisible();
    await expect(row.getByRole('button', { name: 'Mở lại phần số liệu của cơ quan' })).toBeVisible();
    await expect(row.getByRole('button', { name: 'Xác nhận hoàn thành phần số liệu của cơ quan' })).toHaveCount(0);
  });

  test('the head names a deputy who may then submit', async ({ page }) => {
    await signIn(page, 'lanhdao.bienhoa');
    const card = page.locator('.ant-card', { hasText: 'Ủy quyền nộp hồ sơ khi lãnh đạo vắng mặt' });
    await expect(card.getByText('Chưa ủy quyền cho ai')).toBeVisible();
    await choose(page, 'Cán bộ được ủy quyền', /canbo\.bienhoa/);
    await card.getByRole('button', { name: 'Lưu ủy quyền' }).click();
    await expect(card.getByText(/Đang ủy quyền: /)).toBeVisible();
    await shot(page, 'unit-head-deputy');
  });

  test('the admin extends one unit\'s data-entry deadline, with the reason', async ({ page }) => {
    await signIn(page, 'admin');
    await page.getByRole('tab', { name: 'Chỉ định, gia hạn' }).click();
    await choose(page, 'Kỳ đánh giá', /khối huyện, thành phố năm 2024/);
    await page.getByRole('switch', { name: 'Chỉ hồ sơ của cơ quan thẩm định' }).click();
    const row = page.locator('tr.ant-table-row').filter({ has: page.getByRole('button', { name: 'Gia hạn' }) }).first();
    const before = await row.locator('td').nth(3).innerText();
    await row.getByRole('button', { name: 'Gia hạn' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Gia hạn đến hết ngày').fill('31/12/2099');
    await dialog.getByLabel('Gia hạn đến hết ngày').press('Enter');
    await dialog.getByLabel('Lý do').fill('Đơn vị đề nghị gia hạn bằng văn bản số 12/UBND');
    await dialog.getByRole('button', { name: 'Gia hạn' }).click();
    await expect(page.getByText(/Đã gia hạn cho .* đến hết ngày 31\/12\/2099/)).toBeVisible();
    await expect(page.getByText('31/12/2099 23:59').first()).toBeVisible();
    expect(before).not.toContain('31/12/2099');
  });

  test('after publication: the reviewer reopens a department\'s result, corrects a score, the chair publishes a version that moves its total', async ({ browser }) => {
    const reviewer = await (await browser.newContext()).newPage();
    await signIn(reviewer, 'thamdinh.sotttt');
    const cycleId = await cycleIdNamed(reviewer, /khối sở, ban, ngành năm 2024/i);
    const reports = await apiGet<(View & { unitId: number; period: string })[]>(reviewer, `/api/cycles/${cycleId}/submissions`);
    const target = reports.find((s) => s.period === 'YEAR' && s.allowed.some((m) => m.type === 'REOPEN_FOR_CORRECTION'))!;
    await expectControlsOf(reviewer, '/app/tham-dinh', target.id);
    await reviewer.getByRole('button', { name: 'Mở lại kết quả để đính chính' }).click();
    await reviewer.getByRole('dialog').getByLabel('Lý do (bắt buộc)').fill('Quyết định 12/QĐ-UBND giải quyết khiếu nại');
    await reviewer.getByRole('dialog').getByRole('button', { name: 'Mở lại kết quả để đính chính' }).click();
    await expect(reviewer.getByText('Đang đính chính sau công bố').first()).toBeVisible();
    const row = reviewer.locator('.ant-card', { hasText: 'Thẩm định từng chỉ số' }).locator('tr.ant-table-row').first();
    const shown = await row.locator('td').nth(4).innerText();
    await row.getByRole('button', { name: 'Sửa điểm' }).click();
    await reviewer.getByLabel('Điểm thẩm định', { exact: true }).fill(shown.trim() === '0' ? '1' : '0');
    await reviewer.getByLabel('Lý do', { exact: true }).fill('Theo Quyết định 12/QĐ-UBND giải quyết khiếu nại');
    await reviewer.getByRole('button', { name: 'Lưu' }).click();
    await expect(row.getByText('Theo Quyết định 12/QĐ-UBND giải quyết khiếu nại')).toBeVisible();
    await shot(reviewer, 'reviewer-correction');
    await reviewer.getByRole('button', { name: 'Hoàn thành đính chính' }).click();
    await expect(reviewer.getByText('Hoàn thành', { exact: true }).first()).toBeVisible();
    await reviewer.getByRole('link', { name: 'Tổng hợp, xếp hạng' }).click();
    await choose(reviewer, 'Kỳ đánh giá', /khối sở, ban, ngành năm 2024/i);
    await reviewer.getByRole('button', { name: 'Tổng hợp kết quả, xếp hạng' }).click();
    await expect(reviewer.getByText('Đã tổng hợp kết quả')).toBeVisible();

    const chair = await (await browser.newContext()).newPage();
    await signIn(chair, 'chutich');
    await choose(chair, 'Kỳ đánh giá', /khối sở, ban, ngành năm 2024/i);
    await chair.getByRole('button', { name: 'Công bố đính chính' }).click();
    await chair.getByRole('dialog').getByLabel('Lý do (bắt buộc)').fill('Đính chính theo Quyết định 12/QĐ-UBND');
    await chair.getByRole('dialog').getByRole('button', { name: 'Công bố đính chính' }).click();
    await expect(chair.getByText('Đã công bố đính chính: phiên bản mới')).toBeVisible();
    const versions = await apiGet<{ versions: { version: number; changes: Record<string, unknown[]> }[] }>(chair, `/api/cycles/${cycleId}/results`);
    expect(versions.versions[0].version).toBe(2);
    expect(Object.values(versions.versions[0].changes).flat().length).toBeGreaterThan(0);
    await shot(chair, 'chair-correction');
  });
});
