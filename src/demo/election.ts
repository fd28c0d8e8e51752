import { DEFAULT_RULE_TABLE } from '../core/eligibility/default-rule-table.js';
import { postInaugurationWindow, preCandidacyWindow } from '../core/eligibility/election-windows.js';
import { settingOf } from '../core/eligibility/rule-table.js';
import type { LocalDate } from '../core/model/local-date.js';
import { type Day, parseDay } from './dates.js';
import type { PositionPlan } from './positions.js';
import type { Random } from './random.js';

/**
 * The Pilkada 2024 windows of Kota Sibolga (DOMAIN.md 9.2), made by the core's own window
 * functions: Pasal 71(2) from 2024-03-22 to the inauguration on 2025-02-20, Pasal 162(3) from then
 * to 2025-08-20. The demo records no Mendagri approval, so its managerial moves all fall outside
 * them: before the ban, or in the new mayor's rotation after it.
 */
const WINDOWS = [
  preCandidacyWindow('2024-09-22' as LocalDate, '2025-02-20' as LocalDate),
  postInaugurationWindow('2025-02-20' as LocalDate),
];

/** The windows as day intervals, overlapping or touching ones merged, both ends inclusive. */
export const BLOCKED_SPANS: readonly (readonly [Day, Day])[] = mergeSpans(
  WINDOWS.map((w) => [parseDay(w.start), parseDay(w.end)] as const),
);

const SCOPE = settingOf(DEFAULT_RULE_TABLE, 'R-PILKADA-71-2').params;

/**
 * Whether entering or leaving the post replaces an official in the rule table's sense: JPT,
 * administrator, pengawas, and JF with a tugas tambahan (Kepala Sekolah, Kepala Puskesmas).
 */
export function inElectionScope(p: PositionPlan): boolean {
  return (
    SCOPE.positionKinds.includes(p.grade.kind) || (SCOPE.includeTugasTambahan && p.tugasTambahan !== null)
  );
}

/** The blocked span holding `d`, or undefined. */
export function blockedSpanOf(d: Day): readonly [Day, Day] | undefined {
  return BLOCKED_SPANS.find(([a, b]) => a <= d && d <= b);
}

/**
 * A day near `d` outside every blocked span and within `[lo, hi]`: shortly before the span (the
 * last appointments before the ban) or shortly after it (the new mayor's first rotation), whichever
 * is nearer; null when neither fits. `d` itself when it is not blocked.
 */
export function outsideWindows(rng: Random, d: Day, lo: Day, hi: Day): Day | null {
  const span = blockedSpanOf(d);
  if (!span) return d;
  const before = span[0] - rng.int(1, 90);
  const after = span[1] + rng.int(1, 120);
  const okBefore = before >= lo && before <= hi && !blockedSpanOf(before);
  const okAfter = after >= lo && after <= hi && !blockedSpanOf(after);
  if (okBefore && okAfter) return d - span[0] <= span[1] - d ? before : after;
  return okBefore ? before : okAfter ? after : null;
}

function mergeSpans(spans: readonly (readonly [Day, Day])[]): (readonly [Day, Day])[] {
  const sorted = [...spans].sort((x, y) => x[0] - y[0]);
  const out: [Day, Day][] = [];
  for (const [a, b] of sorted) {
    const last = out.at(-1);
    if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}
