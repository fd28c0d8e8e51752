import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/**
 * Filters kept in the address (`?periode=12&unit=4&q=antrean`), so a filtered register can be
 * linked to (the profile links to `?nip=...`) and survives a reload. Numbers that do not parse are
 * ignored rather than sent.
 */
export function useUrlFilters<K extends string>(keys: readonly K[]) {
  const [params, setParams] = useSearchParams();
  const text = (key: K): string | undefined => params.get(key)?.trim() || undefined;
  const number = (key: K): number | undefined => {
    const n = Number(params.get(key));
    return Number.isInteger(n) && n > 0 ? n : undefined;
  };
  const set = useCallback(
    (patch: Partial<Record<K, string | number | null | undefined>>, replace = false) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(patch)) {
            if (!keys.includes(key as K)) continue;
            if (value === null || value === undefined || value === '') next.delete(key);
            else next.set(key, String(value));
          }
          return next;
        },
        { replace },
      ),
    [setParams, keys],
  );
  return { text, number, set };
}
