import { describe, expect } from 'vitest';
import type { SessionUser } from '../../src/contract/auth';
import type { ScenarioListResponse } from '../../src/contract/planning';
import type { PlanResponse } from '../../src/contract/planning-plan';
import type { proposalDetailDto } from '../../src/contract/process-proposals';
import { type Journey, journey } from './support/journey';

type Proposal = (typeof proposalDetailDto)['_output'];

const WHOLE_CITY = 'Penataan menyeluruh 2027';
const DAY_MS = 86_400_000;

/** Whole days from one calendar date to another (both YYYY-MM-DD). */
const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/**
 * The demo's whole-city plan as one round through every role, on a server whose clock the journey
 * moves forward (the objection window must close and the TMT arrive). Every date the journey uses
 * comes from the server's "today" in the instansi's time zone, so it passes at any hour of the day.
 */
describe('a whole-city round', () => {
  journey(
    'the operator proposes the plan, the board decides in bulk, the mayor approves and signs, the moves take effect',
    async (j) => {
      const { page } = j;
      const switchUser = async (username: string) => {
        await page.context().clearCookies();
        await j.signIn(username, { via: 'api' });
      };
      const openProposal = async (id: number, label: string) =>
        j.visit(`/usulan/${id}`, label, { ready: '[data-testid="proposal-page"]' });
      /** Takes a workflow step from the actions card; the dialog waits for the server's answer. */
      const take = async (action: string, state: string, card = 'proposal-actions') =>
        j.step(`${action} -> ${state}`, async () => {
          await page.getByTestId(card).getByRole('button', { name: action }).click();
          await j.confirmDialog('Lanjutkan');
          await page.waitForSelector(`[data-testid="proposal-state"][data-state="${state}"]`);
          await j.settle();
        });
      const proposalAs = async (id: number): Promise<Proposal> =>
        (await j.api(`/api/proposals/${id}`)).body as Proposal;

      // ---- BKPSDM operator: run the whole-city plan and propose it through the form.
      await switchUser('operator');
      const me = (await j.api('/api/auth/me')).body as SessionUser;
      expect(me.timeZone).toBe('Asia/Jakarta');
      const scenarios = (await j.api('/api/scenarios')).body as ScenarioListResponse;
      const scenario = scenarios.items.find((s) => s.name === WHOLE_CITY);
      if (!scenario) throw new Error(`the demo has no scenario "${WHOLE_CITY}"`);
      await j.visit(`/rencana-mutasi/skenario/${scenario.id}`, 'scenario', {
        ready: '[data-testid="scenario-page"]',
      });
      const runId = await j.step('run the whole-city scenario', async () => {
        const posted = page.waitForResponse(
          (r) => r.url().endsWith(`/api/scenarios/${scenario.id}/runs`) && r.request().method() === 'POST',
        );
        await page.getByRole('button', { name: 'Jalankan' }).click();
        const id = ((await (await posted).json()) as { id: number }).id;
        const progress = page.getByTestId('run-progress');
        await expect
          .poll(() => progress.getAttribute('data-state'), { timeout: 90_000, interval: 250 })
          .toBe('SUCCEEDED');
        return id;
      });
      await j.step('open the plan', async () => {
        await page.getByTestId('open-plan').click();
        await j.settle('[data-testid="move-table"] tbody tr.ant-table-row');
      });
      await j.check('plan');
      const plan = ((await j.api(`/api/plans/${runId}`)).body as PlanResponse).plan;
      if (!plan) throw new Error('the whole-city run has no plan');
      expect(plan.moves.length).toBeGreaterThan(100);

      await j.step('open the proposal form from the plan', async () => {
        await page.getByTestId('propose-from-plan').click();
        await page.getByTestId('propose-form').waitFor();
        await expect.poll(() => page.getByTestId('round-input').inputValue()).toMatch(/^\d{4}-(I|II)$/);
      });
      await j.check('propose-form');
      // The defaults come from the core: a "2027" plan is proposed for 2027-I from 1 January 2027,
      // unless today leaves no room for the objection window before it.
      const round = await page.getByTestId('round-input').inputValue();
      expect(round.startsWith('2027') || daysBetween(me.today, '2027-01-01') < 15).toBe(true);
      expect(await page.getByTestId('tmt-reasons').textContent()).not.toBe('');
      const proposalId = await j.step('create the draft with every move', async () => {
        await page.getByTestId('propose-submit').click();
        await page.waitForURL(/\/usulan\/\d+$/);
        await j.settle('[data-testid="proposal-page"]');
        return Number(new URL(page.url()).pathname.split('/').pop());
      });
      await j.check('draft');
      const draft = await proposalAs(proposalId);
      expect(draft.items.length).toBe(plan.moves.length);
      expect(draft.round).toBe(round);
      await take('Ajukan', 'SUBMITTED');

      // ---- Head of BKPSDM: verification judges every move on the TMT.
      await switchUser('kepala.bkpsdm');
      await openProposal(proposalId, 'submitted');
      await take('Verifikasi', 'VERIFIED');

      // ---- The review board: the chair opens a session with three member accounts.
      await switchUser('tpk');
      await j.visit('/sidang-tpk', 'board-sessions', { ready: '[data-testid="board-sessions-page"]' });
      const sessionNumber = `800.1.3/${proposalId}/TPK/${me.today.slice(0, 4)}`;
      await j.step('create a session of three member accounts for the proposal', async () => {
        await page.getByTestId('create-session').click();
        const form = page.getByTestId('create-session-form');
        await form.getByLabel('Nomor sidang').fill(sessionNumber);
        await form.getByLabel('Tempat sidang').fill('Ruang Rapat Sekretariat Daerah');
        await pick(j, 'Ketua sidang', 'Sekretaris Daerah');
        await pick(j, 'Sekretaris sidang', 'Asisten');
        await pick(j, 'Anggota sidang', 'Inspektur');
        await form.getByText(`${draft.number} · ${draft.title}`).click();
        await page.getByTestId('save-session').click();
        await page.waitForURL(/\/sidang-tpk\/\d+$/);
        await j.settle('[data-testid="board-session-page"]');
      });
      const sessionPath = new URL(page.url()).pathname;
      await j.step('the chair takes attendance', async () => {
        for (const sw of await page.getByTestId('attendance-card').getByRole('switch').all())
          await sw.click();
        await page.getByTestId('save-attendance').click();
        await expect.poll(() => page.getByTestId('save-attendance').isDisabled()).toBe(true);
        await j.settle();
      });

      // Each member declares on their own screen: two have no conflict, the third names one candidate.
      const conflicted = draft.items[0]!;
      const declareNone = async (label: string) =>
        j.step(`${label} declares no conflict`, async () => {
          await page.getByTestId('declare-none').check();
          await page.getByTestId('save-my-declaration').click();
          await expect
            .poll(() => page.getByTestId('my-declaration-status').textContent())
            .toContain(
              `Anda telah menyatakan pada ${draft.items.length} dari ${draft.items.length} kandidat`,
            );
          await j.settle();
        });
      await declareNone('the chair');
      await j.check('board-chair-declared');
      await switchUser('tpk2');
      await j.visit(sessionPath, 'board-secretary', { ready: '[data-testid="my-declaration-card"]' });
      await declareNone('the secretary');
      await switchUser('tpk3');
      await j.visit(sessionPath, 'board-member', { ready: '[data-testid="my-declaration-card"]' });
      await j.step('the third member declares a conflict with one candidate', async () => {
        await page
          .getByTestId('my-declaration-card')
          .getByLabel('Cari kandidat')
          .fill(conflicted.employeeName);
        await page
          .getByRole('checkbox', { name: `Konflik kepentingan dengan ${conflicted.employeeName}` })
          .check();
        await page
          .getByRole('textbox', { name: `Uraian konflik dengan ${conflicted.employeeName}` })
          .fill('Kandidat adalah saudara kandung saya');
        await page.getByTestId('save-my-declaration').click();
        await expect
          .poll(() => page.getByTestId('my-declaration-status').textContent())
          .toContain('konflik dengan 1 kandidat');
        await j.settle();
      });
      await j.check('board-member-declared');
      // A member who is neither chair nor secretary cannot decide: the panel says why.
      expect(await page.getByTestId('bulk-decide').isDisabled()).toBe(true);

      // ---- The chair decides in bulk, with two exceptions, and records the minutes.
      await switchUser('tpk');
      await j.visit(sessionPath, 'board-chair', { ready: '[data-testid="decision-panel"]' });
      // Two exceptions that break no vacancy chain: nobody else in the round moves into their posts
      // (the SK check refuses a round whose chain the board broke), taken from the table's first page.
      const filledByOthers = new Set(draft.items.map((i) => i.toPositionId));
      const free = draft.items
        .slice(1, 20)
        .filter((i) => i.fromPositionId !== null && !filledByOthers.has(i.fromPositionId));
      if (free.length < 2)
        throw new Error('the round has fewer than two moves outside a vacancy chain on page 1');
      const [deferred, disagreed] = [free[0]!, free[1]!];
      await j.step('mark two exceptions with their reasons', async () => {
        for (const [item, verdict, reason] of [
          [deferred, 'Ditunda', 'Menunggu hasil uji kompetensi'],
          [disagreed, 'Tidak setuju', 'Kebutuhan unit asal belum terpenuhi'],
        ] as const) {
          await page.getByRole('checkbox', { name: `Tandai pengecualian: ${item.employeeName}` }).check();
          const choice = page.getByRole('combobox', { name: `Keputusan untuk ${item.employeeName}` });
          await choice.click();
          await page
            .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: verdict })
            .first()
            .click();
          await page.getByRole('textbox', { name: `Alasan untuk ${item.employeeName}` }).fill(reason);
        }
      });
      await j.check('board-exceptions');
      await j.step('agree to all the others in one decision', async () => {
        const saved = page.waitForResponse(
          (r) => r.url().endsWith('/decisions') && r.request().method() === 'POST',
        );
        await page.getByTestId('bulk-decide').click();
        expect((await saved).status()).toBe(200);
        await j.settle();
      });
      await j.step('draw up the minutes', async () => {
        await page.getByTestId('render-minutes').click();
        await page.getByTestId('download-minutes').waitFor();
      });
      await j.check('board-minutes');
      const sessionId = Number(sessionPath.split('/').pop());
      const minutes = await page.request.get(j.url(`/api/board-sessions/${sessionId}/minutes.pdf`));
      expect(minutes.headers()['content-type']).toBe('application/pdf');
      await openProposal(proposalId, 'verified');
      await take('Selesai dinilai TPK', 'REVIEWED');
      const reviewed = await proposalAs(proposalId);
      expect(reviewed.items.filter((i) => i.boardDecision === 'AGREE').length).toBe(draft.items.length - 2);
      expect(reviewed.items.find((i) => i.id === deferred.id)?.boardDecision).toBe('DEFER');
      expect(reviewed.items.find((i) => i.id === disagreed.id)?.boardDecision).toBe('DISAGREE');

      // ---- The mayor (PPK) approves.
      await switchUser('walikota');
      await openProposal(proposalId, 'reviewed');
      await take('Setujui', 'APPROVED');

      // ---- BKPSDM: the pre-issue check is clean, the SK is issued.
      await switchUser('operator');
      await openProposal(proposalId, 'approved');
      await page.getByTestId('decree-check-clean').waitFor();
      await j.check('decree-check');
      await take('Terbitkan SK', 'SK_ISSUED', 'decree-card');
      const sk = await page.request.get(j.url(`/api/proposals/${proposalId}/sk.pdf`));
      expect(sk.headers()['content-type']).toBe('application/pdf');
      // Announcing waits for the signature, and the page says so instead of offering a failing button.
      expect(await page.getByTestId('blocked-transitions').textContent()).toContain('ditandatangani');

      // ---- The mayor signs.
      await switchUser('walikota');
      await openProposal(proposalId, 'sk-issued');
      await j.step('record the signing of the SK', async () => {
        await page.getByTestId('sign-sk').click();
        await j.confirmDialog('Lanjutkan');
        await page.getByTestId('decree-signed').waitFor();
        await j.settle();
      });
      await j.check('decree-signed');

      // ---- BKPSDM announces; taking effect is shown but disabled while the window is open.
      await switchUser('operator');
      await openProposal(proposalId, 'signed');
      await take('Umumkan', 'ANNOUNCED');
      await page.waitForSelector('[data-testid="objection-window-end"]');
      const blocked = page.getByTestId('blocked-transitions');
      expect(await blocked.textContent()).toContain('Berlakukan mutasi belum dapat dilakukan');
      expect(await page.getByRole('button', { name: 'Berlakukan mutasi' }).isDisabled()).toBe(true);
      await j.check('announced');

      // ---- Time passes on the server: the window closes and the TMT arrives.
      const announced = await proposalAs(proposalId);
      const days = daysBetween(me.today, announced.tmt);
      expect(days).toBeGreaterThan(0);
      const moved = await j.api('/api/test-clock/advance', { method: 'POST', data: { days } });
      expect(moved.status).toBe(200);
      await switchUser('operator');
      const later = (await j.api('/api/auth/me')).body as SessionUser;
      expect(later.today).toBe(announced.tmt);
      await openProposal(proposalId, 'due');
      await take('Berlakukan mutasi', 'EFFECTIVE');
      await j.check('effective');

      // A moved person's profile shows the new post.
      const agreed = reviewed.items.find((i) => i.boardDecision === 'AGREE')!;
      await j.visit(`/pegawai/${agreed.nip}`, 'moved-employee', { ready: '.identity-card' });
      expect(await page.locator('.identity-card').textContent()).toContain(agreed.toPositionName);

      // ---- The auditor verifies the chain.
      await switchUser('auditor');
      await j.visit('/audit', 'audit', { ready: '[data-testid="audit-table"] tbody tr.ant-table-row' });
      await j.step('verify the chain', async () => {
        await page.getByTestId('verify-chain').click();
        await page.waitForSelector('[data-testid="verify-result"]');
      });
      expect(await page.getByTestId('verify-result').textContent()).toMatch(/Rantai utuh: \d+ entri/);

      // ---- Signed out: the public page shows the round, its criteria in words and no person.
      await page.context().clearCookies();
      await j.visit('/masuk', 'sign-in-footer', { ready: 'form', check: false });
      await j.step('open the transparency page signed out', async () => {
        await page.getByRole('link', { name: 'Transparansi mutasi (publik)' }).click();
        await page.waitForURL('**/transparansi');
        await j.settle('[data-testid="transparency-page"] [data-testid="transparency-round"]');
      });
      await j.check('transparency');
      const publicText = (await page.getByTestId('transparency-page').textContent()) ?? '';
      expect(publicText).toContain(reviewed.number);
      expect(publicText).toContain(`Periode ${round}`);
      expect(publicText).not.toMatch(/WHOLE_CITY|moveCost|maxMoves/);
      for (const item of reviewed.items.slice(0, 20)) {
        expect(publicText).not.toContain(item.nip);
        expect(publicText).not.toContain(item.employeeName);
      }
    },
    { server: 'round', timeoutMs: 360_000 },
  );
});

/** Chooses a member account in one of the session form's pickers by typing part of its text. */
async function pick(j: Journey, label: string, text: string): Promise<void> {
  const box = j.page.getByTestId('create-session-form').getByRole('combobox', { name: label });
  await box.click();
  await box.fill(text);
  const option = j.page.locator(
    '.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option',
    {
      hasText: text,
    },
  );
  await option.first().waitFor();
  await box.press('Enter');
  await box.press('Escape');
  await expect
    .poll(() => j.page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').count())
    .toBe(0);
}
