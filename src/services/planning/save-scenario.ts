import type { Kysely, Transaction } from 'kysely';
import { DomainError } from '../../core/errors.js';
import { DEFAULT_MATCHING_POLICY, type TalentBox } from '../../core/matching/index.js';
import { authorize } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import type { PlanObjectives, PlanScenario, PlanScopeMode } from '../../core/solver/plan/plan-types.js';
import { appendAudit } from '../../store/repositories/audit.js';
import { loadPlaceLabels, unknownNips } from '../../store/repositories/planning-labels.js';
import {
  findScenarioIdByName,
  getScenarioVersion,
  insertNextScenarioVersion,
  insertScenario,
  type ScenarioVersion,
} from '../../store/repositories/planning-scenarios.js';
import { isUniqueViolation } from '../../store/repositories/planning-unique.js';
import type { Database } from '../../store/schema.js';
import type { AppContext } from '../app-context.js';
import { actorId, type CallMeta, instansiResource, scenarioNotFound } from './planning-access.js';

/** A scenario as its author writes it; `policyVersion` defaults to the matching policy in force. */
export interface ScenarioInput {
  readonly name: string;
  readonly description: string | null;
  readonly scope: {
    readonly mode: PlanScopeMode;
    readonly unitIds: readonly number[];
    readonly positionIds: readonly number[];
    readonly nips: readonly string[];
  };
  readonly policyVersion?: string | undefined;
  readonly objectives: Omit<PlanObjectives, 'talentPoolBoxes'> & {
    readonly talentPoolBoxes: readonly number[];
  };
}

/** Which scenario to save: a new one, or the next version of `scenarioId` edited from `version`. */
export type ScenarioTarget = { readonly scenarioId: number; readonly version: number } | null;

export type SavedScenario = ScenarioVersion<PlanScenario>;

const invalid = (field: string, value: unknown, rule: string, id: string, en: string) =>
  new DomainError('VALIDATION_FAILED', { id, en }, { field, value, rule });

/** Refuses what the plan builder could not honour, naming the field (ids of another instansi count as unknown). */
async function checkScenario(
  db: Kysely<Database>,
  instansiId: number,
  input: ScenarioInput,
): Promise<PlanScenario> {
  const policyVersion = input.policyVersion ?? DEFAULT_MATCHING_POLICY.version;
  if (policyVersion !== DEFAULT_MATCHING_POLICY.version) {
    throw invalid(
      'policyVersion',
      policyVersion,
      'PLAN_POLICY_VERSION',
      `Versi kebijakan pencocokan ${policyVersion} tidak tersedia (tersedia: ${DEFAULT_MATCHING_POLICY.version})`,
      `Matching policy version ${policyVersion} is not available (available: ${DEFAULT_MATCHING_POLICY.version})`,
    );
  }
  const { forcedRotationYears: forced, minTenureYears: min } = input.objectives;
  if (forced !== null && min !== null && min >= forced) {
    throw invalid(
      'objectives.minTenureYears',
      min,
      'PLAN_TENURE_ORDER',
      `Masa jabatan minimum (${min} tahun) harus kurang dari batas rotasi wajib (${forced} tahun)`,
      `The minimum tenure (${min} years) must be less than the forced rotation (${forced} years)`,
    );
  }
  const boxes = input.objectives.talentPoolBoxes;
  if (boxes.length === 0 || boxes.some((b) => !Number.isInteger(b) || b < 1 || b > 9)) {
    throw invalid(
      'objectives.talentPoolBoxes',
      boxes,
      'PLAN_TALENT_BOX',
      'Kotak talenta harus 1-9 (paling sedikit satu)',
      'Talent boxes must be 1-9 (at least one)',
    );
  }
  const labels = await loadPlaceLabels(db, instansiId);
  const badUnits = input.scope.unitIds.filter((id) => !labels.units.has(id));
  if (badUnits.length > 0) {
    throw invalid(
      'scope.unitIds',
      badUnits,
      'PLAN_UNIT_UNKNOWN',
      `Unit tidak ditemukan: ${badUnits.join(', ')}`,
      `Unknown units: ${badUnits.join(', ')}`,
    );
  }
  const badPositions = input.scope.positionIds.filter((id) => !labels.positions.has(id));
  if (badPositions.length > 0) {
    throw invalid(
      'scope.positionIds',
      badPositions,
      'PLAN_POSITION_UNKNOWN',
      `Jabatan tidak ditemukan: ${badPositions.join(', ')}`,
      `Unknown positions: ${badPositions.join(', ')}`,
    );
  }
  const badNips = await unknownNips(db, instansiId, input.scope.nips);
  if (badNips.length > 0) {
    throw invalid(
      'scope.nips',
      badNips,
      'PLAN_NIP_UNKNOWN',
      `NIP tidak ditemukan: ${badNips.join(', ')}`,
      `Unknown NIPs: ${badNips.join(', ')}`,
    );
  }
  return {
    name: input.name.trim(),
    scope: {
      mode: input.scope.mode,
      unitIds: [...input.scope.unitIds],
      positionIds: [...input.scope.positionIds],
      nips: [...input.scope.nips],
    },
    policyVersion,
    objectives: { ...input.objectives, talentPoolBoxes: [...new Set(boxes)].sort() as TalentBox[] },
  };
}

