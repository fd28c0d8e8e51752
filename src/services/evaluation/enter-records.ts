import type { EntryProblem, EvaluationEntry } from '../../core/appraisal/entries.js';
import { problemAt } from '../../core/appraisal/entries.js';
import { parseRating, RATING_HINT } from '../../core/appraisal/ratings.js';
import type { Evidence } from '../../core/appraisal/records.js';
import type { Result } from '../../core/errors.js';
import type { Nip } from '../../core/model/nip.js';
import { authorize } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import { nipCell } from '../../documents/import/nip-cell.js';
import type { AppContext } from '../app-context.js';
import { commitEntries, type EntryReport } from './commit-entries.js';
import { type CallMeta, instansiResource, requirePeriod } from './evaluation-access.js';

export interface SkpEntryInput {
  readonly nip: string;
  readonly hasilKerja: string;
  readonly perilakuKerja: string;
  readonly evaluatorNip?: string | null | undefined;
  readonly evidence: Evidence;
}

export interface AttendanceEntryInput {
  readonly nip: string;
  readonly workingDays: number;
  readonly unexcusedDays: number;
  readonly lateCount: number;
  readonly evidence: Evidence;
}

/**
 * Bulk entry from the form: SKP ratings and attendance for many people of one open period. Every
 * item is checked and the report names each bad one (section, item number, field, rule); nothing
 * is written unless all are valid.
 */
export async function enterEvaluationRecords(
  ctx: AppContext,
  principal: Principal,
  periodId: number,
  input: {
    readonly skp?: readonly SkpEntryInput[] | undefined;
    readonly attendance?: readonly AttendanceEntryInput[] | undefined;
    readonly dryRun?: boolean | undefined;
  },
  meta: CallMeta,
): Promise<EntryReport> {
  const period = await requirePeriod(ctx, principal, periodId);
  authorize(principal, 'evaluation.write', instansiResource(principal));
  const problems: EntryProblem[] = [];
  const entries: EvaluationEntry[] = [];
  const check = <T>(
    r: Result<T>,
    row: number,
    section: 'skp' | 'attendance',
    column: string,
  ): T | undefined => {
    if (r.ok) return r.value;
    problems.push(problemAt({ ...r.error, field: column }, { row, section, column }));
    return undefined;
  };
  const rating = (raw: string, row: number, column: string) => {
    const value = parseRating(raw);
    if (value) return value;
    problems.push(
      problemAt(
        {
          field: column,
          value: raw,
          code: 'VALIDATION_FAILED',
          rule: 'RATING_OUT_OF_SCALE',
          message: {
            id: `Nilai "${raw}" di luar skala penilaian; gunakan ${RATING_HINT}`,
            en: `"${raw}" is outside the rating scale; use ${RATING_HINT}`,
          },
        },
        { row, section: 'skp', column },
      ),
    );
    return undefined;
  };
  const columns = {
    nip: 'nip',
    hasilKerja: 'hasilKerja',
    perilakuKerja: 'perilakuKerja',
    evaluatorNip: 'evaluatorNip',
    workingDays: 'workingDays',
    unexcusedDays: 'unexcusedDays',
    lateCount: 'lateCount',
    evidence: 'evidence',
  };
  (input.skp ?? []).forEach((item, i) => {
    const row = i + 1;
    const nip = check(nipCell({ text: item.nip }, 'nip'), row, 'skp', 'nip');
    const hasilKerja = rating(item.hasilKerja, row, 'hasilKerja');
    const perilakuKerja = rating(item.perilakuKerja, row, 'perilakuKerja');
    const evaluatorNip: Nip | null | undefined = item.evaluatorNip
      ? check(nipCell({ text: item.evaluatorNip }, 'evaluatorNip'), row, 'skp', 'evaluatorNip')
      : null;
    if (nip && hasilKerja && perilakuKerja && evaluatorNip !== undefined) {
      entries.push({
        row,
        section: 'skp',
        nip,
        periodCode: null,
        skp: { hasilKerja, perilakuKerja, evaluatorNip },
        attendance: null,
        evidence: item.evidence,
        columns,
      });
    }
  });
  (input.attendance ?? []).forEach((item, i) => {
    const row = i + 1;
    const nip = check(nipCell({ text: item.nip }, 'nip'), row, 'attendance', 'nip');
    if (nip) {
      const { workingDays, unexcusedDays, lateCount } = item;
      entries.push({
        row,
        section: 'attendance',
        nip,
        periodCode: null,
        skp: null,
        attendance: { workingDays, unexcusedDays, lateCount },
        evidence: item.evidence,
        columns,
      });
    }
  });
  return commitEntries(
    ctx,
    principal,
    entries,
    problems,
    {
      target: period,
      source: 'FORM',
      dryRun: input.dryRun ?? false,
      rowCount: (input.skp?.length ?? 0) + (input.attendance?.length ?? 0),
      auditAction: 'evaluation.records.enter',
      auditDetails: {},
    },
    meta,
  );
}
