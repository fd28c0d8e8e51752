import { randomUUID } from 'node:crypto';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { ErrorResponse } from '../contract/common.js';
import { DomainError, type ErrorCode } from '../core/errors.js';
import { zodIssueToField } from './zod-issues.js';

/** The one table from error code to HTTP status (ARCHITECTURE.md: errors). */
export const STATUS_BY_CODE: Readonly<Record<ErrorCode, number>> = {
  VALIDATION_FAILED: 400,
  NIP_INVALID: 400,
  GOLONGAN_UNKNOWN: 400,
  DATE_INVALID: 400,
  RANK_REQUIREMENT_INCONSISTENT: 400,
  POSITION_KIND_INVALID: 400,
  EDUCATION_INVALID: 400,
  UNIT_INVALID: 400,
  BIRTH_DATE_MISMATCH: 400,
  INVALID_CREDENTIALS: 401,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  NIP_DUPLICATE: 409,
  VERSION_CONFLICT: 409,
  CONFLICT: 409,
  POSITION_FULL: 409,
  RATE_LIMITED: 429,
  WORKFLOW_WRONG_STATE: 409,
  WORKFLOW_WRONG_ROLE: 403,
  WORKFLOW_OWN_PROPOSAL: 403,
  WORKFLOW_REASON_REQUIRED: 400,
  WORKFLOW_ELIGIBILITY_BLOCKED: 409,
  WORKFLOW_BOARD_DECISION_MISSING: 409,
  WORKFLOW_ELECTION_WINDOW: 409,
  WORKFLOW_OBJECTION_WINDOW_OPEN: 409,
  WORKFLOW_OBJECTIONS_PENDING: 409,
  WORKFLOW_BEFORE_TMT: 409,
  WORKFLOW_DECREE_CHECK_FAILED: 409,
  WORKFLOW_SK_NOT_SIGNED: 409,
  WORKFLOW_ANNOUNCE_AFTER_TMT: 409,
  OBJECTION_WINDOW_CLOSED: 409,
  BOARD_DECLARATION_MISSING: 409,
  WORKFLOW_JPT_SELECTION_MISSING: 409,
  SELECTION_CHOICE_INELIGIBLE: 409,
};

/**
 * Turns every failure into `{ error: { code, message, messages, field, ... } }`. Domain errors and
 * validation errors keep their code, field and bilingual message; anything else is logged with the
 * request id and answered with a 500 that reveals nothing of the internals.
 */
export function handleError(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply): void {
  if (error instanceof DomainError) {
    void reply.code(STATUS_BY_CODE[error.code]).send(domainBody(error));
    return;
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const issues = error.validation.map((v) => zodIssueToField(v, error.validationContext));
    const first = issues[0]!;
    const body: ErrorResponse = {
      error: {
        code: first.code,
        message: first.messages.en,
        messages: first.messages,
        field: first.field,
        value: first.value,
        rule: first.rule,
        issues,
      },
    };
    void reply.code(400).send(body);
    return;
  }
  const fastifyError = error as FastifyError;
  if (fastifyError.statusCode === 429) {
    void reply
      .code(429)
      .send(
        simpleBody(
          'RATE_LIMITED',
          'Terlalu banyak permintaan, coba lagi sebentar lagi',
          'Too many requests, try again shortly',
        ),
      );
    return;
  }
  if (fastifyError.statusCode && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    // Malformed JSON, wrong content type, body too large: the client's fault, said plainly.
    void reply
      .code(fastifyError.statusCode)
      .send(
        simpleBody(
          'VALIDATION_FAILED',
          `Permintaan tidak dapat dibaca: ${fastifyError.message}`,
          `Request could not be read: ${fastifyError.message}`,
        ),
      );
    return;
  }
  const requestId = request.id ?? randomUUID();
  request.log.error({ err: error, requestId }, 'unhandled error');
  const body = simpleBody(
    'INTERNAL',
    'Terjadi kesalahan pada server; laporkan kode permintaan ini',
    'Internal error; report this request id',
  );
  body.error.requestId = String(requestId);
  void reply.code(500).send(body);
}

export function domainBody(error: DomainError): ErrorResponse {
  const { field, value, rule, issues } = error.details;
  return {
    error: {
      code: error.code,
      message: error.messages.en,
      messages: error.messages,
      ...(field !== undefined ? { field } : {}),
      ...(value !== undefined ? { value } : {}),
      ...(rule !== undefined ? { rule } : {}),
      ...(issues
        ? {
            issues: issues.map((i) => ({
              field: i.field,
              code: i.code,
              rule: i.rule,
              messages: i.message,
              value: i.value,
            })),
          }
        : {}),
    },
  };
}

function simpleBody(code: string, id: string, en: string): ErrorResponse & { error: { requestId?: string } } {
  return { error: { code, message: en, messages: { id, en } } };
}