function nameTaken(name: string): DomainError {
  return new DomainError(
    'CONFLICT',
    { id: `Skenario bernama "${name}" sudah ada`, en: `A scenario named "${name}" already exists` },
    { field: 'name', value: name, rule: 'SCENARIO_NAME_UNIQUE' },
  );
}

/**
 * Validates and writes a scenario version with its audit entry, inside the caller's transaction
 * (the demo seed calls it in its own). A new name must be free; an edit must start from the current
 * version (409 otherwise) and makes version + 1, leaving the old ones readable.
 */
export async function writeScenario(
  trx: Transaction<Database>,
  instansiId: number,
  target: ScenarioTarget,
  input: ScenarioInput,
  who: { readonly userId: number | null; readonly ip: string | null; readonly at: Date },
): Promise<SavedScenario> {
  const definition = await checkScenario(trx, instansiId, input);
  const sameName = await findScenarioIdByName(trx, instansiId, definition.name);
  if (sameName !== null && sameName !== target?.scenarioId) throw nameTaken(definition.name);
  const draft = {
    name: definition.name,
    description: input.description,
    definition,
    savedAt: who.at.toISOString(),
    savedByUserId: who.userId,
  };
  let before: SavedScenario | null = null;
  let saved: SavedScenario;
  if (target === null) {
    saved = await insertScenario(trx, instansiId, draft);
  } else {
    before = await getScenarioVersion<PlanScenario>(trx, instansiId, target.scenarioId);
    if (!before) throw scenarioNotFound(target.scenarioId);
    const next = await insertNextScenarioVersion(trx, instansiId, target.scenarioId, target.version, draft);
    if (!next) {
      throw new DomainError(
        'VERSION_CONFLICT',
        {
          id: `Skenario telah diubah (versi ${before.version}, bukan ${target.version}); muat ulang lalu ulangi`,
          en: `The scenario was changed (version ${before.version}, not ${target.version}); reload and retry`,
        },
        { field: 'version', value: target.version, rule: 'OPTIMISTIC_LOCK' },
      );
    }
    saved = next;
  }
  await appendAudit(trx, {
    instansiId,
    actorUserId: who.userId,
    actorIp: who.ip,
    action: target === null ? 'scenario.create' : 'scenario.update',
    entityType: 'plan_scenario',
    entityId: saved.scenarioId,
    before: before && { version: before.version, name: before.name, definition: before.definition },
    after: { version: saved.version, name: saved.name, description: saved.description, definition },
    occurredAt: who.at,
  });
  return saved;
}

/**
 * Saves a scenario (BKPSDM): a new one when `target` is null, otherwise the next version of an
 * existing one. Bad references (units, positions, NIPs of another instansi or none) are 400s
 * naming the field; a taken name is 409.
 */
export async function saveScenario(
  ctx: AppContext,
  principal: Principal,
  target: ScenarioTarget,
  input: ScenarioInput,
  meta: CallMeta,
): Promise<SavedScenario> {
  authorize(principal, 'scenario.edit', instansiResource(principal));
  try {
    return await ctx.db.transaction().execute((trx) =>
      writeScenario(trx, principal.instansiId, target, input, {
        userId: actorId(principal),
        ip: meta.ip,
        at: ctx.now(),
      }),
    );
  } catch (error) {
    // Two saves raced for one name (or one version): the database kept the first.
    if (!isUniqueViolation(error)) throw error;
    if (target === null) throw nameTaken(input.name.trim());
    throw new DomainError(
      'VERSION_CONFLICT',
      {
        id: 'Skenario baru saja diubah pengguna lain; muat ulang lalu ulangi',
        en: 'The scenario was just changed by someone else; reload and retry',
      },
      { field: 'version', value: target.version, rule: 'OPTIMISTIC_LOCK' },
    );
  }
}
