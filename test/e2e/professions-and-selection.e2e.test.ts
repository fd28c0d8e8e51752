import { describe, expect } from 'vitest';
import { journey } from './support/journey';

type Selection = { id: number; positionId: number; status: string; shortlist: { nip: string }[] };

// The facts behind a credible placement (DOMAIN.md 15): a health worker's licences on her profile,
// and a JPT post filled through a selection record rather than by a plan.
describe('professions, licences and JPT selection', () => {
  journey("shows a nurse's licences in Indonesian and a completed JPT selection on its post", async (j) => {
    const { page } = j;
    const nurse = (await j.apiAs<{ employeeNip: string }>('pegawai', '/api/auth/me')).employeeNip;
    await j.signIn('operator', { via: 'api' });

    await j.visit(`/pegawai/${nurse}`, 'nurse-profile', { ready: '[data-testid="employee-profile"]' });
    await j.step('open the licences tab', async () => {
      await page.getByRole('tab', { name: /Lisensi & sertifikat/ }).click();
      await j.settle('[data-testid="licence-panel"]');
    });
    const text = (await page.getByTestId('licence-panel').textContent()) ?? '';
    expect(text).toContain('STR');
    expect(text).toContain('Perawat');
    expect(text).toContain('seumur hidup');
    // Labels, never the codes behind them.
    expect(text).not.toMatch(/PERAWAT|SERTIFIKAT_PENDIDIK|VALID|EXPIRED/);
    await j.check('licence-tab');

    const seeded = await Promise.all(
      [1, 2].map((id) => j.apiAs<Selection>('operator', `/api/selections/${id}`)),
    );
    const done = seeded.find((s) => s.status === 'COMPLETED')!;
    expect(done.shortlist.length).toBe(3);
    await j.visit(`/jabatan/${done.positionId}`, 'jpt-position', {
      ready: '[data-testid="selection-record"]',
    });
    const shortlist = page.getByTestId('selection-shortlist').locator('li');
    expect(await shortlist.count()).toBe(3);
    expect(await page.getByTestId('selection-result').count()).toBe(1);
    await j.check('jpt-selection');
  });
});
