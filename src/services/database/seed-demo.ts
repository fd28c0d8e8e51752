import { DomainError } from '../../core/errors.js';
import type { LocalDate } from '../../core/model/local-date.js';
import { demoSignatories } from '../../demo/decree-signatories.js';
import { DEMO_PASSWORD } from '../../demo/demo-accounts.js';
import { generateSibolgaDemo } from '../../demo/generate-sibolga-demo.js';
import { appendAudit } from '../../store/repositories/audit.js';
import { insertDataset } from '../../store/repositories/insert-dataset.js';
import { deleteInstansi, getInstansiByCode, listInstansi } from '../../store/repositories/instansi.js';
import { setSetting } from '../../store/repositories/settings.js';
import { type AppContext, openAppContext } from '../app-context.js';
import { hashPassword } from '../auth/password.js';
import { seedEvaluationDemo } from '../evaluation/seed-evaluation-demo.js';
import { seedPlanningDemo } from '../planning/seed-planning-demo.js';
import { SIGNATORY_SETTING } from '../process/process-settings.js';
import { seedProcessDemo } from '../process/seed-process-demo.js';
import { seedSelectionDemo } from '../selection/seed-selection-demo.js';
import { DEMO_SETTING } from '../system/get-demo-accounts.js';

/**
 * The date the demo data is anchored to. Fixed, so the same seed gives the same data on any day
 * (tenure and ages in the demo are as of this date).
 */
export const DEMO_REFERENCE_DATE = '2026-11-01' as LocalDate;

export interface SeedOptions {
  readonly employees: number;
  readonly seed: number;
  readonly replace?: boolean;
  readonly onProgress?: (done: number, total: number) => void;
}

export interface SeedResult {
  readonly created: boolean;
  readonly demo: boolean;
  readonly instansiName: string;
  readonly units: number;
  readonly positions: number;
  readonly employees: number;
  readonly users: number;
  readonly seconds: number;
}

/** Generates the Kota Sibolga demo and writes it in one transaction (all or nothing). */
export async function seedDemoInto(ctx: AppContext, opts: SeedOptions): Promise<SeedResult> {
  const started = performance.now();
  const dataset = generateSibolgaDemo({
    seed: opts.seed,
    employees: opts.employees,
    asOf: DEMO_REFERENCE_DATE,
  });
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await ctx.db.transaction().execute(async (trx) => {
    const existing = await getInstansiByCode(trx, dataset.instansi.code);
    if (existing && !opts.replace) {
      throw new DomainError(
        'CONFLICT',
        {
          id: `Instansi ${existing.name} sudah ada; gunakan --replace untuk menggantinya`,
          en: `Instansi ${existing.name} already exists; use --replace to replace it`,
        },
        { field: 'instansi', value: existing.code, rule: 'INSTANSI_UNIQUE' },
      );
    }
    if (existing) await deleteInstansi(trx, existing.id);
    const result = await insertDataset(trx, dataset, { passwordHash, onProgress: opts.onProgress });
    await seedEvaluationDemo(trx, result.instansiId, dataset, { seed: opts.seed, asOf: DEMO_REFERENCE_DATE });
    await seedPlanningDemo(trx, result.instansiId, ctx.now());
    // The officials who sign the demo's SKs (fictional), so its SKs pass the pre-issue check.
    await setSetting(trx, result.instansiId, SIGNATORY_SETTING, demoSignatories(dataset));
    await setSetting(trx, null, DEMO_SETTING, {
      seed: opts.seed,
      employees: opts.employees,
      referenceDate: DEMO_REFERENCE_DATE,
    });
    await appendAudit(trx, {
      instansiId: result.instansiId,
      actorUserId: null,
      actorIp: null,
      action: 'demo.seed',
      entityType: 'instansi',
      entityId: dataset.instansi.code,
      before: null,
      after: { seed: opts.seed, employees: opts.employees },
    });
  });
  const instansiId = (await getInstansiByCode(ctx.db, dataset.instansi.code))!.id;
  await seedProcessDemo(ctx, instansiId);
  await seedSelectionDemo(ctx, instansiId);
  return {
    created: true,
    demo: true,
    instansiName: dataset.instansi.name,
    units: dataset.units.length,
    positions: dataset.positions.length,
    employees: dataset.employees.length,
    users: dataset.users.length,
    seconds: (performance.now() - started) / 1000,
  };
}

/** `penata db seed --demo`. */
export async function seedDemo(databaseUrl: string, opts: SeedOptions): Promise<SeedResult> {
  const ctx = await openAppContext({ databaseUrl });
  try {
    return await seedDemoInto(ctx, opts);
  } finally {
    await ctx.close();
  }
}

/** First start of `npm start`: seed the demo only when the database holds no instansi at all. */
export async function seedDemoIfEmpty(ctx: AppContext, opts: SeedOptions): Promise<SeedResult | null> {
  if ((await listInstansi(ctx.db)).length > 0) return null;
  return seedDemoInto(ctx, opts);
}
