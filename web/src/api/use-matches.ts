import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { http } from './http';
import type { EmployeeMatchesDto, MatchExplanationDto, PositionCandidatesDto } from './types';

/** A person's best posts (issue 5), optionally with the blocked ones and their reasons. */
export function useEmployeeMatches(nip: string, top: number, includeBlocked: boolean, enabled = true) {
  return useQuery({
    queryKey: ['matches', nip, top, includeBlocked],
    queryFn: ({ signal }) =>
      http.get<EmployeeMatchesDto>(
        `/api/employees/${encodeURIComponent(nip)}/matches`,
        { top, includeBlocked: includeBlocked ? 'true' : undefined },
        signal,
      ),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** One person's fit for one post with its full explanation and the "why not". */
export function useMatchExplanation(nip: string | null, positionId: number | null) {
  return useQuery({
    queryKey: ['match', nip, positionId],
    queryFn: ({ signal }) =>
      http.get<MatchExplanationDto>(
        `/api/employees/${encodeURIComponent(nip ?? '')}/matches/${positionId}`,
        {},
        signal,
      ),
    enabled: !!nip && positionId !== null && positionId > 0,
  });
}

/** The people ranked for one post by their fit. */
export function usePositionCandidates(positionId: number, top: number, enabled = true) {
  return useQuery({
    queryKey: ['candidates', positionId, top],
    queryFn: ({ signal }) =>
      http.get<PositionCandidatesDto>(`/api/positions/${positionId}/candidates`, { top }, signal),
    placeholderData: keepPreviousData,
    enabled: enabled && Number.isInteger(positionId) && positionId > 0,
  });
}
