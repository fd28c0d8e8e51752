import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { http } from './http';
import type { PositionDetailDto, PositionPage } from './types';

export interface PositionListParams {
  page?: number;
  pageSize?: number;
  q?: string;
  unitId?: number;
  kind?: string[];
  vacant?: 'true';
  sort?: 'name' | 'kind' | 'unit' | 'seats' | 'vacancies';
  order?: 'asc' | 'desc';
}

export function usePositionPage(params: PositionListParams, enabled = true) {
  return useQuery({
    queryKey: ['positions', params],
    queryFn: ({ signal }) => http.get<PositionPage>('/api/positions', { ...params }, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function usePosition(id: number) {
  return useQuery({
    queryKey: ['position', id],
    queryFn: ({ signal }) => http.get<PositionDetailDto>(`/api/positions/${id}`, {}, signal),
    enabled: Number.isInteger(id) && id > 0,
  });
}
