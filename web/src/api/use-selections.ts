import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  createSelectionBody,
  positionSelectionsDto,
  selectionDto,
} from '../../../src/contract/selection';
import { ApiError } from './api-error';
import { http } from './http';

export type SelectionDetail = z.infer<typeof selectionDto>;
export type PositionSelections = z.infer<typeof positionSelectionsDto>;
export type CreateSelectionInput = z.input<typeof createSelectionBody>;

const key = (positionId: number) => ['position-selections', positionId] as const;

/** The JPT selections of a post, newest first, with what the caller may do. */
export function usePositionSelections(positionId: number, enabled = true) {
  return useQuery({
    queryKey: key(positionId),
    queryFn: ({ signal }) =>
      http.get<PositionSelections>(`/api/positions/${positionId}/selections`, {}, signal),
    enabled: enabled && Number.isInteger(positionId) && positionId > 0,
  });
}

/** Opens a selection for the post (BKPSDM). */
export function useCreateSelection(positionId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateSelectionInput) =>
      http.post<SelectionDetail>(`/api/positions/${positionId}/selections`, input),
    onSuccess: () => void client.invalidateQueries({ queryKey: key(positionId) }),
  });
}

/**
 * A step of one selection (`stages/COMPETENCY`, `candidates`, `shortlist`, `result`): the server answers
 * with the new selection. A stale version (409) reloads the post's selections so the page shows what
 * changed; the caller shows the message.
 */
export function useSelectionWrite(positionId: number, selectionId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { path: string; body: Record<string, unknown> }) =>
      http.post<SelectionDetail>(`/api/selections/${selectionId}/${input.path}`, input.body),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: key(positionId) });
      // Proposals show each JPT move's selection standing.
      void client.invalidateQueries({ queryKey: ['proposal'] });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409)
        void client.invalidateQueries({ queryKey: key(positionId) });
    },
  });
}
