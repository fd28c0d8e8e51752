import type { Transaction } from 'kysely';
import { DEFAULT_PLAN_OBJECTIVES } from '../../core/solver/plan/plan-types.js';
import type { Database } from '../../store/schema.js';
import { type ScenarioInput, writeScenario } from './save-scenario.js';

/**
 * The saved scenarios of the Kota Sibolga demo: a round of vacancies and a whole-city
 * re-arrangement with a move limit. These two are not run at seed time (a whole-city plan takes
 * about a second or more on 2,500 employees); the demo user runs them (web, API or `penata plan run`).
 * The past round 2025-II gets its own small plan from `seed-process-demo.ts`.
 */
export const DEMO_SCENARIOS: readonly ScenarioInput[] = [
  {
    name: 'Pengisian formasi kosong 2027',
    description:
      'Mengisi jabatan yang kosong di seluruh OPD dengan pegawai yang paling cocok; rantai kekosongan ikut dihitung.',
    scope: { mode: 'VACANCIES', unitIds: [], positionIds: [], nips: [] },
    objectives: { ...DEFAULT_PLAN_OBJECTIVES, maxMoves: null },
  },
  {
    name: 'Penataan menyeluruh 2027',
    description:
      'Penataan ulang seluruh pemegang jabatan di Kota Sibolga: rotasi wajib setelah 5 tahun, paling banyak 150 mutasi.',
    scope: { mode: 'WHOLE_CITY', unitIds: [], positionIds: [], nips: [] },
    objectives: { ...DEFAULT_PLAN_OBJECTIVES, maxMoves: 150 },
  },
];

/** Writes the demo scenarios in the seed's transaction, through the same checks and audit as an edit. */
export async function seedPlanningDemo(
  trx: Transaction<Database>,
  instansiId: number,
  at: Date,
): Promise<void> {
  for (const scenario of DEMO_SCENARIOS) {
    await writeScenario(trx, instansiId, null, scenario, { userId: null, ip: null, at });
  }
}
