import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
// Straight from its module: another contract module exports a different `importReportDto`.
import type { importReportDto } from '../../../src/contract/evaluation';
import type {
  correctionBody,
  correctionResponse,
  EntryReportDto,
  employeeEvaluationsResponse,
  periodListResponse,
  RosterDto,
  recordsBody,
} from '../../../src/contract/index';
import { ApiError, isErrorBody } from './api-error';
import { http } from './http';

export type PeriodList = z.infer<typeof periodListResponse>;
export type PeriodItem = PeriodList['items'][number];
export type RecordsBody = z.infer<typeof recordsBody>;
export type ImportReport = z.infer<typeof importReportDto>;
export type CorrectionBody = z.infer<typeof correctionBody>;
export type CorrectionResult = z.infer<typeof correctionResponse>;
export type EmployeeEvaluations = z.infer<typeof employeeEvaluationsResponse>;
export type { EntryReportDto, RosterDto };

/** The evaluation periods, latest first, with what the caller may do with them. */
export function usePeriods(enabled = true) {
  return useQuery({
    queryKey: ['evaluation-periods'],
    queryFn: ({ signal }) => http.get<PeriodList>('/api/evaluation-periods', {}, signal),
    staleTime: 60_000,
    enabled,
  });
}

/** A unit's people with their current records of a period (the bulk-entry grid's rows). */
export function useRoster(periodId: number | undefined, unitId: number | undefined) {
  return useQuery({
    queryKey: ['evaluation-roster', periodId, unitId],
    queryFn: ({ signal }) =>
      http.get<RosterDto>(`/api/evaluation-periods/${periodId}/roster`, { unitId }, signal),
    enabled: periodId !== undefined && unitId !== undefined,
  });
}

/**
 * POST that answers with a report: 200 when written, 422 with the same report when any row is bad
 * (nothing written). Other failures are thrown as {@link ApiError}, like every other call.
 */
async function postForReport<T>(path: string, body: unknown): Promise<T> {
  const response = await fetch(path, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { accept: 'application/json', 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const parsed: unknown = await response.json().catch(() => null);
  if (response.ok || response.status === 422) return parsed as T;
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

function useRecordsChanged() {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: ['evaluation-roster'] });
    void client.invalidateQueries({ queryKey: ['evaluation-periods'] });
    void client.invalidateQueries({ queryKey: ['employee-evaluations'] });
    void client.invalidateQueries({ queryKey: ['talent'] });
  };
}

/** Saves the grid's changed rows in one request; the report says per row what was wrong. */
export function useEnterRecords(periodId: number | undefined) {
  const changed = useRecordsChanged();
  return useMutation({
    mutationFn: (body: RecordsBody) =>
      postForReport<EntryReportDto>(`/api/evaluation-periods/${periodId}/records`, body),
    onSuccess: (report) => {
      if (report.committed) changed();
    },
  });
}

/** A CSV/XLSX file as base64, checked (dry run) or written. */
export function useImportRecords(periodId: number | undefined) {
  const changed = useRecordsChanged();
  return useMutation({
    mutationFn: (body: { fileName: string; contentBase64: string; dryRun: boolean }) =>
      postForReport<ImportReport>(`/api/evaluation-periods/${periodId}/import`, body),
    onSuccess: (report) => {
      if (report.committed) changed();
    },
  });
}

/** A correction of one record: a new version with its reason, never an edit in place. */
export function useCorrectRecord(periodId: number | undefined) {
  const changed = useRecordsChanged();
  return useMutation({
    mutationFn: (body: CorrectionBody) =>
      http.post<CorrectionResult>(`/api/evaluation-periods/${periodId}/corrections`, body),
    onSuccess: changed,
  });
}

/** One person's evaluations per period, the version history and the 9-box trajectory. */
export function useEmployeeEvaluations(nip: string, enabled = true) {
  return useQuery({
    queryKey: ['employee-evaluations', nip],
    queryFn: ({ signal }) =>
      http.get<EmployeeEvaluations>(`/api/employees/${encodeURIComponent(nip)}/evaluations`, {}, signal),
    enabled,
  });
}
