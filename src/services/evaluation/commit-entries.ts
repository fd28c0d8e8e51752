import type { EntryProblem, EvaluationEntry } from '../../core/appraisal/entries.js';
import { problemAt, sortProblems } from '../../core/appraisal/entries.js';
import type { EvaluationPeriod } from '../../core/appraisal/period.js';
import { decideWrite } from '../../core/appraisal/period-lifecycle.js';
import { PREDIKAT_RULES_VERSION, predikatOf } from '../../core/appraisal/predikat-matrix.js';
import { checkAttendance } from '../../core/appraisal/records.js';
import { DomainError } from '../../core/errors.js';
import { can } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import { appendAudit } from '../../store/repositories/audit.js';
import { type EvaluatedPerson, employeesByNip } from '../../store/repositories/evaluation-people.js';
import { listPeriods } from '../../store/repositories/evaluation-periods.js';
import {
  appendAttendance,
  appendSkpRatings,
  type NewAttendance,
  type NewSkpRating,
} from '../../store/repositories/evaluation-records.js';
import type { AppContext } from '../app-context.js';
import { actorId, type CallMeta, employeeResource } from './evaluation-access.js';

/** What happened to a bulk entry or an import: written in full, or not at all and why. */
export interface EntryReport {
  readonly committed: boolean;
  readonly dryRun: boolean;
  /** Data rows read. */
  readonly rows: number;
  /** Rows without an error. */
  readonly validRows: number;
  /** Records written (or, in a dry run or a refused import, that would have been). */
  readonly counts: { readonly skp: number; readonly attendance: number };
  readonly periods: readonly string[];
  readonly problems: readonly EntryProblem[];
}

export interface CommitOptions {
  /** The period rows without a period of their own go to. */
  readonly target: EvaluationPeriod;
  readonly source: 'FORM' | 'IMPORT';
  readonly dryRun: boolean;
  readonly rowCount: number;
  readonly auditAction: string;
  readonly auditDetails: Readonly<Record<string, unknown>>;
}

const NIP_UNKNOWN = {
  id: 'NIP tidak terdaftar pada instansi ini atau di luar kewenangan Anda',
  en: 'NIP not registered in this instansi, or outside your authority',
};

/**
 * Checks bulk rows against the database (the NIP exists and is the caller's to evaluate, the
 * period exists and is open, attendance fits the period, one row per person and period) and
 * writes every row or none in one transaction, with one audit entry per period. A problem the
 * reader found in any row blocks the whole commit too.
 */
