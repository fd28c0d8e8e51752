import { authorize } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import { type PositionRow, positionTable } from '../../documents/import/kinds/position-rows.js';
import { hasErrors, type ImportProblem, problem } from '../../documents/import/problem.js';
import { insertRows } from '../../store/bulk-insert.js';
import { appendAudit } from '../../store/repositories/audit.js';
import {
  loadImportPositionsByCode,
  POSITION_IMPORT_COLUMNS,
} from '../../store/repositories/import-positions-stored.js';
import { gradeColumns } from '../../store/repositories/position-row.js';
import { updateWithVersion } from '../../store/repositories/update-with-version.js';
import type { AppContext } from '../app-context.js';
import { actorId, type CallMeta } from '../evaluation/evaluation-access.js';
import { diffStoredRows, writtenOf } from './diff-stored-rows.js';
import type { ImportOptions } from './import-employees.js';
import { type ImportReport, sortProblems } from './import-report.js';
import { loadOrganisation } from './organisation-lookup.js';
import { type ImportFile, readImportFile } from './read-import-file.js';

const COMPARED = POSITION_IMPORT_COLUMNS;

/**
 * Imports positions (one per row, its unit by code or name). The grade is checked by core
 * (`buildPositionGrade`), the minimum golongan against the grade's rank range. New positions are
 * bulk-inserted; a changed one is updated by code and audited; education requirements and
 * competency standards already stored are kept, and so is the profession when the file has no
 * PROFESI column. All or nothing, idempotent.
 */
export async function importPositions(
  ctx: AppContext,
  principal: Principal,
  file: ImportFile,
  options: ImportOptions,
  meta: CallMeta,
): Promise<ImportReport> {
  authorize(principal, 'data.import', { type: 'instansi', instansiId: principal.instansiId });
  const instansiId = principal.instansiId;
  const rows = new Map<string, PositionRow>();
  const read = await readImportFile(file, positionTable, options, (row) => {
    const seen = rows.get(row.code);
    if (seen) {
      return [
        problem(
          { row: row.row, column: 'KODE JABATAN' },
          'DUPLICATE_CODE',
          row.code,
          `Kode "${row.code}" sudah ada di baris ${seen.row}`,
          `Code "${row.code}" already appears in row ${seen.row}`,
        ),
      ];
    }
    rows.set(row.code, row);
    return undefined;
  });
  const problems: ImportProblem[] = read.problems;
  const org = await loadOrganisation(ctx.db, instansiId);
  const stored = await loadImportPositionsByCode(ctx.db, instansiId);
  const wanted = new Map<string, Record<(typeof COMPARED)[number], unknown>>();
  for (const p of rows.values()) {
    const unit = org.unit(p.unit);
    if (unit === null || unit === 'AMBIGUOUS') {
      problems.push(
        problem(
          { row: p.row, column: 'UNIT KERJA' },
          unit === null ? 'UNIT_UNKNOWN' : 'UNIT_AMBIGUOUS',
          p.unit,
          `Unit kerja "${p.unit}" tidak ada atau tidak tunggal; gunakan kode unit`,
          `Unit "${p.unit}" does not exist or is not unique; use the unit code`,
        ),
      );
      continue;
    }
    const g = gradeColumns(p.grade);
    wanted.set(p.code, {
      name: p.name,
      unit_id: unit.id,
      kind: g.kind,
      eselon: g.eselon,
      jf_category: g.jf_category,
      jf_level: g.jf_level,
      family: p.family,
      kelas_jabatan: p.kelasJabatan,
      min_golongan: p.minGolongan,
      seats: p.seats,
      tugas_tambahan: p.tugasTambahan,
      // A file without the PROFESI column keeps the stored profession (files made before it existed).
      profession: p.profession === undefined ? (stored.get(p.code)?.values.profession ?? null) : p.profession,
    });
  }
  const diff = diffStoredRows(wanted, stored, (w, s) =>
    COMPARED.some((k) => (s.values[k] ?? null) !== (w[k] ?? null)),
  );
  const { created, changed } = diff;
  const report = (committed: boolean): ImportReport => ({
    kind: 'positions',
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
    await insertRows(
      trx,
      'positions',
      ['instansi_id', 'code', 'is_strategic', ...COMPARED],
      created.map(({ key: code, row: w }) => [instansiId, code, false, ...COMPARED.map((k) => w[k])]),
    );
    const actor = { instansiId, actorUserId: actorId(principal), actorIp: meta.ip };
    const fresh = await loadImportPositionsByCode(trx, instansiId);
    for (const { key: code, row: w } of changed) {
      const s = fresh.get(code)!;
      await updateWithVersion(trx, 'positions', s.id, s.version, w as never);
      const before = Object.fromEntries(
        COMPARED.filter((k) => s.values[k] !== w[k]).map((k) => [k, s.values[k]]),
      );
      const after = Object.fromEntries(COMPARED.filter((k) => s.values[k] !== w[k]).map((k) => [k, w[k]]));
      await appendAudit(trx, {
        ...actor,
        action: 'position.import-update',
        entityType: 'position',
        entityId: code,
        before,
        after: { ...after, file: file.name },
      });
    }
    await appendAudit(trx, {
      ...actor,
      action: 'import.positions',
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
