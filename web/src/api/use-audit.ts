import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { auditPage, auditVerifyResponse } from '../../../src/contract/audit';
import { http } from './http';

export type AuditPage = z.infer<typeof auditPage>;
export type AuditEntry = AuditPage['items'][number];
export type AuditVerify = z.infer<typeof auditVerifyResponse>;

export interface AuditParams {
  page: number;
  pageSize: number;
  action?: string | undefined;
  entityType?: string | undefined;
  entityId?: string | undefined;
}

/** A page of the audit log, newest first; the server decides who may read it. */
export function useAuditPage(params: AuditParams) {
  return useQuery({
    queryKey: ['audit', params],
    queryFn: ({ signal }) => http.get<AuditPage>('/api/audit', { ...params }, signal),
    placeholderData: keepPreviousData,
  });
}

/** Walks the whole hash chain on the server (may take a moment on a long log). */
export function useAuditVerify() {
  return useMutation({ mutationFn: () => http.get<AuditVerify>('/api/audit/verify') });
}
