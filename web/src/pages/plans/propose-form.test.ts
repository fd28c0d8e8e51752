import { describe, expect, it } from 'vitest';
import type { PlanMoveDto } from '../../api/use-plans';
import type { ScheduleCheckDto } from '../../api/use-proposal-drafts';
import { fieldFeedback, hasBlock } from '../proposals/schedule-feedback';
import { busyByNip, matchesMove, nipsToPropose } from './propose-form';

const move = (nip: string, name: string, to: string, unit: string): PlanMoveDto =>
  ({
    nip,
    name,
    employeeId: Number(nip.slice(-4)),
    from: {
      positionId: 1,
      positionName: 'Pengadministrasi Umum',
      unitId: 1,
      unitName: 'Kecamatan Sibolga Kota',
    },
    to: { positionId: 2, positionName: to, unitId: 2, unitName: unit },
  }) as PlanMoveDto;

const nurse = move('198803152010012001', 'Rina Siregar', 'Perawat Terampil', 'Puskesmas Sibolga Sambas');
const teacher = move('199001012015031002', 'Budi Hutagalung', 'Guru Kelas', 'SD Negeri 081234');

describe('matchesMove', () => {
  it('matches every word against the name and the posts and units, ignoring case', () => {
    expect(matchesMove(nurse, 'rina')).toBe(true);
    expect(matchesMove(nurse, 'PERAWAT sambas')).toBe(true);
    expect(matchesMove(nurse, 'perawat guru')).toBe(false);
    expect(matchesMove(nurse, 'sibolga kota')).toBe(true); // the unit it leaves
    expect(matchesMove(teacher, '  ')).toBe(true);
  });

  it('matches a NIP typed with spaces, but not a short number that is not in a name', () => {
    expect(matchesMove(nurse, '19880315 201001 2 001')).toBe(true);
    expect(matchesMove(nurse, '199001')).toBe(false);
    expect(matchesMove(teacher, '081234')).toBe(true); // in the school's name
  });
});

describe('nipsToPropose', () => {
  it('sends no list for all the moves and the chosen NIPs in the plan order otherwise', () => {
    const moves = [nurse, teacher];
    expect(nipsToPropose('all', moves, new Set([nurse.nip]))).toBeUndefined();
    expect(nipsToPropose('some', moves, new Set([teacher.nip, nurse.nip]))).toEqual([nurse.nip, teacher.nip]);
    expect(nipsToPropose('some', moves, new Set())).toEqual([]);
  });
});

describe('busyByNip', () => {
  it('looks up the proposal each busy person is in', () => {
    const map = busyByNip([{ nip: nurse.nip, proposalId: 4, proposalNumber: 'USL-2026-004' }]);
    expect(map.get(nurse.nip)).toEqual({ proposalId: 4, proposalNumber: 'USL-2026-004' });
    expect(map.has(teacher.nip)).toBe(false);
    expect(busyByNip(undefined).size).toBe(0);
  });
});

describe('fieldFeedback', () => {
  const check = (
    code: ScheduleCheckDto['code'],
    status: ScheduleCheckDto['status'],
    field: ScheduleCheckDto['field'],
  ): ScheduleCheckDto => ({ code, status, field, message: { id: `${code} id`, en: `${code} en` } });
  const checks = [
    check('ROUND_OF_TMT', 'PASS', 'round'),
    check('TMT_FIRST_OF_MONTH', 'WARN', 'tmt'),
    check('TMT_AFTER_OBJECTION_WINDOW', 'BLOCK', 'tmt'),
    check('ELECTION_WINDOW', 'PASS', 'tmt'),
  ];

  it('makes a field an error when a check blocks it, with the blocking message first', () => {
    expect(fieldFeedback(checks, 'tmt', 'id')).toEqual({
      status: 'error',
      messages: ['TMT_AFTER_OBJECTION_WINDOW id', 'TMT_FIRST_OF_MONTH id'],
      passed: ['ELECTION_WINDOW id'],
    });
    expect(hasBlock(checks)).toBe(true);
  });

  it('makes a field a warning for warnings only, and nothing when every check passes', () => {
    expect(fieldFeedback(checks.slice(0, 2), 'tmt', 'en')).toMatchObject({
      status: 'warning',
      messages: ['TMT_FIRST_OF_MONTH en'],
    });
    expect(fieldFeedback(checks, 'round', 'en')).toEqual({
      status: undefined,
      messages: [],
      passed: ['ROUND_OF_TMT en'],
    });
    expect(hasBlock(checks.slice(0, 2))).toBe(false);
    expect(fieldFeedback(undefined, 'tmt', 'id').status).toBeUndefined();
  });
});