export async function commitEntries(
  ctx: AppContext,
  principal: Principal,
  entries: readonly EvaluationEntry[],
  readerProblems: readonly EntryProblem[],
  options: CommitOptions,
  meta: CallMeta,
): Promise<EntryReport> {
  const problems: EntryProblem[] = [...readerProblems];
  const periods = new Map((await listPeriods(ctx.db, principal.instansiId)).map((p) => [p.code, p]));
  const people = await employeesByNip(
    ctx.db,
    principal.instansiId,
    entries.map((e) => e.nip),
  );
  const skp: NewSkpRating[] = [];
  const attendance: NewAttendance[] = [];
  const seen = new Map<string, number>();
  const recordedAt = ctx.now().toISOString();
  let validRows = 0;

  for (const entry of entries) {
    const at = (field: keyof EvaluationEntry['columns']) => ({
      row: entry.row,
      section: entry.section,
      column: entry.columns[field] ?? field,
    });
    const before = problems.length;
    const code = entry.periodCode ?? options.target.code;
    const period = periods.get(code);
    if (!period) {
      problems.push(
        problemAt(
          {
            field: 'period',
            value: code,
            code: 'NOT_FOUND',
            rule: 'PERIOD_UNKNOWN',
            message: {
              id: `Periode penilaian ${code} belum dibuat`,
              en: `Evaluation period ${code} does not exist`,
            },
          },
          at('period'),
        ),
      );
    } else {
      const open = decideWrite(period.status, 'ENTRY', null);
      if (!open.ok) problems.push(problemAt({ ...open.error, value: code }, at('period')));
    }
    const person: EvaluatedPerson | undefined = people.get(entry.nip);
    // Note: a NIP outside the caller's units reads as unknown, so rows reveal nobody else's staff.
    if (!person || !can(principal, 'evaluation.write', employeeResource(principal.instansiId, person))) {
      problems.push(
        problemAt(
          { field: 'nip', value: entry.nip, code: 'NOT_FOUND', rule: 'NIP_UNKNOWN', message: NIP_UNKNOWN },
          at('nip'),
        ),
      );
    }
    if (entry.attendance && period) {
      for (const issue of checkAttendance(entry.attendance, period)) {
        problems.push(problemAt(issue, at(issue.field as keyof EvaluationEntry['columns'])));
      }
    }
    if (person && period) {
      for (const part of ['skp', 'attendance'] as const) {
        if (!entry[part]) continue;
        const key = `${person.id}:${period.id}:${part}`;
        const first = seen.get(key);
        if (first !== undefined) {
          problems.push(
            problemAt(
              {
                field: 'nip',
                value: entry.nip,
                code: 'CONFLICT',
                rule: 'DUPLICATE_ROW',
                message: {
                  id: `NIP ${entry.nip} sudah ada pada baris ${first} untuk periode ${period.code}`,
                  en: `NIP ${entry.nip} already appears in row ${first} for period ${period.code}`,
                },
              },
              at('nip'),
            ),
          );
        } else seen.set(key, entry.row);
      }
    }
    if (problems.length > before || !person || !period) continue;
    validRows++;
    const base = {
      periodId: period.id,
      employeeId: person.id,
      mode: 'ENTRY' as const,
      source: options.source,
      reason: null,
      recordedByUserId: actorId(principal),
      recordedAt,
    };
    if (entry.skp) {
      skp.push({
        ...base,
        unitId: person.unitId,
        value: { ...entry.skp, evidence: entry.evidence },
        predikat: predikatOf(entry.skp.hasilKerja, entry.skp.perilakuKerja),
        rulesVersion: PREDIKAT_RULES_VERSION,
      });
    }
    if (entry.attendance)
      attendance.push({ ...base, value: { ...entry.attendance, evidence: entry.evidence } });
  }

  const usedPeriods = [...new Set(entries.map((e) => e.periodCode ?? options.target.code))].sort();
  const blocked = problems.some((p) => p.severity === 'ERROR');
  const report = (committed: boolean): EntryReport => ({
    committed,
    dryRun: options.dryRun,
    rows: options.rowCount,
    validRows,
    counts: { skp: skp.length, attendance: attendance.length },
    periods: usedPeriods,
    problems: sortProblems(problems),
  });
  if (blocked || options.dryRun || skp.length + attendance.length === 0) return report(false);

  await ctx.db.transaction().execute(async (trx) => {
    // Note: a period closed since the check above refuses the whole commit (no partial import).
    const fresh = new Map((await listPeriods(trx, principal.instansiId)).map((p) => [p.id, p]));
    const periodIds = new Set([...skp, ...attendance].map((r) => r.periodId));
    for (const id of periodIds) {
      if (fresh.get(id)?.status !== 'OPEN') {
        throw new DomainError(
          'CONFLICT',
          { id: 'Periode penilaian baru saja ditutup', en: 'The evaluation period was just closed' },
          { field: 'period', value: fresh.get(id)?.code, rule: 'PERIOD_CLOSED' },
        );
      }
    }
    await appendSkpRatings(trx, principal.instansiId, skp);
    await appendAttendance(trx, principal.instansiId, attendance);
    for (const id of periodIds) {
      const bySkp = skp.filter((r) => r.periodId === id);
      const byAttendance = attendance.filter((r) => r.periodId === id);
      const nipOf = new Map([...people.values()].map((p) => [p.id, p.nip]));
      await appendAudit(trx, {
        instansiId: principal.instansiId,
        actorUserId: actorId(principal),
        actorIp: meta.ip,
        action: options.auditAction,
        entityType: 'evaluation_period',
        entityId: fresh.get(id)!.code,
        after: {
          ...options.auditDetails,
          source: options.source,
          skp: bySkp.map((r) => [
            nipOf.get(r.employeeId),
            r.value.hasilKerja,
            r.value.perilakuKerja,
            r.predikat,
          ]),
          attendance: byAttendance.map((r) => [
            nipOf.get(r.employeeId),
            r.value.workingDays,
            r.value.unexcusedDays,
            r.value.lateCount,
          ]),
        },
      });
    }
  });
  return report(true);
}
