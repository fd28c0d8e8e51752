import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ImportRunDto } from '../../../src/contract/import-export';
import { ApiError, isErrorBody } from './api-error';
import { toQueryString } from './http';

export type { ImportRunDto };
export type ImportKind = ImportRunDto['kind'];
export type ImportProblem = ImportRunDto['problems'][number];
export type ExportKind = 'employees' | 'positions' | 'nine-box' | 'plan' | 'sk-lampiran';

export interface UploadProgress {
  /** 'upload' while bytes go out (with a fraction), 'process' while the server reads and checks. */
  readonly phase: 'upload' | 'process';
  readonly fraction: number;
}

export interface ImportRequest {
  readonly kind: ImportKind;
  readonly file: File;
  readonly dryRun: boolean;
  /** The text of a column mapping file (JSON). */
  readonly mappingText?: string | undefined;
  /** Evaluations only: the period code or id. */
  readonly period?: string | undefined;
  readonly onProgress?: (progress: UploadProgress) => void;
}

const networkError = () =>
  new ApiError(0, {
    code: 'NETWORK',
    message: 'Cannot reach the server',
    messages: {
      id: 'Tidak dapat terhubung ke server. Periksa koneksi lalu coba lagi.',
      en: 'Cannot reach the server. Check the connection and try again.',
    },
  });

/**
 * Sends the file as the raw body over XMLHttpRequest, the one browser API that reports upload
 * progress. 200 (clean) and 422 (rows with errors) both carry the report; anything else is an error.
 */
export function uploadImport(req: ImportRequest): Promise<ImportRunDto> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const query = toQueryString({ dryRun: String(req.dryRun), period: req.period });
    xhr.open('POST', `/api/imports/${req.kind}${query}`);
    xhr.withCredentials = true;
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('x-file-name', encodeURIComponent(req.file.name));
    if (req.mappingText) xhr.setRequestHeader('x-column-mapping', encodeURIComponent(req.mappingText));
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) req.onProgress?.({ phase: 'upload', fraction: e.loaded / e.total });
    };
    // Every byte is out: the server now reads and checks the file, which it does not report.
    xhr.upload.onload = () => req.onProgress?.({ phase: 'process', fraction: 1 });
    xhr.onerror = () => reject(networkError());
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : null;
      } catch {
        body = null;
      }
      if ((xhr.status === 200 || xhr.status === 422) && body && !isErrorBody(body)) {
        resolve(body as ImportRunDto);
      } else if (isErrorBody(body)) {
        reject(new ApiError(xhr.status, body.error));
      } else {
        reject(
          new ApiError(xhr.status, {
            code: `HTTP_${xhr.status}`,
            message: `The server answered ${xhr.status}`,
            messages: {
              id: `Server menjawab dengan kode ${xhr.status}`,
              en: `The server answered ${xhr.status}`,
            },
          }),
        );
      }
    };
    xhr.send(req.file);
  });
}

/** Upload for a dry run or a commit; a commit refreshes every list the import may have changed. */
export function useImportUpload() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: uploadImport,
    onSuccess: (report) => {
      if (report.committed) void client.invalidateQueries();
    },
  });
}

export const importReportUrl = (reportId: number) => `/api/imports/reports/${reportId}/report.xlsx`;

/** The download address of an export, with the same filters as the lists. */
export function exportUrl(
  kind: ExportKind,
  format: 'xlsx' | 'csv',
  filters: Record<string, string | number | readonly (string | number)[] | undefined>,
): string {
  return `/api/exports/${kind}${toQueryString({ ...filters, format })}`;
}
