import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  attendanceBody,
  boardMemberOptionsDto,
  boardSessionDto,
  boardSessionListDto,
  bulkDecisionBody,
  createBoardSessionBody,
  ownDeclarationBody,
} from '../../../src/contract/process-board';
import { ApiError } from './api-error';
import { http } from './http';

export type BoardSession = z.infer<typeof boardSessionDto>;
export type BoardCandidate = BoardSession['candidates'][number];
export type BoardMember = BoardSession['members'][number];
export type BoardSessionList = z.infer<typeof boardSessionListDto>;
export type BoardMemberOptions = z.infer<typeof boardMemberOptionsDto>;
export type CreateBoardSessionInput = z.input<typeof createBoardSessionBody>;
export type BoardStep = keyof BoardSession['permissions'];

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

/** The review board accounts a new session may seat (only for those who open sessions). */
export function useBoardMemberOptions(enabled: boolean) {
  return useQuery({
    queryKey: ['board', 'member-options'],
    queryFn: ({ signal }) => http.get<BoardMemberOptions>('/api/board-sessions/member-options', {}, signal),
    enabled,
  });
}

export function useCreateBoardSession() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateBoardSessionInput) => http.post<BoardSession>('/api/board-sessions', input),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['board', 'sessions'] });
      void client.invalidateQueries({ queryKey: ['dashboard'] });
    },
  });
}

/** One write on a session, with the body its route takes. */
export type BoardWrite =
  | { path: 'attendance'; body: z.input<typeof attendanceBody> }
  | { path: 'declarations'; body: z.input<typeof ownDeclarationBody> }
  | { path: 'decisions'; body: z.input<typeof bulkDecisionBody> }
  | { path: 'minutes'; body: Record<string, never> };

/**
 * A write on a session (attendance, the caller's declaration, a bulk decision, the minutes). The
 * server answers with the session, which replaces the cached one; the list, the proposals and the
 * dashboard's waiting work change with it. A stale version (409) reloads the session.
 */
export function useBoardSessionWrite(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: BoardWrite) =>
      http.post<BoardSession>(`/api/board-sessions/${id}/${input.path}`, input.body),
    onSuccess: (data) => {
      client.setQueryData(['board', 'session', id], data);
      void client.invalidateQueries({ queryKey: ['board', 'sessions'] });
      void client.invalidateQueries({ queryKey: ['proposal'] });
      void client.invalidateQueries({ queryKey: ['proposals'] });
      void client.invalidateQueries({ queryKey: ['dashboard'] });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409)
        void client.invalidateQueries({ queryKey: ['board', 'session', id] });
    },
  });
}
