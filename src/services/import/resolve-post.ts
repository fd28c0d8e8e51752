import type { PostReference } from '../../documents/import/kinds/employee-rows.js';
import { type ImportProblem, problem } from '../../documents/import/problem.js';
import type { OrganisationLookup } from './organisation-lookup.js';

/**
 * The position a row names: by KODE JABATAN, else by JABATAN (name) within UNIT KERJA (code or
 * name). Unknown or ambiguous references are problems at the row, never a guess.
 */
export function resolvePost(
  post: PostReference & { readonly row: number },
  org: OrganisationLookup,
): { id: number; code: string } | ImportProblem {
  if (post.positionCode) {
    return (
      org.positionByCode(post.positionCode) ??
      problem(
        { row: post.row, column: 'KODE JABATAN' },
        'POSITION_UNKNOWN',
        post.positionCode,
        `Kode jabatan "${post.positionCode}" tidak ada; impor jabatan terlebih dahulu`,
        `Position code "${post.positionCode}" does not exist; import the positions first`,
      )
    );
  }
  let unitId: number | null = null;
  if (post.unit) {
    const unit = org.unit(post.unit);
    if (unit === null || unit === 'AMBIGUOUS') {
      return problem(
        { row: post.row, column: 'UNIT KERJA' },
        unit === null ? 'UNIT_UNKNOWN' : 'UNIT_AMBIGUOUS',
        post.unit,
        unit === null
          ? `Unit kerja "${post.unit}" tidak ada; impor unit terlebih dahulu`
          : `Nama unit kerja "${post.unit}" dipakai beberapa unit; gunakan kode unit`,
        unit === null
          ? `Unit "${post.unit}" does not exist; import the units first`
          : `Several units are named "${post.unit}"; use the unit code`,
      );
    }
    unitId = unit.id;
  }
  const found = org.positionsByName(post.positionName ?? '', unitId);
  if (found.length === 1) return found[0]!;
  return problem(
    { row: post.row, column: 'JABATAN' },
    found.length === 0 ? 'POSITION_UNKNOWN' : 'POSITION_AMBIGUOUS',
    post.positionName,
    found.length === 0
      ? `Jabatan "${post.positionName}"${post.unit ? ` di ${post.unit}` : ''} tidak ada`
      : `Jabatan "${post.positionName}" ada di beberapa unit; isi UNIT KERJA atau KODE JABATAN`,
    found.length === 0
      ? `Position "${post.positionName}"${post.unit ? ` in ${post.unit}` : ''} does not exist`
      : `Position "${post.positionName}" exists in several units; fill UNIT KERJA or KODE JABATAN`,
  );
}
