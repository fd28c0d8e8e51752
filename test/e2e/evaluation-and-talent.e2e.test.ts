import { describe, expect } from 'vitest';
import type { RosterDto } from '../../src/contract/evaluation-roster';
import type { unitTreeResponse } from '../../src/contract/organisation';
import { journey } from './support/journey';

type Units = (typeof unitTreeResponse)['_output']['units'];
interface Periods {
  items: { id: number; code: string; status: 'OPEN' | 'CLOSED' }[];
}

describe('evaluation and talent', () => {
  journey('enters a record in the grid, opens a 9-box and a member profile', async (j) => {
    const { page } = j;
    const { units } = await j.apiAs<{ units: Units }>('operator', '/api/units');
    const periods = await j.apiAs<Periods>('operator', '/api/evaluation-periods');
    const open = periods.items.find((p) => p.status === 'OPEN');
    if (!open) throw new Error('the demo has no open evaluation period');
    // A small unit with a name of its own, so the grid is short and the tree pick unambiguous.
    const unit = units.find(
      (u) =>
        u.totalHolders >= 3 && u.totalHolders <= 25 && units.filter((v) => v.name === u.name).length === 1,
    );
    if (!unit) throw new Error('the demo has no small unit');
    const roster = await j.apiAs<RosterDto>(
      'operator',
      `/api/evaluation-periods/${open.id}/roster?unitId=${unit.id}`,
    );
    const person = roster.items[0];
    if (!person) throw new Error(`unit ${unit.name} has nobody`);
    const dinkes = units.find((u) => u.code === 'DINKES');
    if (!dinkes) throw new Error('the demo has no Dinas Kesehatan');

    await j.signIn('operator');
    await j.step('open the evaluation page from the menu', async () => {
      await page
        .getByRole('navigation', { name: 'Navigasi utama' })
        .getByRole('link', { name: 'Penilaian kinerja' })
        .click();
      await page.waitForURL('**/evaluasi');
      await j.settle('[data-testid="evaluation-entry-page"]');
    });
    const pickUnit = async (inputId: string, name: string) => {
      await page.locator(`#${inputId}`).click();
      await page.locator(`#${inputId}`).fill(name);
      await page
        .locator('.ant-select-dropdown:visible .ant-select-tree-title')
        .getByText(name, { exact: true })
        .click();
    };
    await j.step('pick the unit (the open period is chosen already)', async () => {
      expect(
        await page.locator('.ant-select', { has: page.locator('#entry-period') }).textContent(),
      ).toContain(open.code);
      await pickUnit('entry-unit', unit.name);
      await j.settle('[data-testid="entry-grid"] tbody tr.ant-table-row');
    });
    await j.check('entry-grid');

    const cell = (field: string) => page.locator(`#cell-${person.employeeId}-${field}`);
    await j.step('an invalid value turns the cell red with its rule, and nothing can be saved', async () => {
      await cell('workingDays').fill('60');
      await cell('lateCount').fill('0');
      await cell('unexcusedDays').fill('75');
      await page.waitForSelector(`#cell-${person.employeeId}-unexcusedDays-error`);
    });
    expect(await page.locator(`#cell-${person.employeeId}-unexcusedDays-error`).textContent()).toMatch(
      /harus bilangan bulat 0-60 \(hari kerja\)/,
    );
    expect(await cell('unexcusedDays').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByRole('button', { name: /^Simpan \d+ baris$/ }).isDisabled()).toBe(true);
    await j.check('entry-invalid');

    await j.step(
      'a valid value and two ratings: the predikat is derived, the row is marked changed',
      async () => {
        await cell('unexcusedDays').fill('2');
        await page.waitForSelector(`#cell-${person.employeeId}-unexcusedDays-error`, { state: 'detached' });
        for (const [field, option] of [
          ['hasilKerja', 'Di Atas Ekspektasi'],
          ['perilakuKerja', 'Sesuai Ekspektasi'],
        ] as const) {
          await cell(field).click();
          await page
            .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option })
            .click();
          // Let the list close before the next one opens: both would match while it fades out.
          await expect.poll(() => page.locator('.ant-select-dropdown:visible').count()).toBe(0);
        }
        const row = page.locator(`[data-testid="entry-grid"] tr[data-row-key="${person.employeeId}"]`);
        await expect.poll(() => row.getByTestId('derived-predikat').textContent()).toBe('Baik');
        expect(await row.getByTestId('row-dirty').textContent()).toBe('Diubah');
        await page.getByLabel('Bukti dukung (nomor dokumen)').fill('SKP/E2E/2026/TW3/1');
      },
    );
    await j.step('save in one request', async () => {
      const saving = page.waitForResponse((r) =>
        r.url().endsWith(`/api/evaluation-periods/${open.id}/records`),
      );
      await page.getByRole('button', { name: 'Simpan 1 baris' }).click();
      expect((await saving).status()).toBe(200);
      await expect.poll(() => page.getByTestId('dirty-count').textContent()).toBe('0 baris diubah');
    });
    await j.check('entry-saved');
    const stored = (await j.api(`/api/evaluation-periods/${open.id}/roster?unitId=${unit.id}`))
      .body as RosterDto;
    const after = stored.items.find((p) => p.employeeId === person.employeeId);
    expect(after?.skp).toMatchObject({
      hasilKerja: 'DI_ATAS_EKSPEKTASI',
      perilakuKerja: 'SESUAI_EKSPEKTASI',
      predikat: 'BAIK',
      evidence: { reference: 'SKP/E2E/2026/TW3/1' },
    });
    expect(after?.attendance).toMatchObject({ workingDays: 60, unexcusedDays: 2, lateCount: 0 });

    const other = roster.items[1];
    if (!other) throw new Error(`unit ${unit.name} has one person only`);
    const upload = (name: string, rows: string[]) =>
      page
        .locator('[data-testid="import-panel"] input[type="file"]')
        .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(rows.join('\n')) });
    await j.step('import: a file with bad rows gets its row report and writes nothing', async () => {
      await page.getByRole('tab', { name: 'Impor berkas' }).click();
      await upload('rekap-salah.csv', [
        'NIP;HASIL KERJA;PERILAKU KERJA',
        `${other.nip};Baik Sekali;Sesuai Ekspektasi`,
        '199001012015011999;Sesuai Ekspektasi;Sesuai Ekspektasi',
      ]);
      await j.settle('[data-testid="import-report"] tbody tr.ant-table-row');
    });
    const reported = await page
      .locator('[data-testid="import-report"] tbody tr.ant-table-row')
      .allTextContents();
    expect(reported).toHaveLength(2);
    // Each row says what is wrong in words; the rule's code stays in a tooltip for support.
    const codes = await page
      .locator('[data-testid="import-report"] tbody tr.ant-table-row [data-rule-code]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-rule-code')));
    expect(codes).toEqual(['RATING_OUT_OF_SCALE', 'NIP_UNKNOWN']);
    for (const row of reported) expect(row).not.toMatch(/[A-Z]+_[A-Z_]+/);
    expect(await page.getByRole('button', { name: /^Simpan \d+ baris$/ }).count()).toBe(0);
    await j.check('import-bad');
    await j.step('import: a clean file is checked, then saved', async () => {
      await upload('rekap.csv', [
        'NIP;HASIL KERJA;PERILAKU KERJA',
        `${other.nip};Di Bawah Ekspektasi;Sesuai Ekspektasi`,
      ]);
      await page.getByRole('button', { name: 'Simpan 1 baris' }).click();
      await page.waitForSelector('[data-testid="import-committed"]');
    });
    const imported = (await j.api(`/api/evaluation-periods/${open.id}/roster?unitId=${unit.id}`))
      .body as RosterDto;
    expect(imported.items.find((p) => p.employeeId === other.employeeId)?.skp).toMatchObject({
      hasilKerja: 'DI_BAWAH_EKSPEKTASI',
      predikat: 'BUTUH_PERBAIKAN',
    });

    await j.visit('/talenta', 'talent', { ready: '[data-testid="nine-box"]' });
    const population = async () => page.getByTestId('talent-population').textContent();
    const everyone = await population();
    await j.step('filter by a unit', async () => {
      await pickUnit('talent-unit', dinkes.name);
      await expect.poll(population).not.toBe(everyone);
      await j.settle('[data-testid="nine-box"]');
    });
    const counts = await page.locator('[data-testid="nine-box"] .ninebox-count').allTextContents();
    expect(counts).toHaveLength(9);
    const boxes = await page.locator('[data-testid="nine-box"] button.ninebox-cell').evaluateAll((els) =>
      els.map((e) => ({
        box: Number(e.querySelector('.ninebox-number')?.textContent),
        count: Number(e.querySelector('.ninebox-count')?.textContent?.replace(/\D/g, '')),
      })),
    );
    const fullest = boxes.reduce((a, b) => (b.count > a.count ? b : a));
    expect(fullest.count).toBeGreaterThan(0);
    await j.step('click the fullest box and see its members', async () => {
      await page.getByTestId(`box-${fullest.box}`).click();
      await j.settle('[data-testid="box-members"] tbody tr.ant-table-row');
    });
    expect(await page.getByTestId(`box-${fullest.box}`).getAttribute('aria-pressed')).toBe('true');
    const shown = await page.locator('[data-testid="box-members"] tbody tr.ant-table-row').count();
    expect(shown).toBe(Math.min(fullest.count, 20));
    const unitNames = await page
      .locator('[data-testid="box-members"] tbody tr.ant-table-row td:nth-child(4)')
      .allTextContents();
    expect(unitNames.every((u) => u.length > 0)).toBe(true);
    await j.check('talent-box');

    const member = page.locator('[data-testid="box-members"] tbody tr.ant-table-row a').first();
    const memberName = await member.textContent();
    await j.step("open a member's profile and its evaluation tab", async () => {
      await member.click();
      await page.waitForURL(/\/pegawai\/\d+$/);
      await j.settle('[data-testid="employee-profile"]');
      await page.getByRole('tab', { name: 'Kinerja' }).click();
      await j.settle('[data-testid="evaluation-tab"] [data-testid="trajectory"]');
    });
    expect(await page.getByTestId('profile-name').textContent()).toContain(memberName ?? '');
    expect(await page.locator('[data-testid="trajectory"] li').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('statutory-predikat').first().textContent()).toBeTruthy();
    await j.check('profile-evaluation');
  });
  journey('an employee sees their own evaluations, never the grid or the 9-box', async (j) => {
    const { page } = j;
    await j.signIn('pegawai', { via: 'api' });
    const me = (await j.api('/api/auth/me')).body as { employeeNip: string };
    await j.visit(`/pegawai/${me.employeeNip}`, 'own-profile', { ready: '[data-testid="employee-profile"]' });
    const nav = page.getByRole('navigation', { name: 'Navigasi utama' });
    expect(await nav.getByRole('link', { name: 'Penilaian kinerja' }).count()).toBe(0);
    expect(await nav.getByRole('link', { name: /Manajemen talenta/ }).count()).toBe(0);
    await j.step('open the own evaluation tab', async () => {
      await page.getByRole('tab', { name: 'Kinerja' }).click();
      await j.settle('[data-testid="evaluation-tab"] [data-testid="trajectory"]');
    });
    const own = (await j.api(`/api/employees/${me.employeeNip}/evaluations`)).body as {
      trajectory: unknown[];
    };
    expect(await page.locator('[data-testid="trajectory"] li').count()).toBe(own.trajectory.length);
    await j.check('own-evaluations');
    await j.visit('/talenta', 'talent-refused', { ready: '[data-testid="refusal"]' });
    expect((await j.api('/api/talent/grid')).status).toBe(403);
  });
});
