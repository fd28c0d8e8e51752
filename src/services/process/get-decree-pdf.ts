import { DomainError } from '../../core/errors.js';
import type { Principal } from '../../core/policies/roles.js';
import { getDecreePdf, getExcerptPdf } from '../../store/repositories/process-decrees.js';
import { getTenureOverrideDocument } from '../../store/repositories/process-overrides.js';
import type { AppContext } from '../app-context.js';
import { loadProposalFor } from './proposal-view.js';

const missing = (what: { id: string; en: string }, value: unknown) =>
  new DomainError('NOT_FOUND', what, { field: 'id', value, rule: 'DECREE_ISSUED' });

/** The SK PDF of a proposal, for whoever may read proposals. */
export async function getDecreePdfOf(
  ctx: AppContext,
  principal: Principal,
  proposalId: number,
): Promise<Buffer> {
  const proposal = await loadProposalFor(ctx, principal, proposalId);
  const pdf = await getDecreePdf(ctx.db, proposal.instansiId, proposal.id);
  if (!pdf) throw missing({ id: 'SK belum terbit', en: 'No SK has been issued' }, proposalId);
  return Buffer.from(pdf, 'base64');
}

/** The petikan of one move of a proposal. */
export async function getExcerptPdfOf(
  ctx: AppContext,
  principal: Principal,
  proposalId: number,
  itemId: number,
): Promise<Buffer> {
  const proposal = await loadProposalFor(ctx, principal, proposalId);
  const pdf = await getExcerptPdf(ctx.db, proposal.instansiId, proposal.id, itemId);
  if (!pdf) throw missing({ id: 'Petikan tidak ditemukan', en: 'No petikan for this move' }, itemId);
  return Buffer.from(pdf, 'base64');
}

/** The document attached to the tenure exception of one move, with its name, for whoever reads proposals. */
export async function getOverrideDocumentOf(
  ctx: AppContext,
  principal: Principal,
  proposalId: number,
  itemId: number,
): Promise<{ name: string; pdf: Buffer }> {
  const proposal = await loadProposalFor(ctx, principal, proposalId);
  const doc = await getTenureOverrideDocument(ctx.db, proposal.instansiId, proposal.id, itemId);
  if (!doc) {
    throw new DomainError(
      'NOT_FOUND',
      { id: 'Mutasi ini tidak memiliki pengecualian masa jabatan', en: 'This move has no tenure exception' },
      { field: 'itemId', value: itemId, rule: 'OVERRIDE_EXISTS' },
    );
  }
  return { name: doc.name, pdf: Buffer.from(doc.pdfBase64, 'base64') };
}
