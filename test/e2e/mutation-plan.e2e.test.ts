import { describe, expect } from 'vitest';
import type { ScenarioListResponse } from '../../src/contract/planning';
import type { PlanCompareResponse, PlanResponse } from '../../src/contract/planning-plan';
import { journey } from './support/journey';

const VACANCIES = 'Pengisian formasi kosong 2027';

describe('mutation planning', () => {
  journey(
    'runs the vacancies scenario live, opens the proven-optimal plan and a move, edits, reruns and compares',
    async (j) => {
      const { page } = j;
      const scenarios = await j.apiAs<ScenarioListResponse>('operator', '/api/scenarios');
      const scenario = scenarios.items.find((s) => s.name === VACANCIES);
      if (!scenario) throw new Error(`the demo has no scenario "${VACANCIES}"`);
      // EventSource requests, to prove the progress came over Server-Sent Events.
      const streams: string[] = [];
      page.on('request', (r) => {
        if (/\/api\/plans\/\d+\/events$/.test(r.url())) streams.push(r.url());
      });

      await j.signIn('operator');
      await j.step('open the scenarios from the menu', async () => {
        await page
          .getByRole('navigation', { name: 'Navigasi utama' })
          .getByRole('link', { name: 'Rencana mutasi' })
          .click();
        await page.waitForURL('**/rencana-mutasi');
        await j.settle('[data-testid="scenario-table"] tbody tr.ant-table-row');
      });
      const row = page.locator('[data-testid="scenario-table"] tr', { hasText: VACANCIES });
      expect(await row.textContent()).toContain('Belum pernah dijalankan');
      await j.check('scenarios');

      await j.step('open the vacancies scenario', async () => {
        await row.getByRole('link', { name: VACANCIES }).click();
        await j.settle('[data-testid="scenario-page"]');
      });
      expect(await page.getByTestId('scenario-version').textContent()).toBe('Versi 1');

      /** Presses "Jalankan" and follows the run until it ends; returns the run id. */
      const runAndWatch = async (label: string): Promise<number> =>
        j.step(label, async () => {
          const posted = page.waitForResponse(
            (r) => r.url().endsWith(`/api/scenarios/${scenario.id}/runs`) && r.request().method() === 'POST',
          );
          await page.getByRole('button', { name: 'Jalankan' }).click();
          const response = await posted;
          expect(response.status()).toBe(202);
          const runId = ((await response.json()) as { id: number }).id;
          const progress = page.getByTestId('run-progress');
          await progress.waitFor();
          // While it works: a phase line, a bar and the cancel button; then the end state.
          const state = await progress.getAttribute('data-state');
          if (state === 'QUEUED' || state === 'RUNNING') {
            expect(await page.getByRole('button', { name: 'Batalkan' }).isVisible()).toBe(true);
            expect(await page.getByRole('progressbar').count()).toBeGreaterThan(0);
          }
          await expect
            .poll(() => progress.getAttribute('data-state'), { timeout: 90_000, interval: 250 })
            .toBe('SUCCEEDED');
          expect(await progress.textContent()).toContain('Perhitungan berakhir: Selesai');
          expect(streams.some((u) => u.endsWith(`/api/plans/${runId}/events`))).toBe(true);
          return runId;
        });

      const first = await runAndWatch('run the scenario and watch its progress to the end');
      await j.check('run-ended');
      const plan1 = (await j.api(`/api/plans/${first}`)).body as PlanResponse;
      if (!plan1.plan) throw new Error('the finished run has no plan');
      expect(plan1.plan.moves.length).toBeGreaterThan(1);

      await j.step('open the plan', async () => {
        await page.getByTestId('open-plan').click();
        await j.settle('[data-testid="move-table"] tbody tr.ant-table-row');
      });
      // The badge follows the API's certificate check, and the panel shows its figures.
      expect(plan1.plan.provenOptimal).toBe(true);
      expect(await page.getByTestId('proven-optimal').textContent()).toBe('Terbukti optimal');
      expect(await page.getByTestId('not-proven').count()).toBe(0);
      // The certificate sits in the collapsed technical section, below what a reader needs first.
      expect(await page.getByTestId('certificate-panel').count()).toBe(0);
      await page.getByText('Rincian teknis').click();
      const panel = page.getByTestId('certificate-panel');
      await panel.waitFor();
      expect(await panel.getByRole('heading', { name: 'Sertifikat optimalitas' }).isVisible()).toBe(true);
      expect(await panel.locator('[data-testid="solve-table"] tbody tr.ant-table-row').count()).toBe(
        plan1.plan.solves.length,
      );
      expect(await panel.getByText('Lulus').count()).toBe(plan1.plan.solves.length);
      expect(await page.getByTestId('plan-totals').textContent()).toContain(String(plan1.plan.totals.moves));
      await j.check('plan');

      const move = plan1.plan.moves[0];
      if (!move) throw new Error('the plan has no move');
      await j.step("open a move's explanation", async () => {
        await page.getByTestId('open-move').filter({ hasText: move.name }).first().click();
        await page.getByTestId('move-explanation').waitFor();
      });
      const explanation = page.getByTestId('move-explanation');
      expect(await explanation.textContent()).toContain(move.name);
      expect(await explanation.textContent()).toContain(move.to.positionName);
      expect(await explanation.getByTestId('rule-table').count()).toBe(1);
      expect(await explanation.getByRole('heading', { name: 'Alternatif terbaik' }).isVisible()).toBe(true);
      await j.check('move-explanation');
      await page.keyboard.press('Escape');
      await page.getByTestId('move-explanation').waitFor({ state: 'detached' });

      // A chain of two or more whose first move is on the table's first page (sorted by chain).
      const sorted = [...plan1.plan.moves].sort(
        (a, b) => a.chainId - b.chainId || a.chainOrder - b.chainOrder,
      );
      const firstPage = new Set(sorted.slice(0, 20).map((m) => m.chainId));
      const chain = plan1.plan.chains.find((c) => c.employeeIds.length >= 2 && firstPage.has(c.chainId));
      if (!chain) throw new Error('the plan has no vacancy chain of two moves or more');
      await j.step('filter the moves by one vacancy chain', async () => {
        await page.getByRole('button', { name: `${chain.chainId}.1`, exact: true }).click();
        await page.getByTestId('chain-sequence').waitFor();
      });
      // The chain reads in order: each next mover fills the seat the previous one left.
      const names = chain.employeeIds.map((id) => plan1.plan?.moves.find((m) => m.employeeId === id)?.name);
      const steps = await page.locator('[data-testid="chain-sequence"] li strong').allTextContents();
      expect(steps).toEqual(names);
      expect(await page.locator('[data-testid="move-table"] tbody tr.ant-table-row').count()).toBe(
        Math.min(20, chain.employeeIds.length),
      );
      expect(await page.getByTestId('chain-sequence').textContent()).toContain(
        `mengisi kursi yang ditinggalkan ${names[0]}`,
      );

      // A tighter move limit, saved as version 2 of the scenario.
      const limit = Math.max(1, Math.floor(plan1.plan.moves.length / 2));
      await j.step('edit the scenario: a tighter move limit', async () => {
        await page.getByRole('link', { name: VACANCIES }).first().click();
        await j.settle('[data-testid="scenario-page"]');
        await page.getByRole('button', { name: 'Ubah' }).click();
        await j.settle('[data-testid="scenario-form"]');
      });
      await j.step('the form checks as the user types', async () => {
        await page.getByLabel('Masa jabatan minimum (tahun)').fill('7');
        await page.getByText('Masa jabatan minimum harus kurang dari batas rotasi wajib').waitFor();
        await page.getByLabel('Masa jabatan minimum (tahun)').fill('2');
        await page
          .getByText('Masa jabatan minimum harus kurang dari batas rotasi wajib')
          .waitFor({ state: 'detached' });
      });
      await j.check('scenario-editor');
      await j.step("the server's field error lands under its field", async () => {
        const other = scenarios.items.find((s) => s.id !== scenario.id);
        if (!other) throw new Error('the demo has one scenario only');
        await page.getByLabel('Nama skenario').fill(other.name);
        const refused = page.waitForResponse(
          (r) => r.url().endsWith(`/api/scenarios/${scenario.id}`) && r.request().method() === 'PUT',
        );
        await page.getByRole('button', { name: 'Simpan sebagai versi baru' }).click();
        expect((await refused).status()).toBe(409);
        await page
          .locator('#name_help, [id="name_help"]')
          .getByText(`Skenario bernama "${other.name}" sudah ada`)
          .waitFor();
        await page.getByLabel('Nama skenario').fill(VACANCIES);
      });
      await j.step('save as version 2', async () => {
        await page.getByLabel('Jumlah perpindahan paling banyak').fill(String(limit));
        const saved = page.waitForResponse(
          (r) => r.url().endsWith(`/api/scenarios/${scenario.id}`) && r.request().method() === 'PUT',
        );
        await page.getByRole('button', { name: 'Simpan sebagai versi baru' }).click();
        expect((await saved).status()).toBe(200);
        await expect.poll(() => page.getByTestId('scenario-version').textContent()).toBe('Versi 2');
      });
      expect(await page.getByTestId('summary-max-moves').textContent()).toBe(String(limit));

      const second = await runAndWatch('run version 2');
      const plan2 = (await j.api(`/api/plans/${second}`)).body as PlanResponse;
      expect(plan2.run.scenarioVersion).toBe(2);
      expect(plan2.plan?.moves.length).toBeLessThanOrEqual(limit);

      await j.step('compare the two plans', async () => {
        await page.getByTestId('compare-latest').click();
        await j.settle('[data-testid="compare-totals"] tbody tr');
      });
      const cmp = (await j.api(`/api/plans/compare?a=${first}&b=${second}`)).body as PlanCompareResponse;
      const movesRow = page.locator('[data-testid="compare-totals"] tr', { hasText: 'Perpindahan' }).first();
      const cells = await movesRow.locator('td').allTextContents();
      expect(cells.slice(1)).toEqual([String(cmp.totals.a.moves), String(cmp.totals.b.moves)]);
      expect(cmp.onlyInA.length).toBeGreaterThan(0);
      expect(
        await page.getByRole('heading', { name: `Hanya di A (${cmp.onlyInA.length})` }).isVisible(),
      ).toBe(true);
      expect(await page.getByTestId('compare-same').textContent()).toContain(String(cmp.sameMoves));
      await j.check('compare');
    },
    { timeoutMs: 300_000 },
  );
  journey('the review board sees the scenarios but no run, cancel or edit buttons', async (j) => {
    const { page } = j;
    await j.signIn('tpk', { via: 'api' });
    const listed = await j.api('/api/scenarios');
    const body = listed.body as ScenarioListResponse;
    // The API grants viewing only; the page must show no more than that.
    expect(body.actions).toContain('plan.view');
    expect(body.actions).not.toContain('plan.run');
    expect(body.actions).not.toContain('scenario.edit');
    await j.visit('/rencana-mutasi', 'scenarios-read-only', {
      ready: '[data-testid="scenario-table"] tbody tr.ant-table-row',
    });
    expect(await page.getByRole('button', { name: 'Skenario baru' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Ubah' }).count()).toBe(0);
    await j.step('open a scenario', async () => {
      await page.getByRole('link', { name: VACANCIES }).click();
      await j.settle('[data-testid="scenario-summary"]');
    });
    expect(await page.getByRole('button', { name: 'Jalankan' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Ubah' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Batalkan' }).count()).toBe(0);
    await j.check('scenario-read-only');
  });
});
