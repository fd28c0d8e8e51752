import { type AdministrativeOutcome, type Selection, stageOf } from './selection-model.js';
import { accept, completedRefusal, conflict, invalid, type SelectionDecision } from './selection-refusal.js';

export interface CandidateInput {
  readonly employeeId: number;
  readonly nip: string;
  readonly administrative: AdministrativeOutcome;
}

/**
 * Whether the list of candidates (pelamar) may be replaced: registration opens with the
 * announcement and closes when the administrative selection is done; outcomes other than PENDING
 * are given once that selection has started; nobody is registered twice.
 * @example decideCandidates(announced, [{ employeeId: 7, nip, administrative: 'PENDING' }]).ok // true
 */
export function decideCandidates(
  selection: Selection,
  candidates: readonly CandidateInput[],
): SelectionDecision<null> {
  if (selection.status === 'COMPLETED') return completedRefusal('candidates');
  if (stageOf(selection, 'ANNOUNCEMENT').status === 'PENDING') {
    return conflict(
      'candidates',
      'SELECTION_STAGE_ORDER',
      'Pendaftaran pelamar dibuka setelah seleksi diumumkan',
      'Candidates register once the selection is announced',
    );
  }
  if (stageOf(selection, 'ADMINISTRATIVE').status === 'DONE') {
    return conflict(
      'candidates',
      'SELECTION_CANDIDATES_CLOSED',
      'Seleksi administrasi sudah selesai; daftar pelamar tidak dapat diubah lagi',
      'The administrative selection is done; the candidates can no longer change',
    );
  }
  const adminStarted = stageOf(selection, 'ADMINISTRATIVE').status !== 'PENDING';
  const seen = new Set<number>();
  for (const [i, c] of candidates.entries()) {
    if (seen.has(c.employeeId)) {
      return invalid(
        `candidates.${i}.nip`,
        'SELECTION_CANDIDATE_DUPLICATE',
        `NIP ${c.nip} tercantum dua kali`,
        `NIP ${c.nip} appears twice`,
        c.nip,
      );
    }
    seen.add(c.employeeId);
    if (c.administrative !== 'PENDING' && !adminStarted) {
      return conflict(
        `candidates.${i}.administrative`,
        'SELECTION_STAGE_ORDER',
        'Hasil seleksi administrasi diisi setelah tahap seleksi administrasi dimulai',
        'Administrative outcomes are given once the administrative selection has started',
        c.administrative,
      );
    }
  }
  return accept(null);
}
