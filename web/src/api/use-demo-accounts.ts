import { useQuery } from '@tanstack/react-query';
import { http } from './http';
import type { DemoAccounts } from './types';

/** The demo accounts, shown on the sign-in page only when the server runs in demo mode. */
export function useDemoAccounts() {
  return useQuery({
    queryKey: ['demo-accounts'],
    queryFn: ({ signal }) => http.get<DemoAccounts>('/api/demo-accounts', {}, signal),
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}
