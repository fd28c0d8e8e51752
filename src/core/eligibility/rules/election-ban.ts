import { compareDates } from '../../model/local-date.js';
import type { PositionKind } from '../../model/position.js';
import type { EligibilityContext } from '../context.js';
import type { PairFacts, PostFacts } from '../facts/facts.js';
import type { ElectionWindow, MendagriApproval } from '../moves-and-windows.js';
import { FAIL, msg, PASS, type RuleExplanation, type Verdict } from '../rule.js';
import type { ElectionScopeParams } from '../rule-params.js';

/**
 * The windows of one type that contain the date of the move (both ends inclusive).
 * @example activeWindows({ ...ctx, asOf: '2024-03-22' }, 'PRA_PENETAPAN_PASLON') // [the Pilkada 2024 window]
 */
export function activeWindows(ctx: EligibilityContext, type: ElectionWindow['type']): ElectionWindow[] {
  return ctx.electionWindows.filter(
    (w) => w.type === type && compareDates(w.start, ctx.asOf) <= 0 && compareDates(ctx.asOf, w.end) <= 0,
  );
}

const kindsOf = (w: ElectionWindow, params: ElectionScopeParams): readonly PositionKind[] =>
  w.appliesToPositionKinds ?? params.positionKinds;

/**
 * Whether the move replaces an official in scope: the target post is in scope, or the person leaves
 * a post in scope (moving them out replaces them too).
 */
function inScope(pair: PairFacts, kinds: readonly PositionKind[], params: ElectionScopeParams): boolean {
  const target = pair.p.post.position;
  const cur = pair.c.current;
  return (
    kinds.includes(pair.p.kind) ||
    (params.includeTugasTambahan && target.tugasTambahan !== null) ||
    (cur !== null &&
      (kinds.includes(cur.grade.kind) || (params.includeTugasTambahan && cur.tugasTambahan !== null)))
  );
}

/**
 * The first approval dated on or before the move that names the person or the post (UU 10/2016
 * Pasal 71(2), 162(3): the Minister's written approval).
 * @example coveringApproval(pair, ctx)?.letterNo // '100.2.2.6/1234/OTDA'
 */
export function coveringApproval(pair: PairFacts, ctx: EligibilityContext): MendagriApproval | null {
  const nip = pair.c.candidate.employee.nip;
  return (
    ctx.mendagriApprovals.find(
      (a) =>
        compareDates(a.letterDate, ctx.asOf) <= 0 &&
        (a.coveredNips.includes(nip) || a.coveredPositionIds.includes(pair.p.positionId)),
    ) ?? null
  );
}

/**
 * The part of the post the ban reads: scope per active window, tugas tambahan, and approvals naming it.
 * @example electionSignature(postFacts(kasiPost), ctx, 'PRA_PENETAPAN_PASLON', params) // '1|0|'
 */
export function electionSignature(
  p: PostFacts,
  ctx: EligibilityContext,
  type: ElectionWindow['type'],
  params: ElectionScopeParams,
): string {
  const windows = activeWindows(ctx, type);
  if (windows.length === 0) return '';
  const scope = windows.map((w) => (kindsOf(w, params).includes(p.kind) ? 1 : 0)).join('');
  const named = ctx.mendagriApprovals.some((a) => a.coveredPositionIds.includes(p.positionId));
  return `${scope}|${p.post.position.tugasTambahan !== null ? 1 : 0}|${named ? p.positionId : ''}`;
}

/** The window that bans this move, or null. */
function banningWindow(
  pair: PairFacts,
  ctx: EligibilityContext,
  type: ElectionWindow['type'],
  params: ElectionScopeParams,
): ElectionWindow | null {
  if (pair.isStay) return null;
  return activeWindows(ctx, type).find((w) => inScope(pair, kindsOf(w, params), params)) ?? null;
}

/**
 * The verdict of an election-period rule: FAIL inside an active window of `type`, for a move into or
 * out of a post in scope, unless an approval covers it.
 * @example electionCheck(pairIntoKasi, ctxInWindow, 'PRA_PENETAPAN_PASLON', params) // FAIL
 */
export function electionCheck(
  pair: PairFacts,
  ctx: EligibilityContext,
  type: ElectionWindow['type'],
  params: ElectionScopeParams,
): Verdict {
  return banningWindow(pair, ctx, type, params) && !coveringApproval(pair, ctx) ? FAIL : PASS;
}

/**
 * Words an election-period verdict: the window and its basis, the approval letter that lifts it, or
 * what to record.
 * @example electionExplain(pair, ctx, 'PASCA_PELANTIKAN', params, FAIL).remedy?.en // 'Record the Minister's ...'
 */
export function electionExplain(
  pair: PairFacts,
  ctx: EligibilityContext,
  type: ElectionWindow['type'],
  params: ElectionScopeParams,
  verdict: Verdict,
): RuleExplanation {
  const w = banningWindow(pair, ctx, type, params);
  const a = coveringApproval(pair, ctx);
  const evidence = {
    window: w ? `${w.start}..${w.end}` : null,
    approvalLetterNo: a?.letterNo ?? null,
    approvalLetterDate: a?.letterDate ?? null,
  };
  if (!w) {
    return {
      message: msg('Di luar masa larangan penggantian pejabat', 'Outside the ban on replacing officials'),
      evidence,
    };
  }
  if (verdict !== FAIL && a) {
    return {
      message: msg(
        `Dalam masa larangan (${w.start} s.d. ${w.end}); persetujuan tertulis Mendagri No. ${a.letterNo} tanggal ${a.letterDate} mencakup mutasi ini`,
        `Inside the ban (${w.start} to ${w.end}); Mendagri written approval No. ${a.letterNo} of ${a.letterDate} covers this move`,
      ),
      evidence,
    };
  }
  return {
    message: msg(
      `Dalam masa larangan penggantian pejabat (${w.legalBasis}: ${w.start} s.d. ${w.end}) tanpa persetujuan tertulis Mendagri`,
      `Inside the ban on replacing officials (${w.legalBasis}: ${w.start} to ${w.end}) without the Minister of Home Affairs' written approval`,
    ),
    evidence,
    remedy: msg(
      'Catat persetujuan tertulis Mendagri (nomor, tanggal, NIP atau jabatan yang dicakup)',
      "Record the Minister's written approval (number, date, NIPs or posts covered)",
    ),
  };
}
