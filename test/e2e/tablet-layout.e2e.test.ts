import { describe, expect } from 'vitest';
import { journey, TABLET } from './support/journey';

const noHorizontalScroll = () => document.documentElement.scrollWidth <= window.innerWidth + 1;

describe('tablet (768 px)', () => {
  journey(
    'an OPD head works on a tablet without horizontal scrolling',
    async (j) => {
      const { page } = j;
      await j.signIn('kadis.kesehatan');
      await j.settle('[data-testid="dashboard-page"] [data-testid="stat-employees"]');
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="chart"] canvas').length >= 4);
      expect(await page.evaluate(noHorizontalScroll)).toBe(true);
      await j.check('dashboard-tablet');

      await j.visit('/pegawai', 'employee-list-tablet', {
        ready: '[data-testid="employee-table"] tbody tr.ant-table-row',
      });
      expect(await page.evaluate(noHorizontalScroll)).toBe(true);
      await j.step('open a profile', async () => {
        await page
          .locator('[data-testid="employee-table"] tbody tr.ant-table-row a.cell-person-name')
          .first()
          .click();
        await j.settle('[data-testid="employee-profile"]');
      });
      expect(await page.evaluate(noHorizontalScroll)).toBe(true);
      await j.check('profile-tablet');

      await j.visit('/organisasi', 'organisation-tablet', { ready: '[data-testid="unit-tree"]' });
      expect(await page.evaluate(noHorizontalScroll)).toBe(true);
    },
    { viewport: TABLET },
  );
});
