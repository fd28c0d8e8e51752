import { DomainError, fieldError } from '../../core/errors.js';
import { type LocalDate, parseLocalDate } from '../../core/model/local-date.js';
import { type PlanInput, type PlanScenario, validatePlanInput } from '../../core/solver/plan/index.js';
import { getInstansiById } from '../../store/repositories/instansi.js';
import { type AppContext, today } from '../app-context.js';
import { loadMatchingWorld } from '../matching/matching-world.js';
import { sharedMatchingWorld } from '../matching/shared-matching-world.js';
import { planHoldersOf, planUnitsOf } from './load-plan-parts.js';

/**
 * Everything `buildPlan` needs for a scenario of an instansi on `asOf`, read through the matching
 * world loader (posts, units, people, evaluation snapshots, election settings) on that date; for
 * today, the instansi kept between requests while no data has changed (`sharedMatchingWorld`). The
 * result is plain data: the caller may hand it to a worker thread. The scenario is checked here
 * too, so a bad scenario fails before any background job starts.
 * @example const input = await loadPlanInput(ctx, scenario, '2026-11-28' as LocalDate, instansiId);
 */
export async function loadPlanInput(
  ctx: AppContext,
  scenario: PlanScenario,
  asOf: LocalDate,
  instansiId: number,
): Promise<PlanInput> {
  const date = parseLocalDate(String(asOf), 'asOf');
  if (!date.ok) throw fieldError(date.error);
  if (!(await getInstansiById(ctx.db, instansiId))) {
    throw new DomainError(
      'NOT_FOUND',
      { id: `Instansi ${instansiId} tidak ditemukan`, en: `Instansi ${instansiId} not found` },
      { field: 'instansiId', value: instansiId, rule: 'INSTANSI_EXISTS' },
    );
  }
  // A plan of today reads the instansi kept between requests (loading it is most of a run's
  // wait); another date loads it on that date (the loader reads the date from the clock).
  const onDate: AppContext = { ...ctx, now: () => new Date(`${date.value}T12:00:00Z`) };
  const world =
    date.value === today(ctx, instansiId)
      ? await sharedMatchingWorld(ctx, instansiId)
      : await loadMatchingWorld(onDate, instansiId);
  const input: PlanInput = {
    scenario,
    asOf: date.value,
    eligibility: world.eligibility,
    policy: world.policy,
    posts: world.posts,
    candidates: world.candidates,
    holders: planHoldersOf(world.candidates),
    units: planUnitsOf([...world.unitById.values()]),
  };
  validatePlanInput(input);
  return input;
}
