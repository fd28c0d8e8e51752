import { isGolonganCode } from '../../../../src/core/model/golongan';
import type { EmployeeListQuery } from '../../api/types';
import type { EmployeeListParams } from '../../api/use-employees';
import { type ListParams, useListParams } from '../../lib/use-list-params';

// The contract's sort keys, checked for completeness by the compiler (no Zod in the bundle).
const SORTS = {
  name: true,
  nip: true,
  golongan: true,
  unit: true,
  position: true,
  tenure: true,
} satisfies Record<EmployeeListQuery['sort'], true>;

export const EMPLOYEE_LIST_SHAPE = {
  q: 'string',
  unitId: 'number',
  golongan: 'numberList',
  kind: 'list',
  educationField: 'list',
  sort: 'string',
  order: 'string',
} as const;

export type EmployeeListUrl = ListParams<typeof EMPLOYEE_LIST_SHAPE>;
export const EMPLOYEE_FILTER_KEYS = ['q', 'unitId', 'golongan', 'kind', 'educationField'] as const;

/** Digits typed with spaces, dots or dashes are a NIP: send the 18 digits. */
export function normaliseQuery(q: string | undefined): string | undefined {
  if (!q) return undefined;
  const trimmed = q.trim();
  return /^[\d\s.-]+$/.test(trimmed) ? trimmed.replace(/[\s.-]/g, '') : trimmed;
}

/** The URL's view of the employee list as an API query. */
export function toEmployeeQuery(p: EmployeeListUrl): EmployeeListParams {
  const sort = p.sort && Object.hasOwn(SORTS, p.sort) ? (p.sort as EmployeeListQuery['sort']) : undefined;
  const query: EmployeeListParams = { page: p.page, pageSize: p.pageSize };
  const q = normaliseQuery(p.q);
  if (q) query.q = q;
  if (p.unitId) query.unitId = p.unitId;
  // Unknown codes typed into the URL are dropped rather than sent.
  const golongan = p.golongan.filter(isGolonganCode);
  if (golongan.length) query.golongan = golongan;
  if (p.kind.length) query.kind = p.kind as EmployeeListParams['kind'];
  if (p.educationField.length)
    query.educationField = p.educationField as EmployeeListParams['educationField'];
  if (sort) {
    query.sort = sort;
    query.order = p.order === 'desc' ? 'desc' : 'asc';
  }
  return query;
}

export function useEmployeeListParams() {
  return useListParams(EMPLOYEE_LIST_SHAPE);
}
