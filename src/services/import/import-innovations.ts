import { checkInnovationDates, type Evidence } from '../../core/appraisal/records.js';
import { checkInnovationTeam } from '../../core/appraisal/register-rules.js';
import type { Innovation } from '../../core/appraisal/stored-records.js';
import { authorize, can } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import {
  groupInnovationRows,
  type InnovationGroup,
  innovationColumnLabel,
  innovationKey,
} from '../../documents/import/kinds/innovation-groups.js';
import {
  type InnovationField,
  type InnovationRow,
  innovationTable,
} from '../../documents/import/kinds/innovation-rows.js';
import { hasErrors, type ImportProblem, problem, problemFrom } from '../../documents/import/problem.js';
import { appendAudit } from '../../store/repositories/audit.js';
import {
  type InnovationInput,
  insertInnovation,
  listInnovations,
  updateInnovation,
} from '../../store/repositories/evaluation-innovations.js';
import { employeesByNip } from '../../store/repositories/evaluation-people.js';
import type { AppContext } from '../app-context.js';
import { actorId, type CallMeta } from '../evaluation/evaluation-access.js';
import { diffStoredRows, writtenOf } from './diff-stored-rows.js';
import type { ImportOptions } from './import-employees.js';
import { type ImportReport, sortProblems } from './import-report.js';
import { loadOrganisation } from './organisation-lookup.js';
import { type ImportFile, readImportFile } from './read-import-file.js';

const at = (row: number, field: InnovationField) => ({ row, column: innovationColumnLabel(field) });

/** The stored innovation's team and values in the form they are compared in. */
const sameTeam = (a: InnovationInput['members'], b: InnovationInput['members']) =>
  a.length === b.length &&
  [...a]
    .sort((x, y) => x.employeeId - y.employeeId)
    .every((m, i) => {
      const o = [...b].sort((x, y) => x.employeeId - y.employeeId)[i]!;
      return m.employeeId === o.employeeId && m.role === o.role;
    });

function differs(input: InnovationInput, s: Innovation): boolean {
  return (
    input.description !== s.description ||
    input.status !== s.status ||
    input.proposedOn !== s.proposedOn ||
    input.implementedOn !== s.implementedOn ||
    input.replicatedOn !== s.replicatedOn ||
    input.awardedOn !== s.awardedOn ||
    input.evidence.kind !== s.evidence.kind ||
    input.evidence.reference !== s.evidence.reference ||
    !sameTeam(input.members, s.members)
  );
}

/**
 * Imports the innovation register: one row per innovator, the title tying the rows of one
 * innovation, its unit by code or name, its stage and dates checked with the core's lifecycle
 * rules and its team with the core's team rules (one lead, each person once). An innovation already
 * registered for the unit under the same title is updated (a blank BUKTI DUKUNG keeps its
 * evidence), otherwise created. All or nothing, idempotent, like every import.
 */
export async function importInnovations(
  ctx: AppContext,
  principal: Principal,
  file: ImportFile,
  options: ImportOptions,
  meta: CallMeta,
): Promise<ImportReport> {
  authorize(principal, 'data.import', { type: 'instansi', instansiId: principal.instansiId });
  const instansiId = principal.instansiId;
  const rows: InnovationRow[] = [];
  const read = await readImportFile(file, innovationTable, options, (row) => {
    rows.push(row);
    return undefined;
  });
  const grouped = groupInnovationRows(rows);
  const problems: ImportProblem[] = [...read.problems, ...grouped.problems];
  const [organisation, people, stored] = await Promise.all([
    loadOrganisation(ctx.db, instansiId),
    employeesByNip(
      ctx.db,
      instansiId,
      rows.map((r) => r.nip),
    ),
    listInnovations(ctx.db, instansiId, {}),
  ]);
  const storedByKey = new Map(stored.map((s) => [`${s.unitId}|${innovationKey(s.title)}`, s]));
  const inputs = new Map<string, InnovationInput & { readonly group: InnovationGroup }>();
  for (const g of grouped.groups) {
    const input = toInput(g, problems, { organisation, people, storedByKey, principal });
    if (input) inputs.set(`${input.unitId}|${g.key}`, { ...input, group: g });
  }
  const diff = diffStoredRows(inputs, storedByKey, differs);
  const report = (committed: boolean): ImportReport => ({
    kind: 'innovations',
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
    for (const { row } of diff.created) {
      const { group: _g, ...input } = row;
      const id = await insertInnovation(trx, instansiId, input);
      await appendAudit(trx, {
        ...actor,
        action: 'evaluation.innovation.import-create',
        entityType: 'innovation',
        entityId: id,
        after: { ...input, file: file.name },
      });
    }
    for (const { row, stored: s } of diff.changed) {
      const { group: _g, ...input } = row;
      await updateInnovation(trx, instansiId, s.id, s.version, input);
      await appendAudit(trx, {
        ...actor,
        action: 'evaluation.innovation.import-update',
        entityType: 'innovation',
        entityId: s.id,
        before: s,
        after: { ...input, file: file.name },
      });
    }
    await appendAudit(trx, {
      ...actor,
      action: 'import.innovations',
      entityType: 'import',
      entityId: read.sha256,
      after: {
        fileName: file.name,
        sha256: read.sha256,
        rows: read.rows,
        created: diff.created.length,
        updated: diff.changed.length,
      },
    });
  });
  return report(true);
}

