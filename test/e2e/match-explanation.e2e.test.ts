import { describe, expect } from 'vitest';
import type { EmployeePage } from '../../src/contract/employees';
import type { EmployeeMatchesDto, PositionCandidatesDto } from '../../src/contract/matching';
import { SCORE_COMPONENTS } from '../../src/core/matching/policy';
import { journey } from './support/journey';

// A post of Dinas Kesehatan, the RSUD or a puskesmas: the nurse's field is "related" there (a
// health-family post would make it core; see matching-routes.test.ts).
const HEALTH_UNIT = /Kesehatan|Puskesmas|RSUD|Rumah Sakit/;

describe('match explanation', () => {
  journey(
    "opens the nurse's matches and an explanation, then a post's candidates and a why-not",
    async (j) => {
      const { page } = j;
      const nurse = (await j.apiAs<{ employeeNip: string }>('pegawai', '/api/auth/me')).employeeNip;
      await j.signIn('operator', { via: 'api' });

      await j.visit(`/pegawai/${nurse}`, 'nurse-profile', { ready: '[data-testid="employee-profile"]' });
      await j.step('open the matches tab', async () => {
        await page.getByRole('tab', { name: 'Kecocokan jabatan' }).click();
        await j.settle('[data-testid="match-table"] tbody tr.ant-table-row');
      });
      const rows = page.locator('[data-testid="match-table"] tbody tr.ant-table-row');
      expect(await rows.count()).toBe(10);
      const texts = await rows.allTextContents();
      const healthRow = texts.findIndex((text) => HEALTH_UNIT.test(text));
      expect(healthRow).toBeGreaterThanOrEqual(0);
      expect(await rows.nth(healthRow).getByTestId('fit-bar').count()).toBe(1);
      await j.check('matches-tab');

      await j.step('open the explanation of the health post', async () => {
        await rows.nth(healthRow).getByTestId('match-open').click();
        await j.settle('[data-testid="fit-explanation"] [data-testid="component-table"]');
      });
      const drawer = page.getByTestId('fit-explanation');
      expect(await drawer.locator('[data-testid="component-table"] tbody tr.ant-table-row').count()).toBe(
        SCORE_COMPONENTS.length,
      );
      expect(await drawer.getByText('Relevansi pendidikan').count()).toBeGreaterThan(0);
      // Fields and programmes of study are named by their labels, never by codes such as HEALTH_NURSING.
      const drawerText = (await drawer.textContent()) ?? '';
      expect(drawerText).toMatch(/(Bidang pendidikan|Program studi)[^.]*Keperawatan/);
      expect(drawerText).toContain('Kesesuaian jenjang pendidikan');
      expect(drawerText).not.toMatch(/HEALTH_[A-Z]+/);
      const citations = await drawer.getByTestId('rule-citation').allTextContents();
      expect(citations.some((c) => /Pasal/.test(c))).toBe(true);
      expect(await drawer.getByTestId('why-not-answer').count()).toBe(1);
      await j.check('match-explanation');
      await page.keyboard.press('Escape');

      const matches = await j.apiAs<EmployeeMatchesDto>('operator', `/api/employees/${nurse}/matches?top=10`);
      const post = matches.matches[healthRow]!;
      await j.visit(`/jabatan/${post.positionId}`, 'position-candidates', {
        ready: '[data-testid="candidate-table"] tbody tr.ant-table-row',
      });
      const ranked = await j.apiAs<PositionCandidatesDto>(
        'operator',
        `/api/positions/${post.positionId}/candidates?top=10`,
      );
      const candidateRows = page.locator('[data-testid="candidate-table"] tbody tr.ant-table-row');
      expect(await candidateRows.count()).toBe(ranked.candidates.length);
      expect(await candidateRows.first().getAttribute('data-row-key')).toBe(ranked.candidates[0]!.nip);

      // Someone not among the shown candidates: either blocked or with a score gap to the top one.
      const shown = new Set(ranked.candidates.map((c) => c.nip));
      const people = await j.apiAs<EmployeePage>('operator', '/api/employees?pageSize=50');
      const other = people.items.find((e) => !shown.has(e.nip))!;
      await j.step('ask why not for another employee', async () => {
        await page.getByRole('combobox', { name: 'Cari pegawai (nama atau NIP)' }).fill(other.nip);
        const option = page.locator('.ant-select-item-option', { hasText: other.fullName });
        await option.first().waitFor({ state: 'visible' });
        await option.first().click();
        await j.settle('[data-testid="why-not-panel"] [data-testid="why-not-answer"]');
      });
      const answer = page.locator('[data-testid="why-not-panel"] [data-testid="why-not-answer"]');
      const kind = await answer.getAttribute('data-kind');
      expect(['BLOCKED', 'LOWER_SCORE', 'NOT_BY_SCORE']).toContain(kind);
      if (kind === 'BLOCKED') expect(await answer.getByTestId('rule-citation').count()).toBeGreaterThan(0);
      else expect(await answer.getByTestId('why-not-gap').textContent()).toMatch(/selisih/);
      await j.check('why-not');
    },
  );

  journey('the employee sees their own matches on their profile', async (j) => {
    const { page } = j;
    await j.signIn('pegawai', { via: 'api' });
    const me = (await j.api('/api/auth/me')).body as { employeeNip: string };
    await j.visit(`/pegawai/${me.employeeNip}`, 'own-profile', { ready: '[data-testid="employee-profile"]' });
    await j.step('open the matches tab', async () => {
      await page.getByRole('tab', { name: 'Kecocokan jabatan' }).click();
      await j.settle('[data-testid="match-table"] tbody tr.ant-table-row');
    });
    expect(await page.locator('[data-testid="match-table"] tbody tr.ant-table-row').count()).toBe(10);
    await j.check('own-matches');
  });
});
