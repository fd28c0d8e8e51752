import { readFileSync } from 'node:fs';
import { describe, expect } from 'vitest';
import type { proposalDetailDto, proposalListDto } from '../../src/contract/process-proposals';
import { journey } from './support/journey';

type ProposalList = (typeof proposalListDto)['_output'];
type Proposal = (typeof proposalDetailDto)['_output'];

const today = new Date().toISOString().slice(0, 10);

describe('mutation process', () => {
  journey(
    'the board decides, the PPK approves, the SK is issued and announced, the chain holds',
    async (j) => {
      const { page } = j;
      const waiting = await j.apiAs<ProposalList>('operator', '/api/proposals?state=VERIFIED');
      const listed = waiting.items.find((p) => p.round === '2026-II');
      if (!listed) throw new Error('the demo has no 2026-II proposal waiting for the board');
      const proposal = await j.apiAs<Proposal>('operator', `/api/proposals/${listed.id}`);
      const names = proposal.items.map((i) => i.employeeName);
      expect(names.length).toBeGreaterThan(0);

      const switchUser = async (username: string) => {
        await page.context().clearCookies();
        await j.signIn(username);
      };
      const openProposal = async (label: string) =>
        j.visit(`/usulan/${proposal.id}`, label, { ready: '[data-testid="proposal-page"]' });
      const take = async (action: string, state: string) => {
        await j.step(`${action} -> ${state}`, async () => {
          await page.getByTestId('proposal-actions').getByRole('button', { name: action }).click();
          const dialog = page.getByRole('dialog');
          await dialog.getByRole('button', { name: 'Lanjutkan' }).click();
          await page.waitForSelector(`[data-testid="proposal-state"][data-state="${state}"]`);
          await j.settle();
        });
      };

      // The review board (tpk) opens a session for the proposal and records its decisions.
      await switchUser('tpk');
      await j.step('open the review board from the menu', async () => {
        await page
          .getByRole('navigation', { name: 'Navigasi utama' })
          .getByRole('link', { name: 'Sidang TPK' })
          .click();
        await page.waitForURL('**/sidang-tpk');
        await j.settle('[data-testid="board-sessions-page"]');
      });
      await j.check('board-sessions');
      await j.step('create a session with its members and the proposal on the agenda', async () => {
        await page.getByRole('button', { name: 'Sidang baru' }).click();
        const drawer = page.locator('.ant-drawer');
        await drawer.getByLabel('Nomor sidang').fill('800.1.3/E2E/TPK/2026');
        await drawer.getByLabel('Tanggal').fill(today);
        await drawer.getByLabel('Tempat').fill('Ruang Rapat Sekretariat Daerah');
        for (const [i, name] of ['Ketua TPK E2E', 'Sekretaris TPK E2E', 'Anggota TPK E2E'].entries())
          await drawer.getByLabel(`Nama ${i + 1}`, { exact: true }).fill(name);
        await drawer.getByText(`${proposal.number} · ${proposal.title}`).click();
        await drawer.getByRole('button', { name: 'Simpan sidang' }).click();
        await page.waitForURL(/\/sidang-tpk\/\d+$/);
        await j.settle('[data-testid="board-session-page"]');
      });
      await j.step('mark everyone present', async () => {
        for (const name of ['Ketua TPK E2E', 'Sekretaris TPK E2E', 'Anggota TPK E2E'])
          await page.getByRole('switch', { name: `Hadir: ${name}` }).click();
        await page.getByRole('button', { name: 'Simpan kehadiran' }).click();
        await expect
          .poll(() => page.getByRole('button', { name: 'Simpan kehadiran' }).isDisabled())
          .toBe(true);
        await j.settle();
      });
      await j.step('declare no conflicts of interest', async () => {
        await page.getByTestId('save-conflicts').click();
        await expect
          .poll(() => page.getByTestId('conflicts-card').textContent())
          .toContain(`${names.length * 3} pernyataan`);
      });
      await j.step('agree to every candidate, with a note', async () => {
        for (const name of names) {
          await page.getByRole('combobox', { name: `Keputusan: ${name}` }).click();
          await page
            .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Setuju' })
            .first()
            .click();
          await expect.poll(() => page.locator('.ant-select-dropdown:visible').count()).toBe(0);
          await page
            .getByRole('textbox', { name: `Catatan: ${name}` })
            .fill('Memenuhi syarat dan kebutuhan organisasi');
          const saving = page.waitForResponse((r) => r.url().endsWith('/decisions'));
          await page.getByRole('button', { name: `Simpan keputusan: ${name}` }).click();
          expect((await saving).status()).toBe(200);
          await j.settle();
        }
      });
      await j.step('draw up the minutes (berita acara)', async () => {
        await page.getByRole('button', { name: 'Buat berita acara' }).click();
        await page.waitForSelector('[data-testid="download-minutes"]');
      });
      await j.check('board-session');
      const sessionId = Number(new URL(page.url()).pathname.split('/').pop());
      const minutes = await page.request.get(j.url(`/api/board-sessions/${sessionId}/minutes.pdf`));
      expect(minutes.headers()['content-type']).toBe('application/pdf');
      expect((await minutes.body()).subarray(0, 5).toString()).toBe('%PDF-');

      await j.step('go to the proposal from the agenda', async () => {
        await page.getByRole('link', { name: proposal.number }).click();
        await j.settle('[data-testid="proposal-page"]');
      });
      await take('Selesai dinilai TPK', 'REVIEWED');

      // The PPK (Wali Kota) approves.
      await switchUser('walikota');
      await openProposal('proposal-reviewed');
      await take('Setujui', 'APPROVED');

      // BKPSDM issues the SK, downloads it and announces it.
      await switchUser('operator');
      await j.visit('/usulan', 'proposal-inbox', {
        ready: '[data-testid="proposal-table"] tbody tr.ant-table-row',
      });
      // The settings are shown to the operator, but only the head of BKPSDM may change them.
      expect(await page.getByTestId('process-settings').textContent()).toContain('Hanya Kepala BKPSDM');
      expect(await page.getByLabel('Masa sanggah (hari)').isDisabled()).toBe(true);
      await j.step('open the approved proposal from the inbox', async () => {
        await page.getByRole('link', { name: proposal.number }).click();
        await j.settle('[data-testid="proposal-page"]');
      });
      await j.step('a stale version is refused with a clear message, and the page reloads', async () => {
        // Someone else changes the proposal behind the page's back (a Mendagri letter is attached).
        const shown = (await j.api(`/api/proposals/${proposal.id}`)).body as Proposal;
        const attached = await j.api(`/api/proposals/${proposal.id}/mendagri-approvals`, {
          method: 'POST',
          data: {
            version: shown.version,
            letterNo: '100.2.2.6/E2E/OTDA',
            letterDate: today,
            subject: 'Persetujuan mutasi (uji)',
            coveredNips: proposal.items.map((i) => i.nip),
          },
        });
        expect(attached.status).toBe(200);
        await page.getByTestId('proposal-actions').getByRole('button', { name: 'Terbitkan SK' }).click();
        await page.getByRole('dialog').getByRole('button', { name: 'Lanjutkan' }).click();
        await expect.poll(() => page.getByTestId('write-error').textContent()).toContain('baru saja diubah');
        await expect
          .poll(() => page.getByTestId('proposal-page').textContent())
          .toContain('100.2.2.6/E2E/OTDA');
        await j.settle();
      });
      await take('Terbitkan SK', 'SK_ISSUED');
      const decreeNumber = await page.getByTestId('decree-number').textContent();
      expect(decreeNumber).toMatch(/^800\.1\.3\.3\/\d{3}\/BKPSDM\/\d{4}$/);
      await j.step('download the SK', async () => {
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByTestId('download-sk').click(),
        ]);
        const path = await download.path();
        expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-');
      });
      const sk = await page.request.get(j.url(`/api/proposals/${proposal.id}/sk.pdf`));
      expect(sk.status()).toBe(200);
      expect(sk.headers()['content-type']).toBe('application/pdf');
      await take('Umumkan', 'ANNOUNCED');
      await page.waitForSelector('[data-testid="objection-window-end"]');
      await j.check('proposal-announced');
      const history = await page.getByTestId('proposal-history').textContent();
      for (const state of ['Dinilai TPK', 'Disetujui PPK', 'SK terbit', 'Diumumkan'])
        expect(history).toContain(state);

      // Signed out: the public transparency page, reached from the sign-in page's footer.
      await page.context().clearCookies();
      await j.visit('/masuk', 'sign-in-footer', { ready: 'form', check: false });
      await j.step('open the transparency page signed out', async () => {
        await page.getByRole('link', { name: 'Transparansi mutasi (publik)' }).click();
        await page.waitForURL('**/transparansi');
        await j.settle('[data-testid="transparency-page"] [data-testid="transparency-round"]');
      });
      await j.check('transparency');
      const publicText = (await page.getByTestId('transparency-page').textContent()) ?? '';
      expect(publicText).toContain('Periode 2026-II');
      expect(publicText).toContain(proposal.number);
      for (const item of proposal.items) {
        expect(publicText).not.toContain(item.nip);
        expect(publicText).not.toContain(item.employeeName);
      }

      // The auditor reads the log and verifies the chain.
      await j.signIn('auditor');
      await j.step('open the audit log from the menu', async () => {
        await page
          .getByRole('navigation', { name: 'Navigasi utama' })
          .getByRole('link', { name: 'Log audit' })
          .click();
        await page.waitForURL('**/audit');
        await j.settle('[data-testid="audit-table"] tbody tr.ant-table-row');
      });
      expect(await page.getByTestId('audit-table').textContent()).toContain('proposal.');
      await j.step('verify the chain', async () => {
        await page.getByTestId('verify-chain').click();
        await page.waitForSelector('[data-testid="verify-result"]');
      });
      expect(await page.getByTestId('verify-result').textContent()).toMatch(/Rantai utuh: \d+ entri/);
      await j.check('audit');
    },
  );
});
