import type { RuleResult } from '../eligibility/rule.js';
import { DomainError, type LocalizedMessage } from '../errors.js';
import { decimalText } from '../model/number-text.js';
import type { FitResult } from './explain-fit.js';
import { SCORE_COMPONENT_LABELS, type ScoreComponent } from './policy.js';
import { SCORE_SCALE } from './score-aggregate.js';

/** How far one component puts the recommended person ahead (positive) or behind (negative). */
export interface ComponentGap {
  readonly component: ScoreComponent;
  readonly candidate: number;
  readonly recommended: number;
  /** recommended - candidate, in points; the differences add up to the score gap. */
  readonly difference: number;
  readonly candidateNoData: boolean;
  readonly recommendedNoData: boolean;
}

/** The answer to "why was this person not recommended for this post?". */
export type WhyNot =
  | { readonly kind: 'IS_RECOMMENDED'; readonly message: LocalizedMessage }
  | { readonly kind: 'BLOCKED'; readonly blocking: readonly RuleResult[]; readonly message: LocalizedMessage }
  | { readonly kind: 'NO_RECOMMENDATION'; readonly message: LocalizedMessage }
  | {
      /** LOWER_SCORE: the recommended person scored higher. NOT_BY_SCORE: they did not; the plan chose otherwise. */
      readonly kind: 'LOWER_SCORE' | 'NOT_BY_SCORE';
      readonly candidateScore: number;
      readonly recommendedScore: number;
      /** recommendedScore - candidateScore. */
      readonly gap: number;
      /** Largest difference first. */
      readonly components: readonly ComponentGap[];
      readonly message: LocalizedMessage;
    };

/** Two decimals, written the way each language writes them (a decimal comma in Indonesian). */
const fmt = (v: number, lang: 'id' | 'en'): string => decimalText(v, 2, lang);

/**
 * Why `candidate` was not recommended for the post `recommended` was recommended for: the rules that
 * block them, or the score gap split by component. Both results must be for the same post.
 * @example whyNot(fitOfAni, fitOfBudi).kind // 'LOWER_SCORE', gap 7.25, mostly education relevance
 */
export function whyNot(candidate: FitResult, recommended: FitResult | null): WhyNot {
  if (recommended && recommended.positionId !== candidate.positionId) {
    throw new DomainError(
      'VALIDATION_FAILED',
      { id: 'Kedua hasil harus untuk jabatan yang sama', en: 'Both results must be for the same post' },
      { field: 'recommended.positionId', value: recommended.positionId, rule: 'WHY_NOT_SAME_POST' },
    );
  }
  if (recommended && recommended.employeeId === candidate.employeeId) {
    return {
      kind: 'IS_RECOMMENDED',
      message: { id: 'Pegawai ini yang direkomendasikan', en: 'This person is the one recommended' },
    };
  }
  const blocking = candidate.eligibility.blocking;
  if (blocking.length > 0) {
    const codes = blocking.map((b) => b.code).join(', ');
    return {
      kind: 'BLOCKED',
      blocking,
      message: {
        id: `Tidak memenuhi syarat: ${codes}. ${blocking.map((b) => b.message.id).join('; ')}`,
        en: `Not eligible: ${codes}. ${blocking.map((b) => b.message.en).join('; ')}`,
      },
    };
  }
  if (!recommended) {
    return {
      kind: 'NO_RECOMMENDATION',
      message: {
        id: 'Tidak ada yang direkomendasikan untuk jabatan ini; pegawai memenuhi syarat',
        en: 'Nobody was recommended for this post; the person is eligible',
      },
    };
  }
  const components = candidate.components
    .map((c, i): ComponentGap => {
      const r = recommended.components[i]!;
      return {
        component: c.component,
        candidate: c.contribution,
        recommended: r.contribution,
        difference:
          (Math.round(r.contribution * SCORE_SCALE) - Math.round(c.contribution * SCORE_SCALE)) / SCORE_SCALE,
        candidateNoData: c.noData,
        recommendedNoData: r.noData,
      };
    })
    .sort((a, b) => b.difference - a.difference);
  const gap = (recommended.scoreUnits - candidate.scoreUnits) / SCORE_SCALE;
  const top = components.filter((c) => c.difference > 0).slice(0, 3);
  const list = (lang: 'id' | 'en') =>
    top.map((c) => `${SCORE_COMPONENT_LABELS[c.component][lang]} ${fmt(c.difference, lang)}`).join(', ');
  const scores = (lang: 'id' | 'en') =>
    `${fmt(candidate.score, lang)} ${lang === 'id' ? 'dibanding' : 'vs'} ${fmt(recommended.score, lang)}`;
  const message =
    gap > 0
      ? {
          id: `Skor lebih rendah (${scores('id')}, selisih ${fmt(gap, 'id')}); terbesar: ${list('id')}`,
          en: `Lower score (${scores('en')}, gap ${fmt(gap, 'en')}); largest: ${list('en')}`,
        }
      : {
          id: `Skor tidak lebih rendah (${scores('id')}): rencana penempatan memilih susunan lain`,
          en: `Score not lower (${scores('en')}): the placement plan chose another arrangement`,
        };
  return {
    kind: gap > 0 ? 'LOWER_SCORE' : 'NOT_BY_SCORE',
    candidateScore: candidate.score,
    recommendedScore: recommended.score,
    gap,
    components,
    message,
  };
}
