import type { GolonganCode } from '../../core/model/golongan.js';
import type { LocalDate } from '../../core/model/local-date.js';
import type { DecreeSignatory } from '../../core/workflow/decree-signatory.js';
import type { AttachedApproval, Proposal, ProposalItem } from '../../core/workflow/proposal-model.js';
import { buildDecreeText, SIBOLGA_LETTERHEAD } from '../../documents/decree/build-decree-text.js';
import type { DecreeDocument, DecreeRow } from '../../documents/decree/decree-document.js';

/** One lampiran row per agreed move (DOMAIN.md 10.1): the person, the old and the new post. */
export function decreeRow(item: ProposalItem, tmt: LocalDate): DecreeRow {
  return {
    nip: item.nip,
    name: item.employeeName,
    // A missing golongan (PPPK without one) is caught by the renderer's validation, naming the row.
    golongan: item.golongan as GolonganCode,
    oldPosition: item.fromPositionName ?? '-',
    oldUnit: item.fromUnitName ?? '-',
    newPosition: item.toPositionName,
    newUnit: item.toUnitName,
    tmt,
  };
}

/**
 * The SK of a proposal: the title the check chose from the kinds of posts (`decreeTitleOf`), the
 * default konsiderans citing the board's minutes, one lampiran row per agreed move, the number from
 * the register, the signatory of the process settings, and the Mendagri approval when one is attached.
 */
export function buildDecreeDocument(args: {
  proposal: Proposal;
  items: readonly ProposalItem[];
  number: string;
  date: LocalDate;
  subject: string;
  place: string;
  signatory: DecreeSignatory;
  boardMinutes: { number: string; date: LocalDate } | null;
  approval: AttachedApproval | null;
}): DecreeDocument {
  return {
    letterhead: SIBOLGA_LETTERHEAD,
    number: args.number,
    ...buildDecreeText({
      subject: args.subject,
      ...(args.boardMinutes ? { boardMinutes: args.boardMinutes } : {}),
    }),
    rows: args.items.map((i) => decreeRow(i, args.proposal.tmt)),
    place: args.place,
    date: args.date,
    signatory: args.signatory,
    ...(args.approval
      ? {
          mendagriApproval: {
            letterNumber: args.approval.letterNo,
            letterDate: args.approval.letterDate,
            subject: args.approval.subject,
          },
        }
      : {}),
  };
}
