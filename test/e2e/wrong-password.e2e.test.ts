import { describe, expect } from 'vitest';
import { journey } from './support/journey';

describe('sign-in', () => {
  journey('a wrong password shows a clear message next to the password', async (j) => {
    const { page } = j;
    await j.visit('/masuk', 'sign-in', { ready: 'form' });
    await j.step('submit a wrong password', async () => {
      await page.getByLabel('Nama pengguna').fill('operator');
      await page.getByLabel('Kata sandi').fill('bukan-sandi-yang-benar');
      await page.getByRole('button', { name: 'Masuk', exact: true }).click();
      await page.waitForSelector('.ant-form-item-has-error');
    });
    const field = page.locator('.ant-form-item', { has: page.getByLabel('Kata sandi') });
    expect(await field.locator('.ant-form-item-explain-error').textContent()).toBe(
      'Nama pengguna atau kata sandi salah',
    );
    expect(new URL(page.url()).pathname).toBe('/masuk');
    await j.check('wrong-password');

    const res = await j.api('/api/auth/login', {
      method: 'POST',
      data: { username: 'operator', password: 'salah' },
    });
    expect(res.status).toBe(401);
    expect((res.body as { error: { code: string } }).error.code).toBe('INVALID_CREDENTIALS');

    await j.step('an empty form is refused before it is sent', async () => {
      await expect.poll(() => page.locator('#sign-in-submit').textContent()).toBe('Masuk');
      await page.getByLabel('Nama pengguna').fill('');
      await page.getByLabel('Kata sandi').fill('');
      await page.getByRole('button', { name: 'Masuk', exact: true }).click();
      await page.getByText('Isi nama pengguna').waitFor();
    });
  });
});
