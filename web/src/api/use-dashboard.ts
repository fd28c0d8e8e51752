import { useQuery } from '@tanstack/react-query';
import { http } from './http';
import type { DashboardDto } from './types';

export function useDashboard() {
  return useQuery({
    queryKey: ['dashboard'],
    queryFn: ({ signal }) => http.get<DashboardDto>('/api/dashboard', {}, signal),
  });
}
