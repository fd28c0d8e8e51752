import { compareDates, type LocalDate } from '../model/local-date.js';
import {
  type Pasal107Check,
  type Selection,
  type SelectionStage,
  type SelectionStatus,
  shortlistOf,
  stageOf,
} from './selection-model.js';
import { accept, completedRefusal, conflict, invalid, type SelectionDecision } from './selection-refusal.js';

export interface ResultInput {
  readonly employeeId: number;
  readonly nip: string;
  readonly decidedOn: LocalDate;
  readonly decreeNumber: string;
}

/**
 * Whether the PPK's choice may be recorded, and the stages and status it leaves. The chosen person
 * is on the committee's shortlist and meets PP 11/2017 Pasal 107 on the day of the decision
 * (`check`: the Pasal 107 check for that person, post and day; null = not loaded yet, so the cheap
 * rules can refuse before the person's record is loaded). The decision is not in the future nor
 * before the interview.
 * @example decideResult(shortlisted, { employeeId: 7, nip, decidedOn, decreeNumber }, meets, asOf).ok // true
 */
export function decideResult(
  selection: Selection,
  input: ResultInput,
  check: Pasal107Check | null,
  asOf: LocalDate,
): SelectionDecision<{ stages: SelectionStage[]; status: SelectionStatus }> {
  if (selection.status === 'COMPLETED') return completedRefusal('nip');
  const shortlist = shortlistOf(selection);
  if (shortlist.length === 0) {
    return conflict(
      'nip',
      'SELECTION_SHORTLIST_MISSING',
      'Panitia seleksi belum mengusulkan nama kepada PPK',
      'The committee has not proposed names to the PPK yet',
    );
  }
  const chosen = shortlist.find((c) => c.employeeId === input.employeeId);
  if (!chosen) {
    return invalid(
      'nip',
      'SELECTION_RESULT_NOT_SHORTLISTED',
      `NIP ${input.nip} tidak termasuk nama yang diusulkan panitia seleksi`,
      `NIP ${input.nip} is not on the committee's shortlist`,
      input.nip,
    );
  }
  if (compareDates(input.decidedOn, asOf) > 0) {
    return invalid(
      'decidedOn',
      'SELECTION_DATE_FUTURE',
      `Tanggal keputusan ${input.decidedOn} belum tiba`,
      `The decision date ${input.decidedOn} is in the future`,
      input.decidedOn,
    );
  }
  const interview = stageOf(selection, 'INTERVIEW').date;
  if (interview && compareDates(input.decidedOn, interview) < 0) {
    return invalid(
      'decidedOn',
      'SELECTION_STAGE_DATE_ORDER',
      `Tanggal keputusan ${input.decidedOn} mendahului wawancara (${interview})`,
      `The decision date ${input.decidedOn} precedes the interview (${interview})`,
      input.decidedOn,
    );
  }
  if (check?.status === 'BLOCKED') {
    const blocking = check.results.filter((r) => r.status === 'BLOCK');
    return {
      ok: false,
      refusal: {
        code: 'SELECTION_CHOICE_INELIGIBLE',
        field: 'nip',
        rule: 'PP11_PASAL_107',
        value: input.nip,
        message: {
          id: `${chosen.name} tidak memenuhi PP 11/2017 Pasal 107 pada ${check.checkedOn}: ${blocking.map((r) => `${r.code} (${r.message.id})`).join('; ')}`,
          en: `${chosen.name} does not meet PP 11/2017 Pasal 107 on ${check.checkedOn}: ${blocking.map((r) => `${r.code} (${r.message.en})`).join('; ')}`,
        },
      },
    };
  }
  return accept({
    stages: selection.stages.map((s) =>
      s.stage === 'RESULT' ? { stage: s.stage, status: 'DONE' as const, date: input.decidedOn } : s,
    ),
    status: 'COMPLETED',
  });
}
