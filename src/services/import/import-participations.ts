import { overlapsPeriod } from '../../core/appraisal/entry-effect.js';
import { checkParticipation } from '../../core/appraisal/register-rules.js';
import type { GovernmentProgram } from '../../core/appraisal/stored-records.js';
import { authorize, can } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import {
  PARTICIPATION_COLUMNS,
  type ParticipationField,
  type ParticipationRow,
  participationTable,
} from '../../documents/import/kinds/participation-rows.js';
import { hasErrors, type ImportProblem, problem, problemFrom } from '../../documents/import/problem.js';
import { appendAudit } from '../../store/repositories/audit.js';
import { employeesByNip } from '../../store/repositories/evaluation-people.js';
import {
  listPrograms,
  type ParticipationInput,
  updateParticipation,
} from '../../store/repositories/evaluation-programs.js';
import {
  insertParticipations,
  listProgramParticipations,
  type ProgramParticipation,
} from '../../store/repositories/program-participants.js';
import type { AppContext } from '../app-context.js';
import { actorId, type CallMeta, employeeResource } from '../evaluation/evaluation-access.js';
import { diffStoredRows, writtenOf } from './diff-stored-rows.js';
import type { ImportOptions } from './import-employees.js';
import { type ImportReport, sortProblems } from './import-report.js';
import { type ImportFile, readImportFile } from './read-import-file.js';

const label = (field: ParticipationField) => PARTICIPATION_COLUMNS.find((c) => c.field === field)!.label;
const at = (row: number, field: ParticipationField) => ({ row, column: label(field) });
/** A participation's natural key: the programme, the person and the day their part started. */
const keyOf = (programId: number, employeeId: number, startDate: string) =>
  `${programId}|${employeeId}|${startDate}`;

type Input = ParticipationInput & { readonly programId: number; readonly row: number; readonly nip: string };

const differs = (r: Input, s: ProgramParticipation) =>
  r.role !== s.role ||
  r.endDate !== s.endDate ||
  r.hours !== s.hours ||
  r.outcome !== s.outcome ||
  r.evidence.kind !== s.evidence.kind ||
  r.evidence.reference !== s.evidence.reference;

/**
 * Imports programme participation: one row per person and span in a programme named by its code.
 * Each row is checked with the core's participation rules (inside the programme, start before
 * end) and the caller's scope; a row with the same programme, person and start date as a stored
 * participation updates it, a row whose span overlaps another part of the same person in the same
 * programme (stored or in the file) is refused, since it would count twice. All or nothing.
 */
