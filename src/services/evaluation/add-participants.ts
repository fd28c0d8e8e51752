import { overlapsPeriod } from '../../core/appraisal/entry-effect.js';
import type { ParticipationValue } from '../../core/appraisal/records.js';
import { checkParticipation } from '../../core/appraisal/register-rules.js';
import type { LocalizedMessage } from '../../core/errors.js';
import { normalizeNip } from '../../core/model/nip.js';
import { authorize, can } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import { appendAudit } from '../../store/repositories/audit.js';
import { employeesByNip } from '../../store/repositories/evaluation-people.js';
import { getProgram, listParticipations } from '../../store/repositories/evaluation-programs.js';
import { insertParticipations } from '../../store/repositories/program-participants.js';
import type { AppContext } from '../app-context.js';
import {
  actorId,
  type CallMeta,
  employeeResource,
  instansiResource,
  notFound,
  throwIssues,
} from './evaluation-access.js';
import { type EvidenceInput, keepPreparedFile, prepareEvidence } from './register-evidence.js';

export interface BulkParticipantsBody extends ParticipationValue {
  /** NIPs as picked or pasted, one per line; blank lines are skipped. */
  readonly nips: readonly string[];
  readonly evidence: EvidenceInput;
  readonly dryRun: boolean;
}

export interface BulkProblem {
  readonly row: number | null;
  readonly nip: string | null;
  readonly field: string;
  readonly rule: string;
  readonly message: LocalizedMessage;
}

export interface BulkReport {
  readonly dryRun: boolean;
  readonly ok: boolean;
  readonly committed: boolean;
  readonly rows: number;
  readonly added: number;
  readonly problems: readonly BulkProblem[];
}

const problem = (row: number, nip: string, rule: string, id: string, en: string): BulkProblem => ({
  row,
  nip,
  field: `nips.${row - 1}`,
  rule,
  message: { id, en },
});

/**
 * Adds many people to a programme at once with the same role, span, hours, outcome and evidence
 * (an SK of the programme team usually names them all). What is wrong with the request itself
 * (dates outside the programme, bad evidence) is a 400 naming the field; what is wrong with a
 * line (a NIP not registered, repeated, outside the caller's units, already in the programme over
 * an overlapping span) is reported per line, and then nothing is written: all rows or none.
 */
export async function addParticipantsInBulk(
  ctx: AppContext,
  principal: Principal,
  programId: number,
  body: BulkParticipantsBody,
  meta: CallMeta,
): Promise<BulkReport> {
  authorize(principal, 'evaluation.read', instansiResource(principal));
  const program = await getProgram(ctx.db, principal.instansiId, programId);
  if (!program) throw notFound({ id: 'Program', en: 'Programme' }, 'programId', programId);
  const issues = checkParticipation(body, program);
  if (issues.length > 0) throwIssues(issues);
  const prepared = await prepareEvidence(ctx, principal, body.evidence);

  const lines = body.nips
    .map((raw, i) => ({ row: i + 1, raw: raw.trim(), nip: normalizeNip(raw.trim().replace(/^'/, '')) }))
    .filter((l) => l.raw !== '');
  const [people, existing] = await Promise.all([
    employeesByNip(
      ctx.db,
      principal.instansiId,
      lines.map((l) => l.nip),
    ),
    listParticipations(ctx.db, principal.instansiId, program.id),
  ]);
  const problems: BulkProblem[] = [];
  const firstRow = new Map<string, number>();
  const accepted: number[] = [];
  for (const { row, raw, nip } of lines) {
    const seen = firstRow.get(nip);
    const person = people.get(nip);
    if (!/^\d{18}$/.test(nip)) {
      problems.push(
        problem(row, raw, 'NIP_FORMAT', `"${raw}" bukan NIP 18 digit`, `"${raw}" is not an 18-digit NIP`),
      );
    } else if (seen !== undefined) {
      problems.push(
        problem(
          row,
          nip,
          'DUPLICATE_IN_LIST',
          `NIP ${nip} sudah ada di baris ${seen}`,
          `NIP ${nip} already appears in line ${seen}`,
        ),
      );
    } else if (!person) {
      problems.push(
        problem(row, nip, 'NIP_UNKNOWN', `NIP ${nip} tidak terdaftar`, `NIP ${nip} is not registered`),
      );
    } else if (!can(principal, 'evaluation.write', employeeResource(principal.instansiId, person))) {
      // Note: an OPD head adds only people posted in their own units, as in the single entry.
      problems.push(
        problem(
          row,
          nip,
          'NOT_IN_SCOPE',
          `${person.name} (NIP ${nip}) di luar unit kerja yang dapat Anda catat`,
          `${person.name} (NIP ${nip}) is outside the units you may record`,
        ),
      );
    } else if (existing.some((p) => p.employeeId === person.id && overlapsPeriod(p, body))) {
      problems.push(
        problem(
          row,
          nip,
          'ALREADY_PARTICIPATING',
          `${person.name} sudah tercatat sebagai peserta ${program.code} pada masa yang beririsan`,
          `${person.name} is already recorded in ${program.code} over an overlapping span`,
        ),
      );
    } else {
      accepted.push(person.id);
    }
    if (seen === undefined) firstRow.set(nip, row);
  }
  if (lines.length === 0) {
    problems.push({
      row: null,
      nip: null,
      field: 'nips',
      rule: 'NIPS_EMPTY',
      message: { id: 'Daftar NIP kosong', en: 'The list of NIPs is empty' },
    });
  }
  const ok = problems.length === 0;
  const report = (committed: boolean): BulkReport => ({
    dryRun: body.dryRun,
    ok,
    committed,
    rows: lines.length,
    added: ok ? accepted.length : 0,
    problems,
  });
  if (!ok || body.dryRun) return report(false);

  const value = {
    role: body.role,
    startDate: body.startDate,
    endDate: body.endDate,
    hours: body.hours,
    outcome: body.outcome,
  };
  await ctx.db.transaction().execute(async (trx) => {
    await keepPreparedFile(trx, principal.instansiId, prepared);
    const ids = await insertParticipations(
      trx,
      principal.instansiId,
      program.id,
      accepted.map((employeeId) => ({ ...value, employeeId, evidence: prepared.evidence })),
    );
    await appendAudit(trx, {
      instansiId: principal.instansiId,
      actorUserId: actorId(principal),
      actorIp: meta.ip,
      action: 'evaluation.participation.bulk-create',
      entityType: 'government_program',
      entityId: program.code,
      after: {
        ...value,
        participationIds: ids,
        nips: lines.map((l) => l.nip),
        evidence: { ...prepared.evidence, fileName: prepared.file?.fileName ?? null },
      },
    });
  });
  return report(true);
}
