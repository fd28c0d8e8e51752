import { DomainError } from '../../errors.js';
import type { PlanInput } from './plan-types.js';

const TALENT_BOXES = new Set([1, 2, 3, 4, 5, 6, 7, 8, 9]);

function invalid(field: string, value: unknown, rule: string, id: string, en: string): DomainError {
  return new DomainError('VALIDATION_FAILED', { id, en }, { field, value, rule });
}

/**
 * Refuses a scenario the builder cannot honour: a DomainError naming the field and the rule.
 * @example validatePlanInput({ ...input, scenario: { ...s, objectives: { ...o, maxMoves: -1 } } }) // throws PLAN_MAX_MOVES
 */
export function validatePlanInput(input: PlanInput): void {
  const { scenario, policy } = input;
  const o = scenario.objectives;
  if (scenario.name.trim() === '') {
    throw invalid(
      'scenario.name',
      scenario.name,
      'PLAN_NAME_REQUIRED',
      'Nama skenario wajib diisi',
      'The scenario needs a name',
    );
  }
  if (scenario.scope.mode !== 'WHOLE_CITY' && scenario.scope.mode !== 'VACANCIES') {
    throw invalid(
      'scenario.scope.mode',
      scenario.scope.mode,
      'PLAN_SCOPE_MODE',
      'Mode cakupan tidak dikenal',
      'Unknown scope mode',
    );
  }
  if (scenario.policyVersion !== policy.version) {
    throw invalid(
      'scenario.policyVersion',
      scenario.policyVersion,
      'PLAN_POLICY_VERSION',
      `Versi kebijakan ${scenario.policyVersion} tidak tersedia (tersedia: ${policy.version})`,
      `Policy version ${scenario.policyVersion} is not available (available: ${policy.version})`,
    );
  }
  if (!Number.isFinite(o.moveCost) || o.moveCost < 0 || o.moveCost > 100) {
    throw invalid(
      'scenario.objectives.moveCost',
      o.moveCost,
      'PLAN_MOVE_COST',
      'Biaya mutasi harus 0-100 poin',
      'The move cost must be 0-100 points',
    );
  }
  const penalty = o.rotationPenalty ?? 0;
  if (!Number.isFinite(penalty) || penalty < 0 || penalty > 100) {
    throw invalid(
      'scenario.objectives.rotationPenalty',
      o.rotationPenalty,
      'PLAN_ROTATION_PENALTY',
      'Bobot rotasi pegawai yang lewat 5 tahun harus 0-100 poin',
      'The rotation penalty for people past 5 years must be 0-100 points',
    );
  }
  if (o.maxMoves !== null && (!Number.isInteger(o.maxMoves) || o.maxMoves < 0)) {
    throw invalid(
      'scenario.objectives.maxMoves',
      o.maxMoves,
      'PLAN_MAX_MOVES',
      'Batas mutasi harus bilangan bulat 0 atau lebih',
      'The move limit must be a whole number of 0 or more',
    );
  }
  for (const [field, v] of [
    ['forcedRotationYears', o.forcedRotationYears],
    ['minTenureYears', o.minTenureYears],
  ] as const) {
    if (v !== null && (!Number.isFinite(v) || v < 0 || v > 40)) {
      throw invalid(
        `scenario.objectives.${field}`,
        v,
        'PLAN_YEARS',
        'Jumlah tahun harus 0-40',
        'The number of years must be 0-40',
      );
    }
  }
  if (o.talentPoolBoxes.some((b) => !TALENT_BOXES.has(b))) {
    throw invalid(
      'scenario.objectives.talentPoolBoxes',
      o.talentPoolBoxes,
      'PLAN_TALENT_BOX',
      'Kotak talenta harus 1-9',
      'Talent boxes must be 1-9',
    );
  }
  const k = o.candidatesPerEmployee;
  if (k !== undefined && (!Number.isInteger(k) || k < 1)) {
    throw invalid(
      'scenario.objectives.candidatesPerEmployee',
      k,
      'PLAN_CANDIDATES',
      'Jumlah jabatan per pegawai minimal 1',
      'At least 1 post per employee',
    );
  }
  const known = new Set(input.candidates.map((c) => c.employee.nip as string));
  const unknown = (scenario.scope.nips ?? []).filter((n) => !known.has(n));
  if (unknown.length > 0) {
    throw new DomainError(
      'NOT_FOUND',
      { id: `NIP tidak ditemukan: ${unknown.join(', ')}`, en: `NIP not found: ${unknown.join(', ')}` },
      { field: 'scenario.scope.nips', value: unknown, rule: 'PLAN_NIP_UNKNOWN' },
    );
  }
}
