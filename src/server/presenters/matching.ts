import type {
  CandidateItemDto,
  ComponentDto,
  EmployeeMatchesDto,
  MatchExplanationDto,
  MatchItemDto,
  PositionCandidatesDto,
  RuleResultDto,
} from '../../contract/matching.js';
import type { RuleResult } from '../../core/eligibility/index.js';
import { type ComponentResult, type FitResult, SCORE_COMPONENT_LABELS } from '../../core/matching/index.js';
import { golonganLabel } from '../../core/model/golongan.js';
import type { MatchExplanation } from '../../services/matching/explain-match.js';
import type { EmployeeMatches, MatchedPost } from '../../services/matching/list-employee-matches.js';
import type { PositionCandidates } from '../../services/matching/list-position-candidates.js';

const round = (v: number) => Math.round(v * 10_000) / 10_000;

export function presentRuleResult(r: RuleResult): RuleResultDto {
  return {
    code: r.code,
    status: r.status,
    title: r.title,
    message: r.message,
    citation: {
      regulation: r.citation.regulation,
      article: r.citation.article,
      tag: r.citation.tag,
      note: r.citation.note ?? null,
    },
    noData: r.noData,
    evidence: { ...r.evidence },
    remedy: r.status === 'BLOCK' ? r.remedy : null,
  };
}

export function presentComponent(c: ComponentResult): ComponentDto {
  return {
    component: c.component,
    label: SCORE_COMPONENT_LABELS[c.component],
    value: round(c.value),
    weight: c.weight,
    share: round(c.share),
    contribution: c.contribution,
    noData: c.noData,
    reason: c.reason,
  };
}

function positionPart(m: Pick<MatchedPost, 'post' | 'unitName'>) {
  const p = m.post.position;
  return {
    positionId: p.id,
    positionCode: p.code,
    positionName: p.name,
    kind: p.grade.kind,
    family: p.family,
    unitId: p.unitId,
    unitName: m.unitName,
  };
}

function fitPart(fit: FitResult) {
  return {
    score: fit.score,
    status: fit.eligibility.status,
    isStay: fit.isStay,
    noData: [...fit.noData],
  };
}

export function presentMatchItem(m: MatchedPost): MatchItemDto {
  return {
    ...positionPart(m),
    ...fitPart(m.fit),
    components: m.fit.components.map(presentComponent),
    blocking: m.fit.eligibility.blocking.map(presentRuleResult),
    warnings: m.fit.eligibility.warnings.map(presentRuleResult),
  };
}

const versionsOf = (fit: FitResult | undefined, asOf: string, ruleTableVersion: string) => ({
  asOf,
  policyVersion: fit?.policyVersion ?? '',
  ruleTableVersion,
});

export function presentEmployeeMatches(r: EmployeeMatches): EmployeeMatchesDto {
  const any = r.current?.fit ?? r.matches[0]?.fit ?? r.blocked?.[0]?.fit;
  return {
    nip: r.employee.nip,
    name: r.employee.name,
    ...versionsOf(any, r.asOf, r.ruleTableVersion),
    current: r.current ? presentMatchItem(r.current) : null,
    matches: r.matches.map(presentMatchItem),
    eligibleCount: r.eligibleCount,
    blocked: r.blocked ? r.blocked.map(presentMatchItem) : null,
    blockedCount: r.blockedCount,
    actions: r.actions,
  };
}

export function presentPositionCandidates(r: PositionCandidates): PositionCandidatesDto {
  return {
    positionId: r.post.position.id,
    positionName: r.post.position.name,
    unitName: r.unitName,
    ...versionsOf(r.candidates[0]?.fit, r.asOf, r.ruleTableVersion),
    candidates: r.candidates.map(
      (c): CandidateItemDto => ({
        rank: c.rank,
        nip: c.employee.nip,
        name: c.employee.name,
        golongan: c.employee.golongan ? golonganLabel(c.employee.golongan) : null,
        currentPositionName: c.employee.currentPositionName,
        currentUnitName: c.employee.currentUnitName,
        ...fitPart(c.fit),
        warnings: c.fit.eligibility.warnings.map((w) => w.code),
        components: c.fit.components.map(presentComponent),
        warningRules: c.fit.eligibility.warnings.map(presentRuleResult),
      }),
    ),
    eligibleCount: r.eligibleCount,
    blockedCount: r.blockedCount,
    hiddenCount: r.hiddenCount,
    actions: r.actions,
  };
}

export function presentMatchExplanation(r: MatchExplanation): MatchExplanationDto {
  const w = r.whyNot;
  const gapPart =
    w.kind === 'LOWER_SCORE' || w.kind === 'NOT_BY_SCORE'
      ? {
          candidateScore: w.candidateScore,
          recommendedScore: w.recommendedScore,
          gap: w.gap,
          components: w.components.map((c) => ({ ...c, label: SCORE_COMPONENT_LABELS[c.component] })),
        }
      : { candidateScore: null, recommendedScore: null, gap: null, components: [] };
  return {
    nip: r.employee.nip,
    name: r.employee.name,
    asOf: r.fit.asOf,
    policyVersion: r.fit.policyVersion,
    ruleTableVersion: r.ruleTableVersion,
    relevanceVersion: r.fit.relevanceVersion,
    position: positionPart(r),
    score: r.fit.score,
    isStay: r.fit.isStay,
    components: r.fit.components.map(presentComponent),
    noData: [...r.fit.noData],
    eligibility: {
      status: r.fit.eligibility.status,
      results: r.fit.eligibility.results.map(presentRuleResult),
    },
    rank: r.rank,
    eligibleCount: r.eligibleCount,
    whyNot: {
      kind: w.kind,
      message: w.message,
      blocking: w.kind === 'BLOCKED' ? w.blocking.map(presentRuleResult) : [],
      ...gapPart,
      recommended: r.best?.employee ? { nip: r.best.employee.nip, name: r.best.employee.name } : null,
    },
    actions: r.actions,
  };
}
