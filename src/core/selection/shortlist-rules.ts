import { isQualified, type Selection, stageOf } from './selection-model.js';
import { accept, completedRefusal, conflict, invalid, type SelectionDecision } from './selection-refusal.js';
import type { SelectionSettings } from './selection-settings.js';

/**
 * Whether the committee may propose these names to the PPK, best first. The committee proposes
 * three names (DOMAIN.md 15.3) [V] once the interview stage is done, each a qualified candidate
 * (passed the administrative selection, not blocked by Pasal 107). Fewer than three only when fewer
 * qualified, then all of them and with a written reason. Returns the ranks, 1 = first choice.
 * @example decideShortlist(interviewed, [a, b, c], null, DEFAULT_SELECTION_SETTINGS) // ok, ranks 1..3
 */
export function decideShortlist(
  selection: Selection,
  ranked: readonly { readonly employeeId: number; readonly nip: string }[],
  reason: string | null,
  settings: SelectionSettings,
): SelectionDecision<ReadonlyMap<number, number>> {
  if (selection.status === 'COMPLETED') return completedRefusal('shortlist');
  if (stageOf(selection, 'INTERVIEW').status !== 'DONE') {
    return conflict(
      'shortlist',
      'SELECTION_STAGE_ORDER',
      'Nama diusulkan kepada PPK setelah tahap wawancara selesai',
      'Names are proposed to the PPK once the interview stage is done',
    );
  }
  const byId = new Map(selection.candidates.map((c) => [c.employeeId, c]));
  const ranks = new Map<number, number>();
  for (const [i, r] of ranked.entries()) {
    const c = byId.get(r.employeeId);
    if (!c) {
      return invalid(
        `shortlist.${i}`,
        'SELECTION_SHORTLIST_NOT_CANDIDATE',
        `NIP ${r.nip} bukan pelamar seleksi ini`,
        `NIP ${r.nip} is not a candidate of this selection`,
        r.nip,
      );
    }
    if (ranks.has(r.employeeId)) {
      return invalid(
        `shortlist.${i}`,
        'SELECTION_SHORTLIST_DUPLICATE',
        `NIP ${r.nip} tercantum dua kali`,
        `NIP ${r.nip} appears twice`,
        r.nip,
      );
    }
    if (!isQualified(c)) {
      return invalid(
        `shortlist.${i}`,
        'SELECTION_SHORTLIST_NOT_QUALIFIED',
        `${c.name} tidak lulus seleksi administrasi atau tidak memenuhi PP 11/2017 Pasal 107`,
        `${c.name} did not pass the administrative selection or does not meet PP 11/2017 Pasal 107`,
        r.nip,
      );
    }
    ranks.set(r.employeeId, i + 1);
  }
  const qualified = selection.candidates.filter(isQualified).length;
  if (qualified === 0) {
    return conflict(
      'shortlist',
      'SELECTION_NO_QUALIFIED_CANDIDATE',
      'Tidak ada pelamar yang memenuhi syarat untuk diusulkan',
      'No candidate qualifies to be proposed',
    );
  }
  const size = settings.shortlistSize;
  const need = Math.min(size, qualified);
  if (ranked.length !== need) {
    return invalid(
      'shortlist',
      'SELECTION_SHORTLIST_SIZE',
      need === size
        ? `Panitia seleksi mengusulkan tepat ${size} nama kepada PPK (diberikan ${ranked.length})`
        : `Hanya ${qualified} pelamar memenuhi syarat: usulkan semuanya (diberikan ${ranked.length})`,
      need === size
        ? `The committee proposes exactly ${size} names to the PPK (given ${ranked.length})`
        : `Only ${qualified} candidates qualify: propose all of them (given ${ranked.length})`,
      ranked.length,
    );
  }
  if (need < size && (reason ?? '').trim().length < 5) {
    return invalid(
      'reason',
      'SELECTION_SHORTLIST_REASON_REQUIRED',
      `Kurang dari ${size} nama diusulkan: alasan wajib ditulis (minimal 5 karakter)`,
      `Fewer than ${size} names proposed: a written reason is required (at least 5 characters)`,
    );
  }
  return accept(ranks);
}
