import { useQuery } from '@tanstack/react-query';
import { http } from './http';

interface Health {
  status: 'ok' | 'degraded';
  database: 'sqlite' | 'postgres';
  version: string;
  demo: boolean;
}

/** Server health; the shell uses `demo` to label fictional data. */
export function useHealth() {
  return useQuery({
    queryKey: ['health'],
    queryFn: ({ signal }) => http.get<Health>('/api/health', {}, signal),
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}
