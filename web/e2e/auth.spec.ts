import { test, expect, shot, signIn } from './support';

test('a wrong password is refused with the server\'s Vietnamese message', async ({ page }) => {
  await page.goto('/dang-nhap');
  await page.getByLabel('Tên đăng nhập').fill('canbo.soyte');
  await page.getByLabel('Mật khẩu').fill('sai-mat-khau');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('alert')).toContainText('Tên đăng nhập hoặc mật khẩu không đúng');
  await shot(page, 'login');
});

test('each role lands on its own screen, and a page of another role sends it home', async ({ page }) => {
  await signIn(page, 'chutich');
  await expect(page).toHaveURL(/\/app\/phe-duyet/);
  await page.goto('/app/quan-tri');
  await expect(page).toHaveURL(/\/app\/phe-duyet/);
  await page.getByRole('button', { name: 'Tài khoản' }).click();
  await page.getByText('Đăng xuất').click();
  await expect(page).toHaveURL(/\/dang-nhap/);
  await page.goto('/app/phe-duyet');
  await expect(page).toHaveURL(/\/dang-nhap/);
});

test('a running-out access token is renewed before the next request; a session ended elsewhere comes back to sign-in with a notice', async ({ page }) => {
  await signIn(page, 'lanhdao.longkhanh');
  await expect(page.getByText('Long Khánh').first()).toBeVisible();
  const stored = () => page.evaluate(() => JSON.parse(sessionStorage.getItem('dti.session') ?? 'null'));
  const before = await stored();
  // As if the tab had been left open for the token's whole life.
  await page.evaluate(() => {
    const s = JSON.parse(sessionStorage.getItem('dti.session')!);
    sessionStorage.setItem('dti.session', JSON.stringify({ ...s, expiresAt: Date.now() - 1000 }));
  });
  const renewed = page.waitForResponse((r) => r.url().endsWith('/api/auth/refresh'));
  await page.reload();
  expect((await renewed).status()).toBe(200);
  await expect(page.getByText('Long Khánh').first()).toBeVisible();
  await expect(page).toHaveURL(/\/app\/don-vi/);
  const after = await stored();
  expect(after.token).not.toBe(before.token);
  expect(after.refreshToken).not.toBe(before.refreshToken);
  expect(after.user.username).toBe('lanhdao.longkhanh');

  // A duplicated tab holds a copy of the session: when one tab renews, the other takes the new
  // tokens instead of presenting the used refresh token (which would end the session for both).
  const twin = await page.context().newPage();
  await twin.goto('/dang-nhap');
  await twin.evaluate((copy) => sessionStorage.setItem('dti.session', JSON.stringify(copy)), after);
  await twin.goto('/app/don-vi');
  await expect(twin.getByText('Long Khánh').first()).toBeVisible();
  await page.evaluate(() => {
    const s = JSON.parse(sessionStorage.getItem('dti.session')!);
    sessionStorage.setItem('dti.session', JSON.stringify({ ...s, expiresAt: Date.now() - 1000 }));
  });
  await page.reload();
  await expect(page.getByText('Long Khánh').first()).toBeVisible();
  await expect.poll(async () => (await twin.evaluate(() => JSON.parse(sessionStorage.getItem('dti.session')!).refreshToken)) !== after.refreshToken).toBe(true);
  await twin.reload();
  await expect(twin.getByText('Long Khánh').first()).toBeVisible();
  await expect(twin).toHaveURL(/\/app\/don-vi/);
  const latest = await stored();

  // Signed out from another device: every session of the person ends, this tab's included.
  expect((await page.request.post('/api/auth/logout', { headers: { Authorization: `Bearer ${latest.token}` } })).status()).toBe(200);
  await page.reload();
  await expect(page).toHaveURL(/\/dang-nhap/);
  await expect(page.getByText('Phiên làm việc đã hết hạn, vui lòng đăng nhập lại.')).toBeVisible();
});
