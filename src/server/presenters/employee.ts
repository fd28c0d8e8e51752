import type { EmployeeDetailDto, EmployeeSummaryDto } from '../../contract/employees.js';
import type { EmployeeSummary } from '../../core/model/employee.js';
import { fullName } from '../../core/model/employee.js';
import { golonganLabel, pangkatName } from '../../core/model/golongan.js';
import type { EmployeeProfile } from '../../services/employees/get-employee.js';

export function presentEmployeeSummary(e: EmployeeSummary): EmployeeSummaryDto {
  return {
    id: e.id,
    nip: e.nip,
    name: e.name,
    fullName: fullName(e),
    frontTitle: e.frontTitle,
    backTitle: e.backTitle,
    gender: e.gender,
    birthDate: e.birthDate,
    employmentType: e.employmentType,
    status: e.status,
    golongan: e.golongan,
    golonganLabel: e.golongan ? golonganLabel(e.golongan) : null,
    pangkat: e.golongan ? pangkatName(e.golongan) : null,
    golonganTmt: e.golonganTmt,
    currentPositionId: e.currentPositionId,
    currentPositionName: e.currentPositionName,
    currentUnitId: e.currentUnitId,
    currentUnitName: e.currentUnitName,
    currentPositionSince: e.currentPositionSince,
    version: e.version,
  };
}

export function presentEmployeeDetail(profile: EmployeeProfile): EmployeeDetailDto {
  const e = profile.employee;
  return {
    ...presentEmployeeSummary(e),
    birthPlace: e.birthPlace,
    tmtCpns: e.tmtCpns,
    education: e.education.map((x) => ({ ...x })),
    rankHistory: e.rankHistory.map((r) => ({
      golongan: r.golongan,
      label: golonganLabel(r.golongan),
      pangkat: pangkatName(r.golongan),
      tmt: r.tmt,
      skNumber: r.skNumber,
    })),
    positionHistory: e.positionHistory.map((p) => ({ ...p })),
    competencyAssessments: e.competencyAssessments.map((a) => ({
      ...a,
      scores: a.scores.map((s) => ({ ...s })),
    })),
    competencyStandard: profile.competencyStandard.map((s) => ({ ...s })),
    trainings: e.trainings.map((t) => ({ ...t })),
    disciplinaryCases: e.disciplinaryCases.map((d) => ({ ...d })),
    licences: profile.licences.map((l) => ({ ...l })),
    yearsInCurrentPosition: profile.yearsInCurrentPosition,
    retirementDate: profile.retirementDate,
    actions: profile.actions,
  };
}
