import { describe, expect } from 'vitest';
import type { EmployeePage } from '../../src/contract/employees';
import { journey } from './support/journey';

const TITLE = 'Antrean daring puskesmas (uji peramban)';

describe('innovation register', () => {
  journey(
    "an OPD head records an innovation of their unit with evidence; it shows in the register and on the innovator's profile",
    async (j) => {
      const { page } = j;
      await j.signIn('kadis.kesehatan', { via: 'api' });
      const people = (await j.api('/api/employees?page=1&pageSize=5')).body as EmployeePage;
      const innovator = people.items[0];
      if (!innovator) throw new Error('the OPD head sees nobody');

      await j.visit('/inovasi', 'innovations', { ready: '[data-testid="innovation-register-page"]' });
      await j.step('fill the form', async () => {
        await page.getByTestId('innovation-add').click();
        const form = page.getByTestId('innovation-form');
        await form.waitFor();
        await page.getByTestId('innovation-title').fill(TITLE);
        await page
          .getByTestId('innovation-description')
          .fill('Pendaftaran pasien lewat WhatsApp sehingga waktu tunggu di loket berkurang.');
        // The unit picker offers only the OPD head's own units.
        await page.locator('#innovation-unit').click();
        const units = page.locator(
          '.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-tree-title',
        );
        await units.first().waitFor();
        expect(await units.allTextContents()).not.toContain('Dinas Pendidikan');
        await units.first().click();
        await page.getByTestId('innovation-stage').click();
        await page
          .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', {
            hasText: 'Diusulkan',
          })
          .click();
        await page.locator('#innovation-proposedOn').fill('03/11/2026');
        await page.locator('#innovation-proposedOn').press('Enter');
        const picker = page.getByRole('combobox', { name: 'Tambahkan ke tim' });
        await picker.click();
        await picker.fill(innovator.nip);
        await page
          .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', {
            hasText: innovator.name,
          })
          .first()
          .click();
        await expect.poll(() => page.getByTestId('innovation-team').textContent()).toContain(innovator.name);
        await page.getByTestId('evidence-field').getByText('Tautan', { exact: true }).click();
        await page
          .getByTestId('evidence-link-input')
          .fill('https://sibolgakota.go.id/inovasi/antrean-daring');
      });
      await j.check('innovation-form');
      await j.step('save, and the saved innovation opens', async () => {
        await page.getByTestId('innovation-save').click();
        await page.getByTestId('innovation-drawer').waitFor();
        await expect.poll(() => page.getByTestId('innovation-drawer').textContent()).toContain(TITLE);
        await j.settle();
      });
      await j.check('innovation-saved');

      await j.visit(`/pegawai/${innovator.nip}`, 'innovator-profile', {
        ready: '[data-testid="profile-name"]',
      });
      await j.step("open the innovator's performance tab", async () => {
        await page.getByRole('tab', { name: 'Kinerja' }).click();
        await page.getByTestId('person-innovations').waitFor();
      });
      expect(await page.getByTestId('person-innovations').textContent()).toContain(TITLE);
      await j.check('innovator-registers');
    },
  );
});