export async function importParticipations(
  ctx: AppContext,
  principal: Principal,
  file: ImportFile,
  options: ImportOptions,
  meta: CallMeta,
): Promise<ImportReport> {
  authorize(principal, 'data.import', { type: 'instansi', instansiId: principal.instansiId });
  const instansiId = principal.instansiId;
  const rows: ParticipationRow[] = [];
  const read = await readImportFile(file, participationTable, options, (row) => {
    rows.push(row);
    return undefined;
  });
  const problems: ImportProblem[] = [...read.problems];
  const [programs, people] = await Promise.all([
    listPrograms(ctx.db, instansiId),
    employeesByNip(
      ctx.db,
      instansiId,
      rows.map((r) => r.nip),
    ),
  ]);
  const programByCode = new Map(programs.map((p) => [p.code.toUpperCase(), p]));
  const named = [
    ...new Set(rows.map((r) => programByCode.get(r.program)?.id).filter((id) => id !== undefined)),
  ];
  const storedList = await listProgramParticipations(ctx.db, instansiId, named);
  const stored = new Map(storedList.map((s) => [keyOf(s.programId, s.employeeId, s.startDate), s]));
  const inputs = new Map<string, Input>();
  // Parts per programme and person (the file's and the stored ones), to find overlapping spans.
  const party = (p: { programId: number; employeeId: number }) => `${p.programId}|${p.employeeId}`;
  const inFile = new Map<string, Input[]>();
  const storedOf = new Map<string, ProgramParticipation[]>();
  for (const s of storedList) storedOf.set(party(s), [...(storedOf.get(party(s)) ?? []), s]);
  for (const r of rows) {
    const input = toInput(r, problems, { programByCode, people, principal });
    if (!input) continue;
    const key = keyOf(input.programId, input.employeeId, input.startDate);
    const clash =
      (inFile.get(party(input)) ?? []).find((o) => overlapsPeriod(o, input)) ??
      (storedOf.get(party(input)) ?? []).find(
        (s) => s.startDate !== input.startDate && overlapsPeriod(s, input),
      );
    if (clash) {
      problems.push(
        problem(
          at(r.row, 'startDate'),
          'ALREADY_PARTICIPATING',
          r.startDate,
          `NIP ${r.nip} sudah tercatat di ${r.program} pada masa yang beririsan (${clash.startDate} s.d. ${clash.endDate})${'row' in clash ? `, baris ${clash.row}` : ''}`,
          `NIP ${r.nip} is already recorded in ${r.program} over an overlapping span (${clash.startDate} to ${clash.endDate})${'row' in clash ? `, row ${clash.row}` : ''}`,
        ),
      );
      continue;
    }
    inputs.set(key, input);
    inFile.set(party(input), [...(inFile.get(party(input)) ?? []), input]);
  }
  const diff = diffStoredRows(inputs, stored, differs);
  const report = (committed: boolean): ImportReport => ({
    kind: 'program-participants',
    fileName: file.name,
    sha256: read.sha256,
    format: read.format,
    sheet: read.sheet,
    headerRow: read.headerRow,
    dryRun: options.dryRun,
    ok: !hasErrors(problems),
    committed,
    rows: read.rows,
    written: writtenOf(diff, hasErrors(problems)),
    problems: sortProblems(problems),
  });
  if (hasErrors(problems) || options.dryRun) return report(false);
  if (diff.created.length + diff.changed.length === 0) return report(true);

  await ctx.db.transaction().execute(async (trx) => {
    const actor = { instansiId, actorUserId: actorId(principal), actorIp: meta.ip };
    const byProgram = new Map<number, Input[]>();
    for (const { row } of diff.created)
      byProgram.set(row.programId, [...(byProgram.get(row.programId) ?? []), row]);
    for (const [programId, list] of byProgram) await insertParticipations(trx, instansiId, programId, list);
    for (const { row, stored: s } of diff.changed) {
      await updateParticipation(trx, s.id, s.version, row);
      await appendAudit(trx, {
        ...actor,
        action: 'evaluation.participation.import-update',
        entityType: 'program_participation',
        entityId: `${s.programCode}/${s.id}`,
        before: s,
        after: { ...row, file: file.name },
      });
    }
    await appendAudit(trx, {
      ...actor,
      action: 'import.program-participants',
      entityType: 'import',
      entityId: read.sha256,
      after: {
        fileName: file.name,
        sha256: read.sha256,
        rows: read.rows,
        created: diff.created.length,
        updated: diff.changed.length,
        createdParticipations: diff.created.map((c) => ({ programId: c.row.programId, nip: c.row.nip })),
      },
    });
  });
  return report(true);
}

/** Resolves and checks one row; null (with problems recorded) when it is bad. */
function toInput(
  r: ParticipationRow,
  problems: ImportProblem[],
  world: {
    programByCode: ReadonlyMap<string, GovernmentProgram>;
    people: Awaited<ReturnType<typeof employeesByNip>>;
    principal: Principal;
  },
): Input | null {
  const program = world.programByCode.get(r.program);
  const person = world.people.get(r.nip);
  if (!program) {
    problems.push(
      problem(
        at(r.row, 'program'),
        'PROGRAM_UNKNOWN',
        r.program,
        `Program "${r.program}" tidak terdaftar; daftarkan dulu di halaman Program`,
        `Programme "${r.program}" is not registered; add it on the Programmes page first`,
      ),
    );
  }
  if (!person) {
    problems.push(
      problem(
        at(r.row, 'nip'),
        'NIP_UNKNOWN',
        r.nip,
        `NIP ${r.nip} tidak terdaftar`,
        `NIP ${r.nip} is not registered`,
      ),
    );
  } else if (
    !can(world.principal, 'evaluation.write', employeeResource(world.principal.instansiId, person))
  ) {
    problems.push(
      problem(
        at(r.row, 'nip'),
        'NOT_IN_SCOPE',
        r.nip,
        `${person.name} di luar unit kerja yang dapat Anda catat`,
        `${person.name} is outside the units you may record`,
      ),
    );
    return null;
  }
  if (!program || !person) return null;
  const issues = checkParticipation(r, program);
  for (const issue of issues) problems.push(problemFrom(issue, at(r.row, issue.field as ParticipationField)));
  if (issues.length > 0) return null;
  return {
    row: r.row,
    nip: r.nip,
    programId: program.id,
    employeeId: person.id,
    role: r.role,
    startDate: r.startDate,
    endDate: r.endDate,
    hours: r.hours,
    outcome: r.outcome,
    evidence: r.evidence,
  };
}
