import { describe, expect, it } from 'vitest';
import type { EntryReportDto } from '../../api/use-evaluations';
import type { RowDraft } from './row-rules';
import { buildRecordsBody, type ChangedRow, problemsByRow } from './save-records';

const EMPTY: RowDraft = {
  hasilKerja: null,
  perilakuKerja: null,
  workingDays: '',
  unexcusedDays: '',
  lateCount: '',
};

const changed = (employeeId: number, draft: Partial<RowDraft>, base: Partial<RowDraft> = {}): ChangedRow => ({
  employeeId,
  nip: `NIP-${employeeId}`,
  draft: { ...EMPTY, ...draft },
  base: { ...EMPTY, ...base },
});

const ratings = { hasilKerja: 'SESUAI_EKSPEKTASI', perilakuKerja: 'DI_ATAS_EKSPEKTASI' } as const;
const counts = { workingDays: '21', unexcusedDays: '1', lateCount: '0' };

describe('buildRecordsBody', () => {
  it('puts each change in its section and remembers which employee each item is', () => {
    const { body, skpRows, attendanceRows } = buildRecordsBody(
      [changed(10, ratings), changed(11, counts), changed(12, { ...ratings, ...counts })],
      '  SK-BKPSDM/06  ',
    );
    const evidence = { kind: 'DOCUMENT', reference: 'SK-BKPSDM/06' };
    expect(skpRows).toEqual([10, 12]);
    expect(attendanceRows).toEqual([11, 12]);
    expect(body.skp).toEqual([
      { nip: 'NIP-10', ...ratings, evidence },
      { nip: 'NIP-12', ...ratings, evidence },
    ]);
    expect(body.attendance[0]).toEqual({
      nip: 'NIP-11',
      workingDays: 21,
      unexcusedDays: 1,
      lateCount: 0,
      evidence,
    });
  });

  it('leaves out unchanged sections and half-chosen ratings', () => {
    const { body } = buildRecordsBody(
      [changed(10, { ...ratings, ...counts }, ratings), changed(11, { hasilKerja: 'SESUAI_EKSPEKTASI' })],
      'ref',
    );
    expect(body.skp).toEqual([]);
    expect(body.attendance.map((a) => a.nip)).toEqual(['NIP-10']);
  });
});

describe('problemsByRow', () => {
  const problem = (
    over: Partial<EntryReportDto['problems'][number]>,
  ): EntryReportDto['problems'][number] => ({
    row: 1,
    section: 'skp',
    column: null,
    code: 'X',
    rule: 'x',
    messages: { id: 'salah', en: 'wrong' },
    severity: 'ERROR',
    ...over,
  });
  const report = (problems: EntryReportDto['problems']): EntryReportDto => ({
    committed: false,
    dryRun: false,
    rows: 3,
    validRows: 0,
    counts: { skp: 0, attendance: 0 },
    periods: [],
    problems,
  });

  it("puts the server's item numbers back on the grid's employees", () => {
    const out = problemsByRow(
      report([
        problem({ section: 'skp', row: 2 }),
        problem({
          section: 'attendance',
          row: 1,
          column: 'lateCount',
          messages: { id: 'terlalu banyak', en: 'too many' },
        }),
        problem({ section: 'attendance', row: 1 }),
      ]),
      [10, 12],
      [11],
    );
    expect([...out.keys()]).toEqual([12, 11]);
    expect(out.get(11)).toEqual([
      { id: 'lateCount: terlalu banyak', en: 'lateCount: too many' },
      { id: 'salah', en: 'wrong' },
    ]);
  });

  it('files problems naming no row, or an unknown one, under the whole batch (key 0)', () => {
    const out = problemsByRow(
      report([problem({ row: null, section: null }), problem({ section: 'skp', row: 5 })]),
      [10],
      [],
    );
    expect([...out.keys()]).toEqual([0]);
    expect(out.get(0)).toHaveLength(2);
  });
});
