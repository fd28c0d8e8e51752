import { DomainError } from '../../core/errors.js';
import { isGolonganCode, pangkatGolongan } from '../../core/model/golongan.js';
import { authorize } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import type { Decree } from '../../core/workflow/proposal-model.js';
import type { DecreeRow } from '../../documents/decree/decree-document.js';
import type { ExportColumn, ExportTable } from '../../documents/export/export-table.js';
import { getDecreeOfProposal } from '../../store/repositories/process-decrees.js';
import { listItems } from '../../store/repositories/process-items.js';
import type { AppContext } from '../app-context.js';
import { decreeRow } from '../process/decree-documents.js';
import { loadProposalFor } from '../process/proposal-view.js';

export interface SkLampiranExportFilter {
  readonly proposalId: number;
}

interface LampiranExportRow {
  readonly no: number;
  readonly row: DecreeRow;
}

/** The columns of the SK's lampiran (documents/decree/lampiran-table.ts), name and NIP apart. */
export const SK_LAMPIRAN_EXPORT_COLUMNS: readonly ExportColumn<LampiranExportRow>[] = [
  { header: 'NO.', type: 'number', value: (r) => r.no },
  { header: 'NIP', type: 'text', value: (r) => r.row.nip, width: 21 },
  { header: 'NAMA', type: 'text', value: (r) => r.row.name, width: 30 },
  {
    header: 'PANGKAT, GOL./RUANG',
    type: 'text',
    value: (r) => (isGolonganCode(r.row.golongan) ? pangkatGolongan(r.row.golongan) : null),
    width: 24,
  },
  { header: 'JABATAN LAMA', type: 'text', value: (r) => r.row.oldPosition, width: 30 },
  { header: 'UNIT KERJA LAMA', type: 'text', value: (r) => r.row.oldUnit, width: 30 },
  { header: 'JABATAN BARU', type: 'text', value: (r) => r.row.newPosition, width: 30 },
  { header: 'UNIT KERJA BARU', type: 'text', value: (r) => r.row.newUnit, width: 30 },
  { header: 'TMT', type: 'date', value: (r) => r.row.tmt, width: 12 },
  { header: 'KET.', type: 'text', value: (r) => r.row.note ?? null },
];

/**
 * The issued SK of a proposal, refused before the first byte of a download: data.export, then
 * proposal.read (403), an unknown proposal (404), and a proposal without an issued SK (409).
 */
export async function issuedDecree(
  ctx: AppContext,
  principal: Principal,
  proposalId: number,
): Promise<Decree> {
  authorize(principal, 'data.export', { type: 'instansi', instansiId: principal.instansiId });
  const proposal = await loadProposalFor(ctx, principal, proposalId);
  const decree = await getDecreeOfProposal(ctx.db, proposal.instansiId, proposal.id);
  if (!decree) {
    throw new DomainError(
      'CONFLICT',
      {
        id: `Usulan #${proposalId} belum memiliki SK yang terbit; lampiran belum ada`,
        en: `Proposal #${proposalId} has no issued SK; there is no lampiran yet`,
      },
      { field: 'proposalId', value: proposalId, rule: 'DECREE_ISSUED' },
    );
  }
  return decree;
}

/**
 * The lampiran rows of an issued SK, as the PDF prints them: the moves the SK decreed (its
 * petikan, in issue order), each built by the same `decreeRow` the SK was rendered from.
 */
export function skLampiranExport(
  ctx: AppContext,
  principal: Principal,
  filter: SkLampiranExportFilter,
): ExportTable<LampiranExportRow> {
  async function* rows(): AsyncGenerator<LampiranExportRow> {
    const decree = await issuedDecree(ctx, principal, filter.proposalId);
    const items = new Map((await listItems(ctx.db, [decree.proposalId])).map((i) => [i.id, i]));
    let no = 0;
    for (const excerpt of decree.excerpts) {
      const item = items.get(excerpt.itemId);
      if (item) yield { no: ++no, row: decreeRow(item, decree.tmt) };
    }
  }
  return { sheetName: 'Lampiran SK', columns: SK_LAMPIRAN_EXPORT_COLUMNS, rows: rows() };
}
