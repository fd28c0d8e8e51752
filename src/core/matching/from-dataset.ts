import type { EmployeeDraft, InstansiDataset } from '../model/drafts.js';
import type { Employee, PositionAssignment } from '../model/employee.js';
import type { Nip } from '../model/nip.js';
import type { Position } from '../model/position.js';
import type { UnitKind } from '../model/unit.js';
import { buildCareer } from './career.js';
import {
  type Candidate,
  type EmployeePreference,
  NO_PERFORMANCE_DATA,
  type PerformanceSnapshot,
  type Post,
  type PostUnit,
} from './inputs.js';

export interface DatasetInputs {
  readonly candidates: readonly Candidate[];
  readonly posts: readonly Post[];
  readonly positionIdByCode: ReadonlyMap<string, number>;
  readonly candidateIndexByNip: ReadonlyMap<Nip, number>;
}

export interface DatasetInputOptions {
  /** Performance per employee (index in `dataset.employees`); default: no data. */
  readonly performance?: (e: EmployeeDraft, index: number) => PerformanceSnapshot;
  readonly preference?: (e: EmployeeDraft, index: number) => EmployeePreference | null;
}

const JPT = new Set(['JPT_UTAMA', 'JPT_MADYA', 'JPT_PRATAMA']);

/**
 * Matching inputs for a data set that is not in a database yet (an import file, the demo): units,
 * positions and employees get ids by their order (1, 2, ...), careers and JPT incumbents are
 * resolved by position code.
 * @example const { candidates, posts } = inputsFromDataset(generateSibolgaDemo({ asOf }));
 */
export function inputsFromDataset(d: InstansiDataset, options: DatasetInputOptions = {}): DatasetInputs {
  const unitIndex = new Map(d.units.map((u, i) => [u.code, i]));
  const units: PostUnit[] = d.units.map((u, i) => {
    const kinds: UnitKind[] = [];
    let cur: (typeof d.units)[number] | undefined = u;
    let root = u;
    while (cur) {
      kinds.push(cur.kind);
      root = cur;
      cur = cur.parentCode === null ? undefined : d.units[unitIndex.get(cur.parentCode) ?? -1];
    }
    return { id: i + 1, code: u.code, kind: u.kind, opdCode: root.code, lineageKinds: kinds };
  });
  const positionIdByCode = new Map(d.positions.map((p, i) => [p.code, i + 1]));
  const positions: Position[] = d.positions.map((p, i) => ({
    id: i + 1,
    instansiId: 1,
    unitId: (unitIndex.get(p.unitCode) ?? -1) + 1,
    code: p.code,
    name: p.name,
    grade: p.grade,
    family: p.family,
    kelasJabatan: p.kelasJabatan,
    minGolongan: p.minGolongan,
    profession: p.profession,
    educationRequirements: p.educationRequirements,
    competencyStandard: p.competencyStandard,
    isStrategic: p.isStrategic,
    seats: p.seats,
    tugasTambahan: p.tugasTambahan,
    version: 1,
  }));
  const unitOf = (p: Position): PostUnit => units[p.unitId - 1]!;
  let ids = 0;
  const employees: Employee[] = d.employees.map((e, i) =>
    toEmployee(e, i + 1, positionIdByCode, positions, unitOf, () => ++ids),
  );
  const info = (id: number) => {
    const p = positions[id - 1];
    return (
      p && { grade: p.grade, family: p.family, opdCode: unitOf(p).opdCode, tugasTambahan: p.tugasTambahan }
    );
  };
  const candidates: Candidate[] = employees.map((employee, i) => ({
    employee,
    performance: options.performance?.(d.employees[i]!, i) ?? NO_PERFORMANCE_DATA,
    career: buildCareer(employee.positionHistory, info),
    preference: options.preference?.(d.employees[i]!, i) ?? null,
  }));
  const holders = new Map<number, Employee[]>();
  for (const e of employees) {
    if (e.currentPositionId === null) continue;
    const list = holders.get(e.currentPositionId);
    if (list) list.push(e);
    else holders.set(e.currentPositionId, [e]);
  }
  const posts: Post[] = positions.map((position) => {
    const h = holders.get(position.id);
    const sole = h?.length === 1 ? h[0]! : null;
    return {
      position,
      unit: unitOf(position),
      incumbent:
        sole && JPT.has(position.grade.kind) && sole.currentPositionSince
          ? { employeeId: sole.id, installedOn: sole.currentPositionSince, replacementGround: null }
          : null,
    };
  });
  return {
    candidates,
    posts,
    positionIdByCode,
    candidateIndexByNip: new Map(employees.map((e, i) => [e.nip, i])),
  };
}

function toEmployee(
  e: EmployeeDraft,
  id: number,
  positionIdByCode: ReadonlyMap<string, number>,
  positions: readonly Position[],
  unitOf: (p: Position) => PostUnit,
  nextId: () => number,
): Employee {
  const history: PositionAssignment[] = [];
  for (const a of e.positionHistory) {
    const pid = positionIdByCode.get(a.positionCode);
    const p = pid === undefined ? undefined : positions[pid - 1];
    if (!p) continue;
    history.push({
      id: nextId(),
      positionId: p.id,
      positionName: p.name,
      unitId: p.unitId,
      unitName: unitOf(p).code,
      startDate: a.startDate,
      endDate: a.endDate,
      skNumber: a.skNumber,
    });
  }
  const current = history.find((a) => a.endDate === null) ?? null;
  const rank = e.rankHistory.at(-1) ?? null;
  return {
    id,
    instansiId: 1,
    nip: e.nip,
    name: e.name,
    frontTitle: e.frontTitle,
    backTitle: e.backTitle,
    gender: e.gender,
    birthDate: e.birthDate,
    employmentType: e.employmentType,
    status: e.status,
    golongan: rank?.golongan ?? null,
    golonganTmt: rank?.tmt ?? null,
    currentPositionId: current?.positionId ?? null,
    currentPositionName: current?.positionName ?? null,
    currentUnitId: current?.unitId ?? null,
    currentUnitName: current?.unitName ?? null,
    currentPositionSince: current?.startDate ?? null,
    version: 1,
    birthPlace: e.birthPlace,
    tmtCpns: e.tmtCpns,
    education: e.education,
    rankHistory: e.rankHistory,
    positionHistory: history,
    competencyAssessments: e.competencyAssessments.map((a) => ({ ...a, id: nextId() })),
    trainings: e.trainings.map((t) => ({ ...t, id: nextId() })),
    disciplinaryCases: e.disciplinaryCases.map((c) => ({ ...c, id: nextId() })),
    licences: e.licences.map((l) => ({ ...l, id: nextId() })),
  };
}
