import type { JfLevel, PositionGrade } from '../../model/position.js';
import type { MutationKind } from '../moves-and-windows.js';

/** The highest tier {@link careerTier} returns. */
export const MAX_CAREER_TIER = 8;

const JF_TIER: Readonly<Record<JfLevel, number>> = {
  PEMULA: 1,
  TERAMPIL: 2,
  MAHIR: 3,
  AHLI_PERTAMA: 3,
  PENYELIA: 4,
  AHLI_MUDA: 4,
  AHLI_MADYA: 5,
  AHLI_UTAMA: 6,
};

/**
 * A level on one ladder for every kind of post, so that a move can be called a rotation, a
 * promotion or a demotion. Structural levels follow the equivalences of the bureaucratic
 * simplification (PermenPANRB 17/2021; DOMAIN.md 2.4): administrator = JF ahli madya, pengawas =
 * JF ahli muda, eselon V = JF ahli pertama. Skill-category JF levels sit by their rank ranges
 * (DOMAIN.md 2.2: mahir = ahli pertama, penyelia = ahli muda). Placing JF ahli utama beside JPT
 * pratama is [U].
 * @example careerTier({ kind: 'PENGAWAS', eselon: 'IV.a' }) // 4
 */
export function careerTier(grade: PositionGrade): number {
  switch (grade.kind) {
    case 'PELAKSANA':
      return 1;
    case 'JF':
      return JF_TIER[grade.jfLevel];
    case 'PENGAWAS':
      return grade.eselon === 'V.a' ? 3 : 4;
    case 'ADMINISTRATOR':
      return 5;
    case 'JPT_PRATAMA':
      return 6;
    case 'JPT_MADYA':
      return 7;
    case 'JPT_UTAMA':
      return 8;
  }
}

/**
 * The kind of a move between two tiers when nobody said which it is: up is a promotion, down a
 * demotion, level a rotation.
 * @example inferMutationKind(1, 4) // 'PROMOTION'
 */
export function inferMutationKind(fromTier: number, toTier: number): MutationKind {
  if (Number.isNaN(fromTier) || toTier === fromTier) return 'ROTATION';
  return toTier > fromTier ? 'PROMOTION' : 'DEMOTION';
}

/**
 * The kind of a move from the person's current post to a post, when nobody said which it is: as
 * `inferMutationKind`, except that leaving a JF for a pelaksana post is lateral, not a demotion
 * (DOMAIN.md 15.2: a demotion is a disciplinary penalty), so it earns none of a demotion's exemptions.
 * @example moveKindOf({ kind: 'JF', jfCategory: 'KEAHLIAN', jfLevel: 'AHLI_PERTAMA' }, { kind: 'PELAKSANA' }) // 'ROTATION'
 */
export function moveKindOf(from: PositionGrade | null, to: PositionGrade): MutationKind {
  if (from === null) return 'ROTATION';
  if (from.kind === 'JF' && to.kind === 'PELAKSANA') return 'ROTATION';
  return inferMutationKind(careerTier(from), careerTier(to));
}
