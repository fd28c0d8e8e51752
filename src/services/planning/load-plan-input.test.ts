import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { FIXED_NOW } from '../../../test/support/test-app.js';
import { DomainError } from '../../core/errors.js';
import { DEFAULT_MATCHING_POLICY } from '../../core/matching/policy.js';
import type { LocalDate } from '../../core/model/local-date.js';
import { DEFAULT_PLAN_OBJECTIVES, type PlanScenario } from '../../core/solver/plan/index.js';
import { appendAudit } from '../../store/repositories/audit.js';
import { type AppContext, PENATA_VERSION } from '../app-context.js';
import { seedDemoInto } from '../database/seed-demo.js';
import { computePlan } from './compute-plan.js';
import { loadPlanInput } from './load-plan-input.js';

const AS_OF = '2026-11-28' as LocalDate;

const scenario = (over: Partial<PlanScenario> = {}): PlanScenario => ({
  name: 'Rotasi 2026',
  scope: { mode: 'WHOLE_CITY' },
  policyVersion: DEFAULT_MATCHING_POLICY.version,
  objectives: { ...DEFAULT_PLAN_OBJECTIVES, maxMoves: 40 },
  ...over,
});

async function rejection(p: Promise<unknown>): Promise<DomainError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a DomainError');
}

