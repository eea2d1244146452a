import { expect, test } from '@playwright/test';
import { shot, signIn } from './support';

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
