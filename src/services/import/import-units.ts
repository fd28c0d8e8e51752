import { ALLOWED_CHILD_KINDS, ROOT_UNIT_KINDS, type UnitKind } from '../../core/model/unit.js';
import { authorize } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import { type UnitRow, unitTable } from '../../documents/import/kinds/unit-rows.js';
import { hasErrors, type ImportProblem, problem } from '../../documents/import/problem.js';
import { insertRows } from '../../store/bulk-insert.js';
import { appendAudit } from '../../store/repositories/audit.js';
import { loadImportUnitsByCode } from '../../store/repositories/import-units-stored.js';
import { updateWithVersion } from '../../store/repositories/update-with-version.js';
import type { AppContext } from '../app-context.js';
import { actorId, type CallMeta } from '../evaluation/evaluation-access.js';
import { diffStoredRows, writtenOf } from './diff-stored-rows.js';
import type { ImportOptions } from './import-employees.js';
import type { ImportReport } from './import-report.js';
import { sortProblems } from './import-report.js';
import { type ImportFile, readImportFile } from './read-import-file.js';

/**
 * Imports the unit tree (one unit per row, the parent by code, in the file or already stored).
 * Kinds follow the core's tree rules (an OPD at the top, no OPD under a sekolah). New units are
 * written parents first; a unit whose name, short name, kind or parent changed is updated by code
 * and audited. All or nothing, idempotent, like every import.
 */
export async function importUnits(
  ctx: AppContext,
  principal: Principal,
  file: ImportFile,
  options: ImportOptions,
  meta: CallMeta,
): Promise<ImportReport> {
  authorize(principal, 'data.import', { type: 'instansi', instansiId: principal.instansiId });
  const instansiId = principal.instansiId;
  const rows = new Map<string, UnitRow>();
  const read = await readImportFile(file, unitTable, options, (row) => {
    const seen = rows.get(row.code);
    if (seen) return [duplicate(row.row, row.code, seen.row)];
    rows.set(row.code, row);
    return undefined;
  });
  const problems: ImportProblem[] = read.problems;
  const stored = await loadImportUnitsByCode(ctx.db, instansiId);
  const storedById = new Map([...stored.values()].map((u) => [u.id, u]));
  for (const u of rows.values()) {
    const parentKind =
      u.parentCode === null
        ? null
        : ((rows.get(u.parentCode)?.kind ?? stored.get(u.parentCode)?.kind ?? null) as UnitKind | null);
    if (u.parentCode !== null && parentKind === null) {
      problems.push(
        problem(
          { row: u.row, column: 'KODE INDUK' },
          'PARENT_UNKNOWN',
          u.parentCode,
          `Unit induk "${u.parentCode}" tidak ada di berkas maupun di data`,
          `Parent unit "${u.parentCode}" is neither in the file nor stored`,
        ),
      );
    } else if (
      parentKind === null
        ? !ROOT_UNIT_KINDS.includes(u.kind)
        : !ALLOWED_CHILD_KINDS[parentKind].includes(u.kind)
    ) {
      problems.push(
        problem(
          { row: u.row, column: 'JENIS UNIT' },
          parentKind === null ? 'UNIT_ROOT_KIND' : 'UNIT_CHILD_KIND',
          u.kind,
          parentKind === null
            ? `Unit ${u.kind} harus berada di bawah unit induk`
            : `Unit ${u.kind} tidak boleh berada di bawah ${parentKind}`,
          parentKind === null
            ? `A ${u.kind} unit needs a parent unit`
            : `A ${u.kind} unit may not sit under a ${parentKind}`,
        ),
      );
    }
  }
  for (const u of rows.values()) {
    if (inCycle(u, rows)) {
      problems.push(
        problem(
          { row: u.row, column: 'KODE INDUK' },
          'UNIT_CYCLE',
          u.parentCode,
          `Unit "${u.code}" menjadi induk dirinya sendiri melalui ${u.parentCode}`,
          `Unit "${u.code}" becomes its own parent through ${u.parentCode}`,
        ),
      );
    }
  }
  const diff = diffStoredRows(rows, stored, (u, s) => {
    const parent = s.parentId === null ? null : (storedById.get(s.parentId)?.code ?? null);
    return s.name !== u.name || s.shortName !== u.shortName || s.kind !== u.kind || parent !== u.parentCode;
  });
  const created = diff.created.map((c) => c.row);
  const changed = diff.changed;
  const report = (committed: boolean): ImportReport => ({
    kind: 'units',
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
  if (created.length + changed.length === 0) return report(true);

  await ctx.db.transaction().execute(async (trx) => {
    const ids = new Map(
      [...(await loadImportUnitsByCode(trx, instansiId)).values()].map((u) => [u.code, u.id]),
    );
    let pending = created;
    while (pending.length > 0) {
      const ready = pending.filter((u) => u.parentCode === null || ids.has(u.parentCode));
      // Cycles were reported before the transaction; a parent is always found here.
      if (ready.length === 0) break;
      const inserted = await insertRows(
        trx,
        'units',
        ['instansi_id', 'parent_id', 'code', 'name', 'short_name', 'kind'],
        ready.map((u) => [
          instansiId,
          u.parentCode === null ? null : ids.get(u.parentCode),
          u.code,
          u.name,
          u.shortName,
          u.kind,
        ]),
        { returning: ['id', 'code'] },
      );
      for (const r of inserted) ids.set(r.code, r.id);
      pending = pending.filter((u) => !ready.includes(u));
    }
    const actor = { instansiId, actorUserId: actorId(principal), actorIp: meta.ip };
    for (const { row: u, stored: s } of changed) {
      const parentId = u.parentCode === null ? null : ids.get(u.parentCode)!;
      await updateWithVersion(trx, 'units', s.id, s.version, {
        name: u.name,
        short_name: u.shortName,
        kind: u.kind,
        parent_id: parentId,
      });
      await appendAudit(trx, {
        ...actor,
        action: 'unit.import-update',
        entityType: 'unit',
        entityId: u.code,
        before: { name: s.name, shortName: s.shortName, kind: s.kind, parentId: s.parentId },
        after: { name: u.name, shortName: u.shortName, kind: u.kind, parentId, file: file.name },
      });
    }
    await appendAudit(trx, {
      ...actor,
      action: 'import.units',
      entityType: 'import',
      entityId: read.sha256,
      after: {
        fileName: file.name,
        sha256: read.sha256,
        rows: read.rows,
        created: created.length,
        updated: changed.length,
      },
    });
  });
  return report(true);
}

const duplicate = (row: number, code: string, first: number) =>
  problem(
    { row, column: 'KODE' },
    'DUPLICATE_CODE',
    code,
    `Kode "${code}" sudah ada di baris ${first}`,
    `Code "${code}" already appears in row ${first}`,
  );

/** A unit whose chain of parents inside the file comes back to itself (never written). */
function inCycle(u: UnitRow, rows: ReadonlyMap<string, UnitRow>): boolean {
  const seen = new Set<string>([u.code]);
  for (let p = u.parentCode; p !== null; p = rows.get(p)?.parentCode ?? null) {
    if (seen.has(p)) return true;
    seen.add(p);
  }
  return false;
}
