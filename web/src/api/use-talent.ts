import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { BoxMembersDto, TalentGridDto, talentPoolResponse } from '../../../src/contract/index';
import { http } from './http';

export type TalentPool = z.infer<typeof talentPoolResponse>;
export type { BoxMembersDto, TalentGridDto };

/** The 9-box counts of a period (the latest closed one when none is given), optionally of a unit. */
export function useTalentGrid(periodId: number | undefined, unitId: number | undefined) {
  return useQuery({
    queryKey: ['talent', 'grid', periodId, unitId],
    queryFn: ({ signal }) => http.get<TalentGridDto>('/api/talent/grid', { periodId, unitId }, signal),
    placeholderData: keepPreviousData,
  });
}

/** The people in one box, with their position and unit. */
export function useBoxMembers(periodId: number | undefined, unitId: number | undefined, box: number | null) {
  return useQuery({
    queryKey: ['talent', 'box', periodId, unitId, box],
    queryFn: ({ signal }) =>
      http.get<BoxMembersDto>('/api/talent/box-members', { periodId, unitId, box }, signal),
    enabled: periodId !== undefined && box !== null,
  });
}

/** The talent pool of a period (boxes 7-9 by default, as the policy says). */
export function useTalentPool(periodId: number | undefined, unitId: number | undefined) {
  return useQuery({
    queryKey: ['talent', 'pool', periodId, unitId],
    queryFn: ({ signal }) => http.get<TalentPool>('/api/talent/pool', { periodId, unitId }, signal),
    enabled: periodId !== undefined,
  });
}
