import type { AnnualPredikat, PerformanceSnapshot, Predikat, TalentBox } from '../../core/matching/index.js';
import type { LocalDate } from '../../core/model/local-date.js';
import { listPeriods } from '../../store/repositories/evaluation-periods.js';
import { latestResultFigures } from '../../store/repositories/matching-performance.js';
import type { AppContext } from '../app-context.js';

/** Closed annual periods read for the predikat history (the rules look back two years at most). */
const ANNUAL_YEARS = 5;

/**
 * The evaluation (issue 4) as matching sees it: the annual predikat of each closed annual period,
 * and the composite performance index and talent box of the latest closed period the person was
 * evaluated in, all on or before `asOf`. People without any result are absent from the map; the
 * caller passes `NO_PERFORMANCE_DATA` for them, so the engine flags "no data" instead of a zero.
 * @example (await loadPerformanceSnapshots(ctx, 1, '2026-11-28')).get(42)?.performanceIndex // 81.5
 */
export async function loadPerformanceSnapshots(
  ctx: AppContext,
  instansiId: number,
  asOf: LocalDate,
  employeeIds?: readonly number[],
): Promise<Map<number, PerformanceSnapshot>> {
  const closed = (await listPeriods(ctx.db, instansiId)).filter(
    (p) => p.status === 'CLOSED' && p.endDate <= asOf,
  );
  const annual = closed.filter((p) => p.kind === 'TAHUNAN').slice(0, ANNUAL_YEARS);
  const latest = closed[0];
  const periods = latest && !annual.includes(latest) ? [latest, ...annual] : annual;
  if (periods.length === 0) return new Map();
  // Note: one lean query for every period (three columns, no per-row revision subquery); this was
  // the slowest part of a candidate list.
  const rows = await latestResultFigures(
    ctx.db,
    instansiId,
    periods.map((p) => p.id),
    employeeIds,
  );
  const periodById = new Map(periods.map((p) => [p.id, p]));
  const predikat = new Map<number, AnnualPredikat[]>();
  const recent = new Map<number, { endDate: string; index: number | null; box: TalentBox | null }>();
  for (const r of rows) {
    const period = periodById.get(r.periodId)!;
    if (period.kind === 'TAHUNAN') {
      const list = predikat.get(r.employeeId) ?? [];
      list.push({ year: period.year, predikat: r.predikat as Predikat });
      predikat.set(r.employeeId, list);
    }
    const seen = recent.get(r.employeeId);
    if (!seen || seen.endDate < period.endDate)
      recent.set(r.employeeId, {
        endDate: period.endDate,
        index: r.performanceIndex,
        box: r.box as TalentBox | null,
      });
  }
  const out = new Map<number, PerformanceSnapshot>();
  for (const [employeeId, r] of recent) {
    out.set(employeeId, {
      annualPredikat: (predikat.get(employeeId) ?? []).sort((a, b) => a.year - b.year),
      performanceIndex: r.index,
      talentBox: r.box,
    });
  }
  return out;
}
