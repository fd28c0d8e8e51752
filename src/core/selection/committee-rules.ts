import type { PositionKind } from '../model/position.js';
import { type CommitteeMember, isJptKind, type SelectionKind } from './selection-model.js';
import { accept, conflict, invalid, type SelectionDecision } from './selection-refusal.js';
import type { SelectionSettings } from './selection-settings.js';

const key = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * A committee has exactly one chair (ketua), no name twice, and at least the setting's number of
 * members for the kind of selection (PP 11/2017 Pasal 108-121; the size is an [U] setting).
 * @example checkCommittee('OPEN', fiveMembersWithChair, DEFAULT_SELECTION_SETTINGS).ok // true
 */
export function checkCommittee(
  kind: SelectionKind,
  committee: readonly CommitteeMember[],
  settings: SelectionSettings,
): SelectionDecision<null> {
  const seen = new Set<string>();
  for (const [i, m] of committee.entries()) {
    if (seen.has(key(m.name))) {
      return invalid(
        `committee.${i}.name`,
        'SELECTION_COMMITTEE_DUPLICATE',
        `${m.name} tercantum dua kali dalam panitia seleksi`,
        `${m.name} is listed twice in the committee`,
        m.name,
      );
    }
    seen.add(key(m.name));
  }
  const chairs = committee.filter((m) => m.role === 'KETUA').length;
  if (chairs !== 1) {
    return invalid(
      'committee',
      'SELECTION_COMMITTEE_CHAIR',
      `Panitia seleksi harus mempunyai tepat satu ketua (ada ${chairs})`,
      `The committee needs exactly one chair (found ${chairs})`,
      chairs,
    );
  }
  const min = settings.minCommitteeByKind[kind];
  if (committee.length < min) {
    return invalid(
      'committee',
      'SELECTION_COMMITTEE_SIZE',
      `Panitia seleksi paling sedikit ${min} orang (ada ${committee.length})`,
      `The committee needs at least ${min} members (found ${committee.length})`,
      committee.length,
    );
  }
  return accept(null);
}

/**
 * Whether a selection may be opened for a post: only JPT posts are filled by selection, with a valid
 * committee, and one selection at a time per post (`openSelectionId`: the one in progress, if any).
 * @example checkNewSelection({ postKind: 'JPT_PRATAMA', kind: 'OPEN', committee, openSelectionId: null }, settings).ok // true
 */
export function checkNewSelection(
  req: {
    readonly postKind: PositionKind;
    readonly kind: SelectionKind;
    readonly committee: readonly CommitteeMember[];
    readonly openSelectionId: number | null;
  },
  settings: SelectionSettings,
): SelectionDecision<null> {
  if (!isJptKind(req.postKind)) {
    return invalid(
      'positionId',
      'SELECTION_JPT_ONLY',
      'Seleksi hanya untuk jabatan pimpinan tinggi (JPT)',
      'Only JPT posts are filled through a selection',
      req.postKind,
    );
  }
  const committee = checkCommittee(req.kind, req.committee, settings);
  if (!committee.ok) return committee;
  if (req.openSelectionId !== null) {
    return conflict(
      'positionId',
      'SELECTION_ALREADY_OPEN',
      `Jabatan ini sudah mempunyai seleksi yang sedang berjalan (#${req.openSelectionId})`,
      `This post already has a selection in progress (#${req.openSelectionId})`,
      req.openSelectionId,
    );
  }
  return accept(null);
}