describeEachDialect('planning: load a plan input and compute a plan on the demo', (database) => {
  let ctx: AppContext;
  let instansiId: number;
  // Seeding the demo takes seconds (longer on a busy machine): once per dialect.
  beforeAll(async () => {
    const { db, dialect } = database();
    ctx = { db, dialect, now: () => FIXED_NOW, version: PENATA_VERSION, close: async () => {} };
    await seedDemoInto(ctx, { employees: 300, seed: 7 });
    instansiId = (await db.selectFrom('instansi').select('id').executeTakeFirstOrThrow()).id;
  }, 300_000);

  it('refuses an unknown instansi, a bad date, an unknown NIP and an unknown policy version', async () => {
    const none = await rejection(loadPlanInput(ctx, scenario(), AS_OF, 99_999));
    expect([none.code, none.details.field]).toEqual(['NOT_FOUND', 'instansiId']);
    const date = await rejection(loadPlanInput(ctx, scenario(), '2026-02-30' as LocalDate, instansiId));
    expect([date.code, date.details.field]).toEqual(['DATE_INVALID', 'asOf']);
    const nip = await rejection(
      loadPlanInput(ctx, scenario({ scope: { mode: 'VACANCIES', nips: ['000'] } }), AS_OF, instansiId),
    );
    expect([nip.code, nip.details.field]).toEqual(['NOT_FOUND', 'scenario.scope.nips']);
    const policy = await rejection(loadPlanInput(ctx, scenario({ policyVersion: 'x' }), AS_OF, instansiId));
    expect([policy.code, policy.details.rule]).toEqual(['VALIDATION_FAILED', 'PLAN_POLICY_VERSION']);
  });

  it('loads plain data on the given date: people, posts with seats, holders and units with parents', async () => {
    const input = await loadPlanInput(ctx, scenario(), '2026-06-30' as LocalDate, instansiId);
    expect(input.asOf).toBe('2026-06-30');
    expect(input.eligibility.asOf).toBe('2026-06-30');
    expect(input.candidates.length).toBe(300);
    expect(input.holders.length).toBe(
      input.candidates.filter((c) => c.employee.currentPositionId !== null).length,
    );
    expect(input.holders.length).toBeGreaterThan(250);
    expect(input.posts.every((p) => p.position.seats >= 1)).toBe(true);
    expect(input.units.some((u) => u.parentId !== null)).toBe(true);
    expect(input.candidates.some((c) => c.performance.talentBox !== null)).toBe(true);
    expect(structuredClone(input)).toEqual(input);
  });

  it("reuses today's loaded instansi across runs and sign-ins, and reloads after a data write", async () => {
    const entry = (action: string) => ({
      instansiId,
      actorUserId: null,
      actorIp: null,
      action,
      entityType: 'employee',
      entityId: 1,
      before: null,
      after: null,
      occurredAt: FIXED_NOW,
    });
    const audit = (action: string) => ctx.db.transaction().execute((trx) => appendAudit(trx, entry(action)));
    const first = await loadPlanInput(ctx, scenario(), AS_OF, instansiId);
    await audit('plan.run');
    await audit('auth.sign_in');
    const again = await loadPlanInput(ctx, scenario(), AS_OF, instansiId);
    expect(again.candidates).toBe(first.candidates);
    // Another date is loaded on that date, not taken from today's instansi.
    const other = await loadPlanInput(ctx, scenario(), '2026-06-30' as LocalDate, instansiId);
    expect(other.candidates).not.toBe(first.candidates);
    // A write (with its audit entry, as every write service makes) shows in the next run's input.
    const someone = first.candidates[0]!.employee;
    await ctx.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('employees')
        .set({ name: 'Nama Sesudah Perubahan' })
        .where('id', '=', someone.id)
        .execute();
      await appendAudit(trx, entry('employee.update'));
    });
    const after = await loadPlanInput(ctx, scenario(), AS_OF, instansiId);
    expect(after.candidates).not.toBe(first.candidates);
    expect(after.candidates.find((c) => c.employee.id === someone.id)?.employee.name).toBe(
      'Nama Sesudah Perubahan',
    );
  });

  it('computes a whole-city plan within its move limit, every solve certified', async () => {
    const out = await computePlan(ctx, scenario(), AS_OF, instansiId);
    if (out.status !== 'OPTIMAL') throw new Error(out.status);
    expect(out.certified).toBe(true);
    // Proven optimal within the limit, or within a stated gap of that optimum; never claimed without proof.
    expect(['PROVEN_OPTIMAL', 'BOUNDED']).toContain(out.optimality!.status);
    expect(out.provenOptimal).toBe(out.optimality!.status === 'PROVEN_OPTIMAL');
    expect(out.totals.moves).toBeLessThanOrEqual(40);
    expect(out.totals.moves).toBeGreaterThan(0);
    expect(out.solves.every((s) => s.certificate.holds)).toBe(true);
    // Each certificate covers every allowed pair, not only the restricted set the solver saw.
    expect(out.pricing?.coversAllPairs).toBe(true);
    expect(out.solves.every((s) => s.pairsChecked === out.pricing!.eligibleSeatPairs)).toBe(true);
    expect(out.totals.rows).toBeGreaterThan(250);
    expect(JSON.parse(JSON.stringify(out))).toEqual(out);
  });

  it('computes a vacancy round for named people and reports progress', async () => {
    const vacantPositions = await ctx.db
      .selectFrom('positions')
      .select(['id', 'seats', 'kind'])
      .where('instansi_id', '=', instansiId)
      .execute();
    const jpt = new Set(vacantPositions.filter((p) => p.kind.startsWith('JPT_')).map((p) => p.id));
    const held = await ctx.db
      .selectFrom('employees')
      .select(['nip', 'current_position_id'])
      .where('instansi_id', '=', instansiId)
      .execute();
    const count = new Map<number, number>();
    for (const e of held)
      if (e.current_position_id !== null)
        count.set(e.current_position_id, (count.get(e.current_position_id) ?? 0) + 1);
    const vacant = vacantPositions.filter((p) => (count.get(p.id) ?? 0) < p.seats).map((p) => p.id);
    const nips = held.filter((_, i) => i % 5 === 0).map((e) => e.nip);
    const phases = new Set<string>();
    const out = await computePlan(
      ctx,
      scenario({
        scope: { mode: 'VACANCIES', positionIds: vacant, nips },
        objectives: { ...DEFAULT_PLAN_OBJECTIVES, moveCost: 1 },
      }),
      AS_OF,
      instansiId,
      { onProgress: (p) => phases.add(p.phase) },
    );
    if (out.status !== 'OPTIMAL') throw new Error(out.status);
    // Named JPT holders stay outside the plan: a JPT post is filled by open selection (DOMAIN.md 15.3).
    const namedJpt = held.filter((e, i) => i % 5 === 0 && jpt.has(e.current_position_id ?? -1)).length;
    expect(namedJpt).toBeGreaterThan(0);
    expect(out.totals.rows).toBe(nips.length - namedJpt);
    expect(out.moves.some((m) => jpt.has(m.toPositionId))).toBe(false);
    expect(out.moves.some((m) => m.explanation.reasons.includes('FILLS_VACANCY'))).toBe(true);
    expect(out.moves.some((m) => m.explanation.reasons.includes('FORCED_ROTATION'))).toBe(false);
    expect([...phases]).toEqual(['SCOPING', 'SCORING', 'SOLVING', 'EXPLAINING']);
  });
});
