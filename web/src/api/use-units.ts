import { useQuery } from '@tanstack/react-query';
import { http } from './http';
import type { UnitTree } from './types';

/** The whole unit tree of the instansi, flat with parent ids; small and slow to change. */
export function useUnits(enabled = true) {
  return useQuery({
    queryKey: ['units'],
    queryFn: ({ signal }) => http.get<UnitTree>('/api/units', {}, signal),
    staleTime: 5 * 60_000,
    enabled,
  });
}
