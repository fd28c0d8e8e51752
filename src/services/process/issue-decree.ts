import { createHash } from 'node:crypto';
import type { LocalDate } from '../../core/model/local-date.js';
import type { Principal } from '../../core/policies/roles.js';
import { formatDecreeNumber } from '../../core/workflow/decree-number.js';
import type { DecreeSignatory } from '../../core/workflow/decree-signatory.js';
import { petikanOf } from '../../documents/decree/petikan-of.js';
import { renderDecreePdf } from '../../documents/decree/render-decree-pdf.js';
import { renderPetikanPdf } from '../../documents/decree/render-petikan-pdf.js';
import {
  insertDecree,
  insertExcerpt,
  storeDecreePdf,
  takeDecreeSeq,
} from '../../store/repositories/process-decrees.js';
import { type AppContext, today } from '../app-context.js';
import { assertJptSelections } from '../selection/jpt-selection-of-moves.js';
import { actorId, applyTransition, type TransitionInput } from './apply-transition.js';
import { buildDecreeDocument } from './decree-documents.js';
import { type DecreeWorld, loadDecreeWorld } from './decree-world.js';
import { storeJudgement } from './judge-proposal-moves.js';
import { loadProcessSettings } from './process-settings.js';
import type { ProposalView } from './proposal-view.js';

export const SK_DOC_TYPE = 'SK_MUTASI';

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/**
 * Issues the SK of an approved proposal on `date` (default: today at the instansi): the moves the
 * board agreed to, a number from the register (DOMAIN.md 10.2), the title chosen from the kinds of
 * posts, the SK and one petikan per person rendered as PDFs and stored with their SHA-256 (which the
 * audit entry carries). Every agreed move is judged again on the TMT (DOMAIN.md 15.6): a penalty
 * imposed since verification refuses the SK with WORKFLOW_ELIGIBILITY_BLOCKED naming the NIP and
 * rule. Inside an election-period window (UU 10/2016 Pasal 71(2), 162(3); DOMAIN.md 9) it is refused
 * with WORKFLOW_ELECTION_WINDOW unless a Mendagri approval covers every person in scope on the SK
 * date and on the TMT. Anything else the pre-issue check finds (signatories, dates in order, the
 * board) refuses it with WORKFLOW_DECREE_CHECK_FAILED listing every finding. Nothing is written then.
 */
export async function issueDecree(
  ctx: AppContext,
  principal: Principal,
  input: TransitionInput & { date?: LocalDate | undefined },
  meta: { ip: string | null },
): Promise<ProposalView> {
  const date = input.date ?? today(ctx, principal.instansiId);
  // Loaded before the transaction: on SQLite a second connection would wait for it forever.
  const settings = await loadProcessSettings(ctx, principal.instansiId);
  let world: DecreeWorld | null = null;
  return applyTransition(ctx, principal, 'issueSk', input, meta, {
    asOf: date,
    facts: async (proposal) => {
      world = await loadDecreeWorld(ctx, proposal, date, settings);
      // A move into a JPT post needs a completed selection naming the person (DOMAIN.md 15.3).
      await assertJptSelections(ctx, proposal.instansiId, world.agreed);
      return {
        blocked: world.facts.blocked,
        electionUncoveredNips: world.facts.electionUncoveredNips,
        decreeFindings: world.findings,
      };
    },
    write: async (trx, proposal) => {
      // The guard passed, so the world is loaded and both signatories are set.
      const w = world!;
      const signatory = settings.skSignatory as DecreeSignatory;
      const excerptSigner = settings.excerptSigner as DecreeSignatory;
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
        signatoryName: signatory.name,
        signatoryRole: signatory.title,
        signatoryNip: signatory.nip ?? null,
        issuedByUserId: actorId(principal),
        issuedAt: ctx.now().toISOString(),
      });
      const doc = buildDecreeDocument({
        proposal,
        items: w.agreed,
        number,
        date,
        subject: w.title.subject,
        place: settings.place,
        signatory,
        boardMinutes: w.minutes,
        approval: w.approvals[0] ?? null,
      });
      const pdf = await renderDecreePdf(doc);
      const pdfSha256 = sha256(pdf);
      await storeDecreePdf(trx, decreeId, pdfSha256, pdf.toString('base64'));
      const excerpts: { nip: string; sha256: string }[] = [];
      for (const item of w.agreed) {
        const petikan = await renderPetikanPdf(petikanOf(doc, item.nip, excerptSigner));
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
      const checked = w.judged ? await storeJudgement(trx, proposal, w.judged) : {};
      return {
        decreeNumber: number,
        decreeDate: date,
        subject: w.title.subject,
        pdfSha256,
        excerpts,
        ...checked,
      };
    },
  });
}
