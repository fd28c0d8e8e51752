import { createHash } from 'node:crypto';
import type { MendagriApproval } from '../../core/eligibility/index.js';
import { DomainError } from '../../core/errors.js';
import type { Nip } from '../../core/model/nip.js';
import type { Principal } from '../../core/policies/roles.js';
import { boardOutcome } from '../../core/workflow/board-rules.js';
import { formatDecreeNumber } from '../../core/workflow/decree-number.js';
import { anyWindowOn, electionUncoveredNips } from '../../core/workflow/election-guard.js';
import type { AttachedApproval, ProposalItem } from '../../core/workflow/proposal-model.js';
import { petikanOf } from '../../documents/decree/petikan-of.js';
import { renderDecreePdf } from '../../documents/decree/render-decree-pdf.js';
import { renderPetikanPdf } from '../../documents/decree/render-petikan-pdf.js';
import { decisionsForProposal, latestSessionOfProposal } from '../../store/repositories/process-board.js';
import {
  insertDecree,
  insertExcerpt,
  storeDecreePdf,
  takeDecreeSeq,
} from '../../store/repositories/process-decrees.js';
import { listItems } from '../../store/repositories/process-items.js';
import { listApprovals } from '../../store/repositories/process-objections.js';
import { type AppContext, today } from '../app-context.js';
import { loadElectionSettings } from '../matching/election-settings.js';
import { assertJptSelections } from '../selection/jpt-selection-of-moves.js';
import { actorId, applyTransition, type TransitionInput } from './apply-transition.js';
import { buildDecreeDocument } from './decree-documents.js';
import { judgeProposalMoves, type ProposalJudgement, storeJudgement } from './judge-proposal-moves.js';
import { loadProcessSettings } from './process-settings.js';
import { pairsOn } from './process-world.js';
import type { ProposalView } from './proposal-view.js';

export const SK_DOC_TYPE = 'SK_MUTASI';

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

const asApproval = (a: AttachedApproval): MendagriApproval => ({
  letterNo: a.letterNo,
  letterDate: a.letterDate,
  subject: a.subject,
  coveredNips: a.coveredNips as Nip[],
  coveredPositionIds: [],
});

/**
 * Issues the SK of an approved proposal: the moves the board agreed to, a number from the register
 * (DOMAIN.md 10.2), the SK and one petikan per person rendered as PDFs and stored with their SHA-256
 * (which the audit entry carries). Every agreed move is judged again on the TMT (DOMAIN.md 15.6):
 * a penalty imposed or a status changed since verification refuses the SK with
 * WORKFLOW_ELIGIBILITY_BLOCKED naming the NIP and rule, and nothing is written. Inside an
 * election-period window (UU 10/2016 Pasal 71(2), 162(3); DOMAIN.md 9) it is refused with
 * WORKFLOW_ELECTION_WINDOW unless an attached or configured Mendagri approval covers every person in
 * scope, on the SK date and on the TMT.
 */
export async function issueDecree(
  ctx: AppContext,
  principal: Principal,
  input: TransitionInput,
  meta: { ip: string | null },
): Promise<ProposalView> {
  const date = today(ctx);
  // Loaded before the transaction: on SQLite a second connection would wait for it forever.
  const settings = await loadProcessSettings(ctx, principal.instansiId);
  let agreed: ProposalItem[] = [];
  let approvals: AttachedApproval[] = [];
  let judged: ProposalJudgement | null = null;
  return applyTransition(ctx, principal, 'issueSk', input, meta, {
    asOf: date,
    facts: async (proposal) => {
      const [items, decisions] = await Promise.all([
        listItems(ctx.db, [proposal.id]),
        decisionsForProposal(ctx.db, proposal.id),
      ]);
      approvals = await listApprovals(ctx.db, proposal.id);
      const ids = boardOutcome(
        items.map((i) => i.id),
        decisions,
      ).agreed;
      agreed = items.filter((i) => ids.includes(i.id));
      if (agreed.length === 0) {
        throw new DomainError(
          'CONFLICT',
          {
            id: 'Tidak ada kandidat yang disetujui TPK; SK tidak dapat diterbitkan',
            en: 'The board agreed to no move; there is nothing to decree',
          },
          { field: 'items', value: 0, rule: 'NO_AGREED_MOVES' },
        );
      }
      // A move into a JPT post needs a completed selection naming the person (DOMAIN.md 15.3).
      await assertJptSelections(ctx, proposal.instansiId, agreed);
      const [j, election] = await Promise.all([
        judgeProposalMoves(ctx, proposal, agreed),
        loadElectionSettings(ctx, proposal.instansiId),
      ]);
      judged = j;
      if (!anyWindowOn(election.electionWindows, [date, proposal.tmt])) {
        return { blocked: j.blocked, electionUncoveredNips: [] };
      }
      const attached = approvals.map(asApproval);
      const uncovered = new Set<string>();
      for (const on of [date, proposal.tmt]) {
        for (const nip of electionUncoveredNips(pairsOn(j.facts, on), { ...j.context, asOf: on }, attached))
          uncovered.add(nip);
      }
      return { blocked: j.blocked, electionUncoveredNips: [...uncovered] };
    },
    write: async (trx, proposal) => {
      const year = Number(date.slice(0, 4));
      const seq = await takeDecreeSeq(trx, proposal.instansiId, SK_DOC_TYPE, year);
      const number = formatDecreeNumber(settings.numbering, seq, date);
      const decreeId = await insertDecree(trx, {
        instansiId: proposal.instansiId,
        proposalId: proposal.id,
        number,
        year,
        seq,
        decreeDate: date,
        tmt: proposal.tmt,
        place: settings.place,
        signatoryName: settings.skSignatory.name,
        signatoryRole: settings.skSignatory.title,
        issuedByUserId: actorId(principal),
        issuedAt: ctx.now().toISOString(),
      });
      const session = await latestSessionOfProposal(trx, proposal.id);
      const doc = buildDecreeDocument({
        proposal,
        items: agreed,
        number,
        date,
        settings,
        boardMinutes: session,
        approval: approvals[0] ?? null,
      });
      const pdf = await renderDecreePdf(doc);
      const pdfSha256 = sha256(pdf);
      await storeDecreePdf(trx, decreeId, pdfSha256, pdf.toString('base64'));
      const excerpts: { nip: string; sha256: string }[] = [];
      for (const item of agreed) {
        const petikan = await renderPetikanPdf(petikanOf(doc, item.nip, settings.excerptSigner));
        const h = sha256(petikan);
        await insertExcerpt(trx, {
          instansiId: proposal.instansiId,
          decreeId,
          itemId: item.id,
          employeeId: item.employeeId,
          sha256: h,
          pdfBase64: petikan.toString('base64'),
        });
        excerpts.push({ nip: item.nip, sha256: h });
      }
      const checked = judged ? await storeJudgement(trx, proposal, judged) : {};
      return { decreeNumber: number, decreeDate: date, pdfSha256, excerpts, ...checked };
    },
  });
}
