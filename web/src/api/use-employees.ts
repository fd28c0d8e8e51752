import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { http } from './http';
import type { EmployeeDetailDto, EmployeeListQuery, EmployeePage } from './types';

/** What the list page asks for; the server applies its defaults to anything left out. */
export type EmployeeListParams = Partial<
  Pick<
    EmployeeListQuery,
    'page' | 'pageSize' | 'q' | 'unitId' | 'golongan' | 'kind' | 'educationField' | 'sort' | 'order'
  >
>;

const listQuery = (params: EmployeeListParams) => ({
  queryKey: ['employees', params] as const,
  queryFn: ({ signal }: { signal: AbortSignal }) => http.get<EmployeePage>('/api/employees', params, signal),
});

/**
 * One page of employees. The previous page stays on screen while the next one loads, and the page
 * after the one shown is fetched ahead, so "next page" usually answers from memory.
 */
export function useEmployeePage(params: EmployeeListParams, enabled = true) {
  const client = useQueryClient();
  const result = useQuery({ ...listQuery(params), placeholderData: keepPreviousData, enabled });
  const { data, isPlaceholderData } = result;
  useEffect(() => {
    if (!enabled || !data || isPlaceholderData) return;
    if (data.page * data.pageSize >= data.total) return;
    void client.prefetchQuery(listQuery({ ...params, page: data.page + 1 }));
  }, [client, enabled, data, isPlaceholderData, params]);
  return result;
}

export function useEmployee(nip: string) {
  return useQuery({
    queryKey: ['employee', nip],
    queryFn: ({ signal }) =>
      http.get<EmployeeDetailDto>(`/api/employees/${encodeURIComponent(nip)}`, {}, signal),
  });
}
