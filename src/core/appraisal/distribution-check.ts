import type { LocalizedMessage } from '../errors.js';
import { decimalText } from '../model/number-text.js';
import {
  type AppraisalPolicy,
  type DistributionRule,
  ORGANISATION_GRADE_LABELS,
  type OrganisationGrade,
} from './policy.js';
import { PREDIKAT_LABELS, type Predikat } from './ratings.js';

export interface DistributionWarning {
  readonly grade: OrganisationGrade;
  readonly rule: DistributionRule;
  /** `MAX_SHARE`, `MIN_SHARE` or `MIN_COUNT`. */
  readonly kind: 'MAX_SHARE' | 'MIN_SHARE' | 'MIN_COUNT';
  readonly count: number;
  readonly total: number;
  readonly share: number;
  readonly message: LocalizedMessage;
}

/** A share as a percentage with one decimal, written the way each language writes it ("12,5%"). */
const pct = (x: number, lng: 'id' | 'en'): string => `${decimalText(x * 100, 1, lng)}%`;

/**
 * Checks an OPD's predikat counts against the distribution curve for its organisation grade
 * (DOMAIN.md 5.3 [S]: e.g. an organisation rated "Baik" has at most 70% "Baik" and at least one
 * "Butuh Perbaikan" or "Kurang"). Returns warnings, never a refusal: calibration is a human decision.
 * @example checkDistribution('BAIK', { BAIK: 9, SANGAT_BAIK: 1 }, policy) // two warnings
 */
export function checkDistribution(
  grade: OrganisationGrade,
  counts: Readonly<Partial<Record<Predikat, number>>>,
  policy: AppraisalPolicy,
): DistributionWarning[] {
  const total = Object.values(counts).reduce((s, n) => s + (n ?? 0), 0);
  if (total === 0) return [];
  const warnings: DistributionWarning[] = [];
  for (const rule of policy.distribution[grade]) {
    const count = rule.predikats.reduce((s, p) => s + (counts[p] ?? 0), 0);
    const share = count / total;
    const names = rule.predikats.map((p) => PREDIKAT_LABELS[p]);
    const id = names.map((n) => n.id).join(' / ');
    const en = names.map((n) => n.en).join(' / ');
    const base = { grade, rule, count, total, share: Math.round(share * 10000) / 10000 };
    // The organisation's grade by its name ("Butuh Perbaikan"), never its code.
    const gradeName = ORGANISATION_GRADE_LABELS[grade];
    if (rule.maxShare !== undefined && share > rule.maxShare) {
      warnings.push({
        ...base,
        kind: 'MAX_SHARE',
        message: {
          id: `Predikat ${id} ${pct(share, 'id')} (${count} dari ${total}) melebihi batas ${pct(rule.maxShare, 'id')} untuk organisasi berpredikat ${gradeName.id}`,
          en: `${en} at ${pct(share, 'en')} (${count} of ${total}) exceeds the ${pct(rule.maxShare, 'en')} limit for an organisation graded ${gradeName.en}`,
        },
      });
    }
    if (rule.minShare !== undefined && share < rule.minShare) {
      warnings.push({
        ...base,
        kind: 'MIN_SHARE',
        message: {
          id: `Predikat ${id} hanya ${pct(share, 'id')} (${count} dari ${total}); minimal ${pct(rule.minShare, 'id')} untuk organisasi berpredikat ${gradeName.id}`,
          en: `${en} only at ${pct(share, 'en')} (${count} of ${total}); at least ${pct(rule.minShare, 'en')} expected for an organisation graded ${gradeName.en}`,
        },
      });
    }
    if (rule.minCount !== undefined && count < rule.minCount) {
      warnings.push({
        ...base,
        kind: 'MIN_COUNT',
        message: {
          id: `Tidak ada pegawai berpredikat ${id}; organisasi berpredikat ${gradeName.id} diharapkan memiliki minimal ${rule.minCount}`,
          en: `Nobody rated ${en}; an organisation graded ${gradeName.en} is expected to have at least ${rule.minCount}`,
        },
      });
    }
  }
  return warnings;
}
