import { DomainError } from '../../core/errors.js';
import type { LocalDate } from '../../core/model/local-date.js';
import type { Principal } from '../../core/policies/roles.js';
import { signingDateProblems } from '../../core/workflow/decree-signing.js';
import type { Decree } from '../../core/workflow/proposal-model.js';
import { insertDecreeSigning } from '../../store/repositories/process-decree-signings.js';
import { getDecreeOfProposal } from '../../store/repositories/process-decrees.js';
import { type AppContext, today } from '../app-context.js';
import { actorId, applyTransition, type TransitionInput } from './apply-transition.js';
import type { ProposalView } from './proposal-view.js';

/**
 * Records that the issued SK was signed (`signSk`): the signatory printed on it, on `signedOn`
 * (default: today at the instansi), recorded by the PPK himself or by BKPSDM on his behalf. The
 * signing day is not before the SK's date, not in the future and not after the TMT (a bad one is a
 * 400 naming `signedOn`); a second record is refused. The state stays SK_ISSUED; announcing needs the
 * signature. The audit entry names the signer, the day and whether it was recorded on his behalf.
 * A digital signature (BSrE) can later take the place of this record; the PDF does not change.
 */
export async function signDecree(
  ctx: AppContext,
  principal: Principal,
  input: TransitionInput & { signedOn?: LocalDate | undefined },
  meta: { ip: string | null },
): Promise<ProposalView> {
  const asOf = today(ctx, principal.instansiId);
  const signedOn = input.signedOn ?? asOf;
  let decree: Decree | null = null;
  return applyTransition(ctx, principal, 'signSk', input, meta, {
    asOf,
    facts: async (proposal) => {
      decree = await getDecreeOfProposal(ctx.db, proposal.instansiId, proposal.id);
      if (!decree) {
        throw new DomainError(
          'NOT_FOUND',
          { id: 'SK belum terbit', en: 'No SK has been issued' },
          { field: 'id', value: proposal.id, rule: 'DECREE_ISSUED' },
        );
      }
      const problems = signingDateProblems({
        signedOn,
        decreeDate: decree.decreeDate,
        tmt: proposal.tmt,
        asOf,
      });
      const first = problems[0];
      if (first) {
        throw new DomainError('VALIDATION_FAILED', first.message, {
          field: 'signedOn',
          value: signedOn,
          rule: first.rule,
          issues: problems.map((p) => ({
            field: p.field,
            value: signedOn,
            code: 'VALIDATION_FAILED' as const,
            rule: p.rule,
            message: p.message,
          })),
        });
      }
      return {};
    },
    write: async (trx, proposal) => {
      const d = decree!;
      const signing = {
        signedOn,
        signerName: d.signatoryName,
        signerTitle: d.signatoryRole,
        signerNip: d.signatoryNip,
        recordedByUserId: actorId(principal),
        recordedByRole: principal.role,
        recordedAt: ctx.now().toISOString(),
      };
      await insertDecreeSigning(trx, { ...signing, instansiId: proposal.instansiId, decreeId: d.id });
      return {
        decreeNumber: d.number,
        signedOn,
        signer: { name: d.signatoryName, title: d.signatoryRole, nip: d.signatoryNip },
        // Note: BKPSDM records the PPK's signature on his behalf; the audit entry says so.
        onBehalfOfPpk: principal.role !== 'PPK',
      };
    },
  });
}
