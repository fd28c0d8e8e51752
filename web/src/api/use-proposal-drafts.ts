import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { proposeFromPlanBody } from '../../../src/contract/process-proposals';
import type {
  addPlanMovesBody,
  DraftScheduleDto,
  PlanProposalDefaultsDto,
  updateDraftBody,
} from '../../../src/contract/proposal-drafts';
import { ApiError } from './api-error';
import { http } from './http';
import type { CreateProposalInput, ProposalDetail } from './use-proposals';

export type { PlanProposalDefaultsDto, ScheduleCheckDto } from '../../../src/contract/proposal-drafts';
export type ProposeFromPlanInput = z.input<typeof proposeFromPlanBody>;
export type UpdateDraftInput = Omit<z.input<typeof updateDraftBody>, 'version'>;
export type AddPlanMovesInput = Omit<z.input<typeof addPlanMovesBody>, 'version'>;
type ItemInput = CreateProposalInput['items'][number];

/** The round and TMT the server is asked to check; empty values are left out (the defaults). */
export interface ScheduleAsked {
  readonly round?: string | undefined;
  readonly tmt?: string | undefined;
}

const asked = (a: ScheduleAsked) => ({ round: a.round?.trim() || undefined, tmt: a.tmt || undefined });

/**
 * The form's starting values for a proposal from a plan (round, TMT, title with the reasons), the
 * checks of the values being typed, and the plan's people already in an open proposal.
 */
export function usePlanProposalDefaults(planId: number | undefined, values: ScheduleAsked = {}) {
  const q = asked(values);
  return useQuery({
    queryKey: ['proposal-drafts', 'plan-defaults', planId, q.round, q.tmt],
    queryFn: ({ signal }) =>
      http.get<PlanProposalDefaultsDto>(`/api/plans/${planId}/proposal-defaults`, q, signal),
    enabled: planId !== undefined,
    placeholderData: keepPreviousData,
  });
}

/** A draft proposal from the plan's moves; the caller opens it. */
export function useProposeFromPlan(planId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ProposeFromPlanInput) =>
      http.post<ProposalDetail>(`/api/plans/${planId}/proposal`, input),
    onSuccess: (data) => {
      client.setQueryData(['proposal', data.id], data);
      void client.invalidateQueries({ queryKey: ['proposals'] });
    },
    // A refusal naming people already proposed: what the form shows of the plan is stale too.
    onSettled: () => void client.invalidateQueries({ queryKey: ['proposal-drafts'] }),
  });
}

/** The checks of a draft's round and TMT while the author types (its own values when empty). */
export function useDraftSchedule(proposalId: number, values: ScheduleAsked, enabled: boolean) {
  const q = asked(values);
  return useQuery({
    queryKey: ['proposal-drafts', 'schedule', proposalId, q.round, q.tmt],
    queryFn: ({ signal }) => http.get<DraftScheduleDto>(`/api/proposals/${proposalId}/schedule`, q, signal),
    enabled,
    placeholderData: keepPreviousData,
  });
}

export type DraftEdit =
  | { readonly kind: 'update'; readonly values: UpdateDraftInput }
  | { readonly kind: 'remove'; readonly itemId: number }
  | { readonly kind: 'plan-moves'; readonly values: AddPlanMovesInput }
  | { readonly kind: 'items'; readonly items: readonly ItemInput[] };

/** The route and body of one edit at the version the author read. */
export function draftRequest(
  edit: DraftEdit,
  version: number,
): { path: string; body: Record<string, unknown> } {
  switch (edit.kind) {
    case 'update':
      return { path: 'draft', body: { version, ...edit.values } };
    case 'remove':
      return { path: `items/${edit.itemId}/remove`, body: { version } };
    case 'plan-moves':
      return { path: 'plan-moves', body: { version, ...edit.values } };
    case 'items':
      return { path: 'items', body: { version, items: edit.items } };
  }
}

/**
 * One edit of a draft (title, round, TMT, a move removed or added). The server answers with the new
 * proposal, which replaces the page's copy; lists, the plan's busy people and the checks reload. A
 * 409 (stale version, a person in another proposal) reloads the proposal so the page shows the truth.
 */
export function useDraftEdit(proposalId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ edit, version }: { edit: DraftEdit; version: number }) => {
      const { path, body } = draftRequest(edit, version);
      return http.post<ProposalDetail>(`/api/proposals/${proposalId}/${path}`, body);
    },
    onSuccess: (data) => {
      client.setQueryData(['proposal', proposalId], data);
      void client.invalidateQueries({ queryKey: ['proposals'] });
      void client.invalidateQueries({ queryKey: ['proposal-drafts'] });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409)
        void client.invalidateQueries({ queryKey: ['proposal', proposalId] });
    },
  });
}
