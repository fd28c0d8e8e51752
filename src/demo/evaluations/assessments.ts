import type { CompetencyLevel } from '../../core/model/competency.js';
import type { CompetencyAssessmentDraft } from '../../core/model/drafts.js';
import type { Nip } from '../../core/model/nip.js';
import { addMonthsDay, type Day, dayOf, fmt, parseDay } from '../dates.js';
import type { Random } from '../random.js';
import type { DemoIndex } from './demo-index.js';
import type { Trait } from './ratings.js';

const ASSESSORS = [
  'UPT Penilaian Kompetensi Pegawai BKN',
  'Kantor Regional VI BKN Medan',
  'UPT Penilaian Kompetensi BPSDM Provinsi Sumatera Utara',
];

/**
 * Earlier competency assessments, so that potential exists for every period: going back from each
 * person's first assessment (the personnel demo's, or, for three in four of those it left
 * unassessed, a new one in mid-2023 to 2025) in steps of 28-34 months until the first period's end
 * is covered (assessments are valid three years, DOMAIN.md 7.2). Scores sit around the standard of
 * the post held on the day, higher for people with more potential; the rest stay never assessed.
 */
export function demoAssessments(
  rng: Random,
  index: DemoIndex,
  traits: readonly Trait[],
  firstPeriodEnd: Day,
): { nip: Nip; assessment: CompetencyAssessmentDraft }[] {
  const out: { nip: Nip; assessment: CompetencyAssessmentDraft }[] = [];
  const add = (i: number, on: Day): boolean => {
    const post = index.postOn(i, on);
    if (!post || post.competencyStandard.length === 0 || on < index.serviceStart(i) + 180) return false;
    const bias = traits[i]!.potential * 0.5 - 0.2;
    out.push({
      nip: index.employees[i]!.nip,
      assessment: {
        assessedOn: fmt(on),
        validUntil: fmt(addMonthsDay(on, 36)),
        assessor: rng.pick(ASSESSORS),
        scores: post.competencyStandard.map((s) => ({
          type: s.type,
          code: s.code,
          level: Math.min(5, Math.max(1, Math.round(s.level + bias + rng.normal(0, 0.6)))) as CompetencyLevel,
        })),
      },
    });
    return true;
  };
  index.employees.forEach((e, i) => {
    const existing = e.competencyAssessments.map((a) => parseDay(a.assessedOn));
    let earliest = existing.length ? Math.min(...existing) : null;
    if (earliest === null) {
      if (!rng.chance(0.75)) return;
      const on = rng.int(dayOf(2023, 6, 1), dayOf(2025, 9, 30));
      if (!add(i, on)) return;
      earliest = on;
    }
    while (earliest > firstPeriodEnd) {
      const on: Day = addMonthsDay(earliest, -rng.int(28, 34));
      if (!add(i, on)) break;
      earliest = on;
    }
  });
  return out;
}