/** Resolves and checks one innovation of the file; null (with problems recorded) when it is bad. */
function toInput(
  g: InnovationGroup,
  problems: ImportProblem[],
  world: {
    organisation: Awaited<ReturnType<typeof loadOrganisation>>;
    people: Awaited<ReturnType<typeof employeesByNip>>;
    storedByKey: ReadonlyMap<string, Innovation>;
    principal: Principal;
  },
): InnovationInput | null {
  const before = problems.length;
  const missing = (field: InnovationField) =>
    problems.push(
      problem(
        at(g.firstRow, field),
        'REQUIRED',
        '',
        `Inovasi "${g.title}": ${innovationColumnLabel(field)} wajib diisi`,
        `Innovation "${g.title}": ${innovationColumnLabel(field)} is required`,
      ),
    );
  const unit = g.unit === null ? null : world.organisation.unit(g.unit);
  if (g.unit === null) missing('unit');
  else if (unit === null || unit === 'AMBIGUOUS') {
    problems.push(
      problem(
        at(g.firstRow, 'unit'),
        unit === null ? 'UNIT_UNKNOWN' : 'UNIT_AMBIGUOUS',
        g.unit,
        unit === null
          ? `Unit kerja "${g.unit}" tidak ditemukan`
          : `Nama unit "${g.unit}" dipakai beberapa unit; tulis kodenya`,
        unit === null ? `Unit "${g.unit}" not found` : `Several units are named "${g.unit}"; write its code`,
      ),
    );
  } else if (
    !can(world.principal, 'evaluation.write', {
      type: 'unit',
      instansiId: world.principal.instansiId,
      unitId: unit.id,
    })
  ) {
    problems.push(
      problem(
        at(g.firstRow, 'unit'),
        'NOT_IN_SCOPE',
        g.unit,
        `Anda tidak dapat mencatat inovasi unit ${g.unit}`,
        `You may not record innovations of unit ${g.unit}`,
      ),
    );
  }
  if (g.status === null) missing('status');
  if (g.proposedOn === null) missing('proposedOn');
  if (g.title.length < 3 || g.title.length > 200) {
    problems.push(
      problem(
        at(g.firstRow, 'title'),
        'TEXT_LENGTH',
        g.title,
        'Judul inovasi 3-200 karakter',
        'The title needs 3-200 characters',
      ),
    );
  }
  const description = g.description ?? '';
  if (description.length < 3 || description.length > 2000) {
    problems.push(
      problem(
        at(g.firstRow, 'description'),
        'TEXT_LENGTH',
        description,
        `Inovasi "${g.title}": deskripsi 3-2000 karakter`,
        `Innovation "${g.title}": the description needs 3-2000 characters`,
      ),
    );
  }
  const dates = {
    proposedOn: g.proposedOn!,
    implementedOn: g.implementedOn,
    replicatedOn: g.replicatedOn,
    awardedOn: g.awardedOn,
  };
  if (g.status !== null && g.proposedOn !== null) {
    for (const issue of checkInnovationDates(g.status, dates)) {
      problems.push(problemFrom(issue, at(g.firstRow, issue.field as InnovationField)));
    }
  }
  for (const issue of checkInnovationTeam(g.members)) {
    const index = Number(/^members\.(\d+)\./.exec(issue.field)?.[1] ?? -1);
    const row = g.members[index]?.row ?? g.firstRow;
    problems.push(problemFrom(issue, at(row, index >= 0 ? 'nip' : 'role')));
  }
  for (const m of g.members) {
    if (!world.people.has(m.nip)) {
      problems.push(
        problem(
          at(m.row, 'nip'),
          'NIP_UNKNOWN',
          m.nip,
          `NIP ${m.nip} tidak terdaftar`,
          `NIP ${m.nip} is not registered`,
        ),
      );
    }
  }
  const stored = unit && unit !== 'AMBIGUOUS' ? world.storedByKey.get(`${unit.id}|${g.key}`) : undefined;
  const evidence: Evidence | null = g.evidence ?? stored?.evidence ?? null;
  if (evidence === null) missing('evidence');
  if (problems.length > before || !unit || unit === 'AMBIGUOUS' || !evidence) return null;
  return {
    unitId: unit.id,
    title: stored?.title ?? g.title,
    description,
    status: g.status!,
    ...dates,
    evidence,
    members: g.members.map((m) => ({ employeeId: world.people.get(m.nip)!.id, role: m.role })),
  };
}
