import { useCallback, useMemo, useRef } from 'react';
import { useNavigate, useSearchParams } from 'react-router';

type Shape = Record<string, 'string' | 'number' | 'list' | 'numberList'>;
type ValueOf<K> = K extends 'number'
  ? number | undefined
  : K extends 'list'
    ? string[]
    : K extends 'numberList'
      ? number[]
      : string | undefined;
export type ListParams<S extends Shape> = { [K in keyof S]: ValueOf<S[K]> } & {
  page: number;
  pageSize: number;
};
export type ListPatch<S extends Shape> = Partial<{ [K in keyof S]: ValueOf<S[K]> | null }> & {
  page?: number;
  pageSize?: number;
};

const PAGE_SIZES = [25, 50, 100];

/**
 * A list view's filters, paging and sorting kept in the URL query, so a copied link reproduces the
 * view and the back button undoes a filter. Changing a filter returns to page 1.
 */
export function useListParams<S extends Shape>(shape: S) {
  const [search] = useSearchParams();

  // Lists keep their identity while their URL text is unchanged, so memoised filters stay put.
  const listCache = useRef(new Map<string, { raw: string | null; value: unknown[] }>());
  const params = useMemo(() => {
    const out: Record<string, unknown> = {};
    for (const [key, kind] of Object.entries(shape)) {
      const raw = search.get(key);
      if (kind === 'list' || kind === 'numberList') {
        const cached = listCache.current.get(key);
        if (cached && cached.raw === raw) {
          out[key] = cached.value;
          continue;
        }
        const items = raw ? raw.split(',').filter(Boolean) : [];
        const value = kind === 'numberList' ? items.map(Number).filter(Number.isFinite) : items;
        listCache.current.set(key, { raw, value });
        out[key] = value;
      } else if (kind === 'number') {
        const n = raw ? Number(raw) : Number.NaN;
        out[key] = Number.isFinite(n) ? n : undefined;
      } else {
        out[key] = raw || undefined;
      }
    }
    const page = Number(search.get('page'));
    const size = Number(search.get('pageSize'));
    out.page = Number.isInteger(page) && page > 0 ? page : 1;
    out.pageSize = PAGE_SIZES.includes(size) ? size : PAGE_SIZES[0];
    return out as ListParams<S>;
  }, [search, shape]);

  // Note: the patch applies to the URL as it is now (window.location), not to the query of the
  // last render: an update fired from a child's effect right after another change must not undo it.
  // `navigate` is stable, so memoised filters and tables skip re-rendering when only the page changes.
  const navigate = useNavigate();
  const update = useCallback(
    (patch: ListPatch<S>, opts: { replace?: boolean } = {}) => {
      const next = new URLSearchParams(window.location.search);
      const filterChanged = Object.keys(patch).some((k) => k !== 'page' && k !== 'pageSize');
      for (const [key, value] of Object.entries(patch)) {
        const empty =
          value === null ||
          value === undefined ||
          value === '' ||
          (Array.isArray(value) && value.length === 0);
        if (empty) next.delete(key);
        else next.set(key, Array.isArray(value) ? value.join(',') : String(value));
      }
      if (filterChanged && patch.page === undefined) next.delete('page');
      if (next.get('page') === '1') next.delete('page');
      const query = next.toString();
      if (query === window.location.search.replace(/^\?/, '')) return;
      navigate({ search: query ? `?${query}` : '' }, { replace: opts.replace ?? false });
    },
    [navigate],
  );

  return { params, update, pageSizes: PAGE_SIZES };
}
