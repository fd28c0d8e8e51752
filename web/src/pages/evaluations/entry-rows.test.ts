import { describe, expect, it } from 'vitest';
import { buildRows, dirtyAndInvalid, evidenceValid, toChangedRow } from './entry-rows';
import type { RosterPerson } from './row-rules';
import { buildRecordsBody } from './save-records';

const JUNE = { startDate: '2026-06-01', endDate: '2026-06-30' };
const evidence = { kind: 'DOCUMENT' as const, reference: 'ABS-06' };

const person = (employeeId: number, over: Partial<RosterPerson> = {}): RosterPerson => ({
  employeeId,
  nip: `19860926201505100${employeeId}`,
  name: `Pegawai ${employeeId}`,
  positionName: null,
  unitId: 3,
  unitName: 'BKPSDM',
  skp: null,
  attendance: null,
  ...over,
});

const recorded = person(2, {
  attendance: { revision: 1, workingDays: 20, unexcusedDays: 0, lateCount: 1, evidence },
});

describe('buildRows', () => {
  it('shows saved values until the user types over them', () => {
    const [plain, saved] = buildRows([person(1), recorded], new Map(), JUNE);
    expect(plain?.dirty).toBe(false);
    expect(saved?.draft.workingDays).toBe('20');
    expect(saved?.dirty).toBe(false);
    expect(saved?.problems).toEqual({});
  });

  it('overlays drafts by employee and checks them', () => {
    const drafts = new Map([[2, { ...buildRows([recorded], new Map(), JUNE)[0]!.draft, lateCount: '25' }]]);
    const [plain, saved] = buildRows([person(1), recorded], drafts, JUNE);
    expect(plain?.dirty).toBe(false);
    expect(saved?.dirty).toBe(true);
    expect(saved?.base.lateCount).toBe('1');
    // Late 25 times in 20 working days breaks the core's rule.
    expect(Object.keys(saved?.problems ?? {})).toEqual(['lateCount']);
  });

  it('does not count a draft equal to the saved value as a change', () => {
    const drafts = new Map([[2, { ...buildRows([recorded], new Map(), JUNE)[0]!.draft, lateCount: ' 1 ' }]]);
    expect(buildRows([recorded], drafts, JUNE)[0]?.dirty).toBe(false);
  });
});

describe('dirtyAndInvalid', () => {
  it('splits the changed rows from those the rules reject', () => {
    const drafts = new Map([
      [
        1,
        {
          hasilKerja: 'SESUAI_EKSPEKTASI' as const,
          perilakuKerja: null,
          workingDays: '',
          unexcusedDays: '',
          lateCount: '',
        },
      ],
      [
        3,
        {
          hasilKerja: 'SESUAI_EKSPEKTASI' as const,
          perilakuKerja: 'SESUAI_EKSPEKTASI' as const,
          workingDays: '',
          unexcusedDays: '',
          lateCount: '',
        },
      ],
    ]);
    const rows = buildRows([person(1), person(2), person(3)], drafts, JUNE);
    const { dirty, invalid } = dirtyAndInvalid(rows);
    expect(dirty.map((r) => r.person.employeeId)).toEqual([1, 3]);
    expect(invalid.map((r) => r.person.employeeId)).toEqual([1]);
  });
});

describe('evidenceValid', () => {
  it('takes 3 to 200 characters once trimmed, like the contract', () => {
    expect(evidenceValid('')).toBe(false);
    expect(evidenceValid('  ab  ')).toBe(false);
    expect(evidenceValid('abc')).toBe(true);
    expect(evidenceValid('x'.repeat(200))).toBe(true);
    expect(evidenceValid('x'.repeat(201))).toBe(false);
  });
});

describe('toChangedRow', () => {
  it('gives the save mapping the ids, the draft and the base', () => {
    const drafts = new Map([[2, { ...buildRows([recorded], new Map(), JUNE)[0]!.draft, lateCount: '3' }]]);
    const row = buildRows([recorded], drafts, JUNE)[0]!;
    const { body, attendanceRows, skpRows } = buildRecordsBody([toChangedRow(row)], ' ABS-07 ');
    expect(skpRows).toEqual([]);
    expect(attendanceRows).toEqual([2]);
    expect(body.attendance).toEqual([
      {
        nip: recorded.nip,
        workingDays: 20,
        unexcusedDays: 0,
        lateCount: 3,
        evidence: { kind: 'DOCUMENT', reference: 'ABS-07' },
      },
    ]);
  });
});
