import { describe, expect } from 'vitest';
import type { EmployeePage } from '../../src/contract/employees';
import { journey } from './support/journey';

const spaced = (nip: string) =>
  `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`;

describe('operator', () => {
  journey('signs in, finds an employee by NIP and opens the profile', async (j) => {
    const { page } = j;
    const sample = await j.apiAs<EmployeePage>('operator', '/api/employees?page=3&pageSize=10');
    const target = sample.items[4];
    if (!target) throw new Error('the demo has too few employees');

    await j.visit('/masuk', 'sign-in', { ready: '.demo-account' });
    await j.step('fill from the demo account and sign in', async () => {
      await page.getByRole('button', { name: 'Gunakan akun operator' }).click();
      await expect.poll(() => page.getByLabel('Nama pengguna').inputValue()).toBe('operator');
      await page.getByRole('button', { name: 'Masuk', exact: true }).click();
      await page.waitForURL('**/dasbor');
      await j.settle('[data-testid="dashboard-page"] [data-testid="stat-employees"]');
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="chart"] canvas').length >= 4);
    });
    expect(await page.getByTestId('user-role').textContent()).toBe('Operator BKPSDM');
    await expect
      .poll(() => page.getByTestId('pending-work').textContent())
      .toContain('Tidak ada pekerjaan yang menunggu Anda');
    await j.check('dashboard');

    await j.step('keyboard: the skip link jumps to the content', async () => {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Langsung ke konten');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    });

    await j.step('open the employee list from the menu', async () => {
      await page
        .getByRole('navigation', { name: 'Navigasi utama' })
        .getByRole('link', { name: 'Pegawai' })
        .click();
      await page.waitForURL('**/pegawai');
      await j.settle('[data-testid="employee-table"] tbody tr.ant-table-row');
    });
    await j.check('employee-list');

    await j.step('keyboard: sort by NIP from the column header', async () => {
      await page.locator('[data-testid="employee-table"] thead th', { hasText: 'NIP' }).focus();
      await page.keyboard.press('Enter');
      await page.waitForURL((u) => u.searchParams.get('sort') === 'nip');
      await j.settle('[data-testid="employee-table"] tbody tr.ant-table-row');
    });

    await j.step('search by NIP (typed with spaces)', async () => {
      await page.getByRole('textbox', { name: 'Cari nama atau NIP' }).fill(spaced(target.nip));
      await page.waitForURL((u) => u.searchParams.get('q') === spaced(target.nip));
      await page.waitForFunction((nip) => {
        const rows = document.querySelectorAll('[data-testid="employee-table"] tbody tr.ant-table-row');
        return rows.length === 1 && rows[0]?.getAttribute('data-row-key') === nip;
      }, target.nip);
    });
    expect(
      await page.locator('[data-testid="employee-table"] tbody tr.ant-table-row .nip').textContent(),
    ).toBe(spaced(target.nip));
    await j.check('search-by-nip');

    await j.step('the link reproduces the view', async () => {
      await page.reload();
      await j.settle(`[data-testid="employee-table"] tbody tr[data-row-key="${target.nip}"]`);
      expect(await page.getByRole('textbox', { name: 'Cari nama atau NIP' }).inputValue()).toBe(
        spaced(target.nip),
      );
    });

    await j.step('open the profile', async () => {
      await page.getByRole('link', { name: target.fullName }).click();
      await page.waitForURL(`**/pegawai/${target.nip}`);
      await j.settle('[data-testid="employee-profile"]');
    });
    expect(await page.getByTestId('profile-name').textContent()).toBe(target.fullName);
    expect(await page.getByTestId('profile-nip').textContent()).toBe(spaced(target.nip));
    await j.check('profile');

    await j.step('competencies against the position standard', async () => {
      await page.getByRole('tab', { name: /Kompetensi/ }).click();
      await page.waitForSelector(
        '[role="tabpanel"] [data-testid="chart"] canvas, [role="tabpanel"] .empty-state',
      );
    });
    await j.check('profile-competency');
  });

  journey('browses the organisation, vacant positions and a position', async (j) => {
    const { page } = j;
    await j.signIn('operator', { via: 'api' });
    await j.visit('/organisasi', 'organisation', {
      ready: '[data-testid="unit-tree"] tbody tr.ant-table-row',
    });
    await j.step('expand the whole tree', async () => {
      await page.getByRole('button', { name: 'Bentangkan semua' }).click();
      await page.waitForFunction(
        () => document.querySelectorAll('[data-testid="unit-tree"] tbody tr.ant-table-row').length > 20,
      );
    });
    await j.check('organisation-expanded');

    await j.step('open the positions of a unit, vacant only', async () => {
      await page.locator('[data-testid="unit-tree"] tbody tr.ant-table-row a.unit-name').first().click();
      await page.waitForURL((u) => u.pathname === '/jabatan' && u.searchParams.has('unitId'));
      await j.settle('[data-testid="position-table"]');
      const vacantOnly = page.getByRole('switch', { name: 'Hanya yang kosong' });
      await vacantOnly.click();
      await page.waitForURL((u) => u.searchParams.get('vacant') === 'true');
      // The router renders navigations as transitions: wait until the page shows the new filter.
      await expect.poll(() => vacantOnly.getAttribute('aria-checked')).toBe('true');
      await j.settle('[data-testid="position-table"]');
    });
    const vacancies = await page
      .locator('[data-testid="position-table"] tbody tr.ant-table-row td:last-child')
      .allTextContents();
    expect(vacancies.length).toBeGreaterThan(0);
    expect(vacancies.every((v) => Number(v.replace(/\D/g, '')) > 0)).toBe(true);
    await j.check('positions-vacant');

    await j.visit('/jabatan', 'positions', {
      ready: '[data-testid="position-table"] tbody tr.ant-table-row',
    });
    await j.step('open a position', async () => {
      await page
        .locator('[data-testid="position-table"] tbody tr.ant-table-row a.cell-person-name')
        .first()
        .click();
      await page.waitForURL(/\/jabatan\/\d+$/);
      await j.settle('[data-testid="position-page"]');
    });
    expect(await page.getByTestId('position-seats').textContent()).toMatch(/dari \d+ formasi terisi/);
    await j.check('position');
  });
});
