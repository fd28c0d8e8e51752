import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  createProposalBody,
  proposalDetailDto,
  proposalListDto,
} from '../../../src/contract/process-proposals';
import type { processSettingsBody, processSettingsDto } from '../../../src/contract/process-settings';
import { ApiError, isErrorBody } from './api-error';
import { http } from './http';

export type ProposalDetail = z.infer<typeof proposalDetailDto>;
export type ProposalList = z.infer<typeof proposalListDto>;
export type CreateProposalInput = z.input<typeof createProposalBody>;
export type ProcessSettings = z.infer<typeof processSettingsDto>;
export type ProcessSettingsInput = z.input<typeof processSettingsBody>;

/** The caller's proposals; `inbox` keeps those waiting on the caller's desk. */
export function useProposalList(params: { inbox: boolean; state?: string }) {
  return useQuery({
    queryKey: ['proposals', params],
    queryFn: ({ signal }) =>
      http.get<ProposalList>(
        '/api/proposals',
        { inbox: params.inbox ? 'true' : undefined, state: params.state },
        signal,
      ),
  });
}

export function useProposal(id: number) {
  return useQuery({
    queryKey: ['proposal', id],
    queryFn: ({ signal }) => http.get<ProposalDetail>(`/api/proposals/${id}`, {}, signal),
    enabled: Number.isInteger(id) && id > 0,
  });
}

export function useCreateProposal() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateProposalInput) => http.post<ProposalDetail>('/api/proposals', input),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['proposals'] }),
  });
}

/** The URL verb of each workflow transition (`issueSk` is the SK route). */
export const TRANSITION_PATHS: Readonly<Record<string, string>> = {
  submit: 'submit',
  verify: 'verify',
  review: 'review',
  approve: 'approve',
  reject: 'reject',
  return: 'return',
  withdraw: 'withdraw',
  cancel: 'cancel',
  issueSk: 'issue-sk',
  announce: 'announce',
  takeEffect: 'take-effect',
  close: 'close',
};

/**
 * Any write on one proposal (a transition, an objection, a Mendagri approval): the server answers
 * with the new proposal. A 409 for a stale version reloads the proposal so the page shows what
 * changed; the caller shows the message.
 */
export function useProposalWrite(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { path: string; body: Record<string, unknown> }) =>
      http.post<ProposalDetail>(`/api/proposals/${id}/${input.path}`, input.body),
    onSuccess: (data) => {
      client.setQueryData(['proposal', id], data);
      void client.invalidateQueries({ queryKey: ['proposals'] });
      void client.invalidateQueries({ queryKey: ['board'] });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409)
        void client.invalidateQueries({ queryKey: ['proposal', id] });
    },
  });
}

/** Whether an error is the optimistic-concurrency refusal (someone changed the record meanwhile). */
export function isStaleVersion(error: unknown): boolean {
  return error instanceof ApiError && error.status === 409 && error.code === 'VERSION_CONFLICT';
}

export function useProcessSettings() {
  return useQuery({
    queryKey: ['process-settings'],
    queryFn: ({ signal }) => http.get<ProcessSettings>('/api/process-settings', {}, signal),
  });
}

export function useSaveProcessSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ProcessSettingsInput) => put<ProcessSettings>('/api/process-settings', input),
    onSuccess: (data) => client.setQueryData(['process-settings'], data),
  });
}

/** PUT with the same error handling as `http` (which offers GET, POST and PATCH only). */
async function put<T>(path: string, body: unknown): Promise<T> {
  const response = await fetch(path, {
    method: 'PUT',
    credentials: 'same-origin',
    headers: { accept: 'application/json', 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const parsed: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    if (isErrorBody(parsed)) throw new ApiError(response.status, parsed.error);
    throw new ApiError(response.status, {
      code: `HTTP_${response.status}`,
      message: `The server answered ${response.status}`,
      messages: {
        id: `Server menjawab dengan kode ${response.status}`,
        en: `The server answered ${response.status}`,
      },
    });
  }
  return parsed as T;
}
