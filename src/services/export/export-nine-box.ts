import type { Principal } from '../../core/policies/roles.js';
import type { ExportColumn, ExportTable } from '../../documents/export/export-table.js';
import { unitNamesById } from '../../store/repositories/export-unit-labels.js';
import type { AppContext } from '../app-context.js';
import type { PersonResult } from '../evaluation/period-results.js';
import { scopedResults, type TalentQuery } from '../talent/talent-scope.js';

interface NineBoxRow {
  readonly person: PersonResult;
  readonly period: string;
  readonly unitName: string | null;
}

export const NINE_BOX_EXPORT_COLUMNS: readonly ExportColumn<NineBoxRow>[] = [
  { header: 'PERIODE', type: 'text', value: (r) => r.period },
  { header: 'NIP', type: 'text', value: (r) => r.person.nip, width: 21 },
  { header: 'NAMA', type: 'text', value: (r) => r.person.name, width: 30 },
  { header: 'UNIT KERJA', type: 'text', value: (r) => r.unitName, width: 30 },
  { header: 'KOTAK', type: 'number', value: (r) => r.person.result.box },
  { header: 'PREDIKAT KINERJA', type: 'text', value: (r) => r.person.result.predikat },
  { header: 'INDEKS KINERJA', type: 'number', value: (r) => r.person.result.index },
  { header: 'POTENSI', type: 'text', value: (r) => r.person.result.potential.level },
  {
    header: 'KELOMPOK RENCANA SUKSESI',
    type: 'text',
    value: (r) => (r.person.result.pool.member ? 'YA' : 'TIDAK'),
  },
];

/** The 9-box of a period (the talent service decides scope and period), box by box, best first. */
export function nineBoxExport(
  ctx: AppContext,
  principal: Principal,
  query: TalentQuery,
): ExportTable<NineBoxRow> {
  async function* rows(): AsyncGenerator<NineBoxRow> {
    const scoped = await scopedResults(ctx, principal, query);
    const ids = [...new Set(scoped.people.flatMap((p) => (p.unitId === null ? [] : [p.unitId])))];
    const names = await unitNamesById(ctx.db, principal.instansiId, ids);
    const people = [...scoped.people].sort(
      (a, b) =>
        (b.result.box ?? 0) - (a.result.box ?? 0) ||
        b.result.index - a.result.index ||
        a.name.localeCompare(b.name),
    );
    for (const person of people) {
      yield {
        person,
        period: scoped.period.code,
        unitName: person.unitId === null ? null : (names.get(person.unitId) ?? null),
      };
    }
  }
  return { sheetName: '9-Box', columns: NINE_BOX_EXPORT_COLUMNS, rows: rows() };
}
