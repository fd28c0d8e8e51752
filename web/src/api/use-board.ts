import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  boardSessionDto,
  boardSessionListDto,
  createBoardSessionBody,
} from '../../../src/contract/process-board';
import { ApiError } from './api-error';
import { http } from './http';

export type BoardSession = z.infer<typeof boardSessionDto>;
export type BoardSessionList = z.infer<typeof boardSessionListDto>;
export type CreateBoardSessionInput = z.input<typeof createBoardSessionBody>;

export function useBoardSessions() {
  return useQuery({
    queryKey: ['board', 'sessions'],
    queryFn: ({ signal }) => http.get<BoardSessionList>('/api/board-sessions', {}, signal),
  });
}

export function useBoardSession(id: number) {
  return useQuery({
    queryKey: ['board', 'session', id],
    queryFn: ({ signal }) => http.get<BoardSession>(`/api/board-sessions/${id}`, {}, signal),
    enabled: Number.isInteger(id) && id > 0,
  });
}

export function useCreateBoardSession() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateBoardSessionInput) => http.post<BoardSession>('/api/board-sessions', input),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['board', 'sessions'] }),
  });
}

/**
 * A write on a session (attendance, declarations, a decision, the minutes); the server answers with
 * the session. A 409 (stale version) reloads it.
 */
export function useBoardSessionWrite(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { path: 'attendance' | 'conflicts' | 'decisions' | 'minutes'; body: object }) =>
      http.post<BoardSession>(`/api/board-sessions/${id}/${input.path}`, input.body),
    onSuccess: (data) => {
      client.setQueryData(['board', 'session', id], data);
      void client.invalidateQueries({ queryKey: ['proposal'] });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409)
        void client.invalidateQueries({ queryKey: ['board', 'session', id] });
    },
  });
}
