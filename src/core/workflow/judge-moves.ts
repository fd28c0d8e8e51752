import type { EligibilityContext } from '../eligibility/context.js';
import { evaluatePair } from '../eligibility/evaluate-eligibility.js';
import { candidateFacts, pairFacts, postFacts } from '../eligibility/facts/facts.js';
import {
  overrideFor,
  type TenureOverride,
  type TenureOverrideGround,
} from '../eligibility/tenure-override.js';
import type { Candidate, Post } from '../matching/inputs.js';
import { compareDates, type LocalDate } from '../model/local-date.js';
import { ELECTION_RULE_CODES } from './election-guard.js';
import type { MoveType } from './move-types.js';
import type { BlockedMove, StoredEligibility, StoredRuleResult } from './proposal-model.js';

/** One move of a proposal as the rules see it: the person as a candidate and the target post. */
export interface MoveToJudge {
  readonly itemId: number;
  readonly nip: string;
  readonly moveType: MoveType;
  readonly candidate: Candidate;
  readonly post: Post;
}

export interface MoveJudgement {
  /** The result to store on each move, by item id. */
  readonly eligibility: ReadonlyMap<number, StoredEligibility>;
  /** The moves a rule blocks, each with its blocking rules (the election-period rules aside). */
  readonly blocked: readonly BlockedMove[];
  /** The moves that pass the 2-year minimum only through a recorded exception, for the audit entry. */
  readonly overridden: readonly { readonly nip: string; readonly ground: TenureOverrideGround }[];
}

const ELECTION = new Set<string>(ELECTION_RULE_CODES);

/**
 * The person as they will stand on `date`: the golongan is the last rank whose TMT is on or before
 * it (a raise recorded for a later TMT does not count yet, one dated before it does). Everything
 * else the rules read is already dated and measured on the facts' date.
 * @example candidateOn(c, '2026-12-14').employee.golongan // 33 when III/c has TMT 2026-12-01
 */
export function candidateOn(candidate: Candidate, date: LocalDate): Candidate {
  const history = candidate.employee.rankHistory;
  if (history.length === 0) return candidate;
  let held: (typeof history)[number] | null = null;
  for (const r of history) {
    if (compareDates(r.tmt, date) <= 0 && (!held || compareDates(r.tmt, held.tmt) >= 0)) held = r;
  }
  const golongan = held?.golongan ?? null;
  if (golongan === candidate.employee.golongan) return candidate;
  return { ...candidate, employee: { ...candidate.employee, golongan } };
}

/**
 * Judges every move of a proposal on its TMT (DOMAIN.md 15.6): tenure (2-year minimum, 5-year
 * flag) counted to the TMT, retirement (BUP) reached before it, disciplinary cases and penalties
 * running on it and the rank held on it. A move asked for by the PNS is judged as a self-request;
 * a recorded, complete exception lifts the 2-year minimum for its own move only. The election-period
 * rules are reported but left to the SK's own guard (the Mendagri approval is checked there).
 * @example
 *   const j = judgeMovesOnTmt(moves, { base: world.eligibility, tmt: proposal.tmt, checkedOn: today, overrides });
 *   j.blocked; // [{ nip: '1986…', rules: [{ code: 'R-HUKDIS', message }] }]
 */
export function judgeMovesOnTmt(
  moves: readonly MoveToJudge[],
  opts: {
    readonly base: EligibilityContext;
    readonly tmt: LocalDate;
    readonly checkedOn: LocalDate;
    readonly overrides: readonly TenureOverride[];
  },
): MoveJudgement {
  const eligibility = new Map<number, StoredEligibility>();
  const blocked: BlockedMove[] = [];
  const overridden: { nip: string; ground: TenureOverrideGround }[] = [];
  for (const m of moves) {
    const ctx: EligibilityContext = {
      ...opts.base,
      asOf: opts.tmt,
      tenureOverrides: opts.overrides,
      ...(m.moveType === 'ATAS_PERMINTAAN_SENDIRI' ? { mutationKind: 'SELF_REQUEST' as const } : {}),
    };
    const pair = pairFacts(candidateFacts(candidateOn(m.candidate, opts.tmt), opts.tmt), postFacts(m.post));
    const r = evaluatePair(pair, ctx);
    const blocking = r.blocking.filter((b) => !ELECTION.has(b.code));
    eligibility.set(m.itemId, {
      status: blocking.length > 0 ? 'BLOCKED' : r.warnings.length > 0 ? 'ELIGIBLE_WITH_WARNINGS' : 'ELIGIBLE',
      checkedOn: opts.checkedOn,
      results: r.results.map(
        (x): StoredRuleResult => ({
          code: x.code,
          status: x.status,
          message: x.message,
          evidence: x.evidence,
        }),
      ),
    });
    if (blocking.length > 0) {
      blocked.push({ nip: m.nip, rules: blocking.map((b) => ({ code: b.code, message: b.message })) });
    }
    const tenure = r.results.find((x) => x.code === 'R-TENURE-MIN');
    const override = overrideFor(opts.overrides, m.candidate.employee.id, m.post.position.id);
    if (override && tenure?.evidence.overridden === true)
      overridden.push({ nip: m.nip, ground: override.ground });
  }
  return { eligibility, blocked, overridden };
}
