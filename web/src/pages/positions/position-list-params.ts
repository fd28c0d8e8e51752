import type { PositionListParams } from '../../api/use-positions';
import type { ListParams } from '../../lib/use-list-params';

export const POSITION_LIST_SHAPE = {
  q: 'string',
  unitId: 'number',
  kind: 'list',
  vacant: 'string',
  sort: 'string',
  order: 'string',
} as const;
export type PositionListUrl = ListParams<typeof POSITION_LIST_SHAPE>;
const SORTS = ['name', 'kind', 'unit', 'seats', 'vacancies'] as const;

/** The URL's view of the position list as an API query. */
export function toPositionQuery(p: PositionListUrl): PositionListParams {
  const q: PositionListParams = { page: p.page, pageSize: p.pageSize };
  if (p.q?.trim()) q.q = p.q.trim();
  if (p.unitId) q.unitId = p.unitId;
  if (p.kind.length) q.kind = p.kind;
  if (p.vacant === 'true') q.vacant = 'true';
  const sort = SORTS.find((s) => s === p.sort);
  if (sort) {
    q.sort = sort;
    q.order = p.order === 'desc' ? 'desc' : 'asc';
  }
  return q;
}
