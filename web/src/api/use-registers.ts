import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  bulkParticipantsBody,
  bulkParticipantsReport,
  innovationBody,
  innovationDetail,
  innovationListResponse,
  participationBody,
  periodEffectDto,
  personRegistersResponse,
  programBody,
  programDetail,
  programListResponse,
  registerEvidenceDto,
  registerEvidenceInput,
} from '../../../src/contract/evaluation-registers';
import { ApiError, isErrorBody } from './api-error';
import { http, toQueryString } from './http';

export type InnovationList = z.infer<typeof innovationListResponse>;
export type InnovationItem = InnovationList['items'][number];
export type InnovationDetail = z.infer<typeof innovationDetail>;
export type InnovationBody = z.input<typeof innovationBody>;
export type ProgramList = z.infer<typeof programListResponse>;
export type ProgramItem = ProgramList['items'][number];
export type ProgramDetail = z.infer<typeof programDetail>;
export type Participant = ProgramDetail['participants'][number];
export type ProgramBody = z.input<typeof programBody>;
export type ParticipationBody = z.input<typeof participationBody>;
export type BulkParticipantsBody = z.input<typeof bulkParticipantsBody>;
export type BulkReport = z.infer<typeof bulkParticipantsReport>;
export type PersonRegisters = z.infer<typeof personRegistersResponse>;
export type PeriodEffect = z.infer<typeof periodEffectDto>;
export type EvidenceInput = z.input<typeof registerEvidenceInput>;
export type EvidenceView = z.infer<typeof registerEvidenceDto>;

export interface InnovationQuery {
  readonly periodId?: number | undefined;
  readonly unitId?: number | undefined;
  readonly status?: string | undefined;
  readonly q?: string | undefined;
  readonly nip?: string | undefined;
}
export interface ProgramQuery {
  readonly periodId?: number | undefined;
  readonly unitId?: number | undefined;
  readonly q?: string | undefined;
}

/** The innovation register with its filters; the previous list stays while the next one loads. */
export function useInnovations(query: InnovationQuery, enabled = true) {
  return useQuery({
    queryKey: ['innovations', query],
    queryFn: ({ signal }) => http.get<InnovationList>('/api/innovations', { ...query }, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** One innovation with its team, evidence and each member's index effect. */
export function useInnovation(id: number | undefined) {
  return useQuery({
    queryKey: ['innovation', id],
    queryFn: ({ signal }) => http.get<InnovationDetail>(`/api/innovations/${id}`, {}, signal),
    enabled: id !== undefined,
  });
}

export function usePrograms(query: ProgramQuery) {
  return useQuery({
    queryKey: ['programs', query],
    queryFn: ({ signal }) => http.get<ProgramList>('/api/programs', { ...query }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useProgram(id: number) {
  return useQuery({
    queryKey: ['program', id],
    queryFn: ({ signal }) => http.get<ProgramDetail>(`/api/programs/${id}`, {}, signal),
  });
}

/** One person's innovations and programme parts with their index effects (the profile's section). */
export function usePersonRegisters(nip: string) {
  return useQuery({
    queryKey: ['person-registers', nip],
    queryFn: ({ signal }) =>
      http.get<PersonRegisters>(`/api/employees/${encodeURIComponent(nip)}/registers`, {}, signal),
  });
}

/** After any register change: the lists, the entries, the people's registers and their evaluations. */
function useRegistersChanged() {
  const client = useQueryClient();
  return () => {
    for (const key of ['innovations', 'innovation', 'programs', 'program', 'person-registers']) {
      void client.invalidateQueries({ queryKey: [key] });
    }
    void client.invalidateQueries({ queryKey: ['employee-evaluations'] });
    void client.invalidateQueries({ queryKey: ['talent'] });
  };
}

/** Registers a new innovation (no id) or saves a changed one (with id and version). */
export function useSaveInnovation() {
  const changed = useRegistersChanged();
  return useMutation({
    mutationFn: ({ id, body }: { id?: number; body: InnovationBody & { version?: number } }) =>
      id === undefined
        ? http.post<InnovationDetail>('/api/innovations', body)
        : http.put<InnovationDetail>(`/api/innovations/${id}`, body),
    onSuccess: changed,
  });
}

export function useDeleteInnovation() {
  const changed = useRegistersChanged();
  return useMutation({
    mutationFn: ({ id, version }: { id: number; version: number }) =>
      http.delete<null>(`/api/innovations/${id}${toQueryString({ version })}`),
    onSuccess: changed,
  });
}

export function useSaveProgram() {
  const changed = useRegistersChanged();
  return useMutation({
    mutationFn: ({ id, body }: { id?: number; body: ProgramBody & { version?: number } }) =>
      id === undefined
        ? http.post<ProgramDetail>('/api/programs', body)
        : http.put<ProgramDetail>(`/api/programs/${id}`, body),
    onSuccess: changed,
  });
}

/** Adds one participant (no participation id) or changes one (with id and version). */
export function useSaveParticipant(programId: number) {
  const changed = useRegistersChanged();
  return useMutation({
    mutationFn: ({ id, body }: { id?: number; body: ParticipationBody & { version?: number } }) =>
      id === undefined
        ? http.post<ProgramDetail>(`/api/programs/${programId}/participants`, body)
        : http.put<ProgramDetail>(`/api/programs/${programId}/participants/${id}`, body),
    onSuccess: changed,
  });
}

export function useRemoveParticipant(programId: number) {
  const changed = useRegistersChanged();
  return useMutation({
    mutationFn: ({ id, version }: { id: number; version: number }) =>
      http.delete<ProgramDetail>(
        `/api/programs/${programId}/participants/${id}${toQueryString({ version })}`,
      ),
    onSuccess: changed,
  });
}

/**
 * Many participants at once: 200 with the report when every line is good, 422 with the same report
 * when any is bad (nothing written); other failures (a 400 naming a field) are thrown.
 */
export function useBulkParticipants(programId: number) {
  const changed = useRegistersChanged();
  return useMutation({
    mutationFn: async (body: BulkParticipantsBody): Promise<BulkReport> => {
      const response = await fetch(`/api/programs/${programId}/participants/bulk`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { accept: 'application/json', 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      const parsed: unknown = await response.json().catch(() => null);
      if (response.ok || response.status === 422) return parsed as BulkReport;
      if (isErrorBody(parsed)) throw new ApiError(response.status, parsed.error);
      throw new ApiError(response.status, {
        code: `HTTP_${response.status}`,
        message: `The server answered ${response.status}`,
        messages: {
          id: `Server menjawab dengan kode ${response.status}`,
          en: `The server answered ${response.status}`,
        },
      });
    },
    onSuccess: (report) => {
      if (report.committed) changed();
    },
  });
}

export const innovationEvidenceUrl = (id: number) => `/api/innovations/${id}/evidence`;
export const participationEvidenceUrl = (programId: number, id: number) =>
  `/api/programs/${programId}/participants/${id}/evidence`;
export const importTemplateUrl = (kind: 'innovations' | 'program-participants', format: 'xlsx' | 'csv') =>
  `/api/imports/templates/${kind}${toQueryString({ format })}`;
