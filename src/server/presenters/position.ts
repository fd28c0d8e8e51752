import type { PositionDetailDto, PositionSummaryDto } from '../../contract/organisation.js';
import { golonganLabel } from '../../core/model/golongan.js';
import type { PositionProfile } from '../../services/organisation/get-position.js';
import type { PositionListItem } from '../../services/organisation/list-positions.js';
import { presentEmployeeSummary } from './employee.js';

export function presentPositionDetail(profile: PositionProfile): PositionDetailDto {
  const p = profile.position;
  const g = p.grade;
  return {
    id: p.id,
    code: p.code,
    name: p.name,
    kind: g.kind,
    eselon: 'eselon' in g ? g.eselon : null,
    jfCategory: g.kind === 'JF' ? g.jfCategory : null,
    jfLevel: g.kind === 'JF' ? g.jfLevel : null,
    family: p.family,
    unitId: p.unitId,
    unitName: profile.unitName,
    seats: p.seats,
    holders: profile.holderCount,
    vacancies: Math.max(0, p.seats - profile.holderCount),
    isStrategic: p.isStrategic,
    kelasJabatan: p.kelasJabatan,
    minGolongan: p.minGolongan,
    minGolonganLabel: p.minGolongan ? golonganLabel(p.minGolongan) : null,
    educationRequirements: p.educationRequirements.map((r) => ({
      minLevel: r.minLevel,
      fields: [...r.fields],
      majors: [...(r.majors ?? [])],
    })),
    competencyStandard: p.competencyStandard.map((s) => ({ ...s })),
    tugasTambahan: p.tugasTambahan,
    profession: p.profession,
    holdersList: profile.holders.map(presentEmployeeSummary),
    version: p.version,
    actions: profile.actions,
  };
}

export function presentPositionSummary(p: PositionListItem): PositionSummaryDto {
  const g = p.grade;
  return {
    id: p.id,
    code: p.code,
    name: p.name,
    kind: g.kind,
    eselon: 'eselon' in g ? g.eselon : null,
    jfCategory: g.kind === 'JF' ? g.jfCategory : null,
    jfLevel: g.kind === 'JF' ? g.jfLevel : null,
    family: p.family,
    unitId: p.unitId,
    unitName: p.unitName,
    seats: p.seats,
    holders: p.holders,
    vacancies: p.vacancies,
    isStrategic: p.isStrategic,
  };
}
