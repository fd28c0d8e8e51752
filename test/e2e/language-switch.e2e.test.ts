import { describe, expect } from 'vitest';
import { journey } from './support/journey';

describe('language', () => {
  journey('switches between Indonesian and English and remembers the choice', async (j) => {
    const { page } = j;
    await j.signIn('kepala.bkpsdm', { via: 'api' });
    await j.visit('/dasbor', 'dashboard-id', { ready: '[data-testid="stat-employees"]' });
    const heading = page.getByRole('heading', { level: 1 });
    expect(await heading.textContent()).toBe('Dasbor kepegawaian');
    expect(await page.getAttribute('html', 'lang')).toBe('id');
    // Numbers in Indonesian format: thousands with a dot.
    expect(await page.getByTestId('stat-employees').textContent()).toMatch(/^\d{1,3}(\.\d{3})*$/);

    await j.step('switch to English', async () => {
      await page.getByRole('radiogroup', { name: 'Bahasa' }).getByText('EN').click();
      await expect.poll(() => heading.textContent()).toBe('Workforce dashboard');
    });
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.getByTestId('user-role').textContent()).toBe('Head of BKPSDM');
    await j.check('dashboard-en');

    await j.step('the choice survives a reload', async () => {
      await page.reload();
      await j.settle('[data-testid="stat-employees"]');
      expect(await heading.textContent()).toBe('Workforce dashboard');
    });

    await j.visit('/pegawai', 'employee-list-en', {
      ready: '[data-testid="employee-table"] tbody tr.ant-table-row',
    });
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Employees');

    await j.step('switch back to Indonesian', async () => {
      await page.getByRole('radiogroup', { name: 'Language' }).getByText('ID').click();
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Data pegawai');
    });
    expect(await page.evaluate(() => localStorage.getItem('penata.language'))).toBe('id');
  });
});
