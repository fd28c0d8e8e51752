/**
 * One error type for broken rules, with a stable code. Expected outcomes (ineligible, infeasible, ...)
 * are values, not exceptions; `DomainError` is thrown only when a caller breaks a rule of the domain.
 *
 * Every error names the field and the value it is about and carries a message in Indonesian (the
 * UI's default) and English (logs and API clients).
 *
 * @example
 *   throw new DomainError('NIP_INVALID', { id: 'NIP harus 18 digit', en: 'NIP must have 18 digits' },
 *     { field: 'nip', value: '1234' });
 */
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'NIP_INVALID',
  'NIP_DUPLICATE',
  'GOLONGAN_UNKNOWN',
  'DATE_INVALID',
  'RANK_REQUIREMENT_INCONSISTENT',
  'POSITION_FULL',
  'BIRTH_DATE_MISMATCH',
  'POSITION_KIND_INVALID',
  'EDUCATION_INVALID',
  'UNIT_INVALID',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'INVALID_CREDENTIALS',
  'VERSION_CONFLICT',
  'CONFLICT',
  'RATE_LIMITED',
  // The mutation process (issue 7): one code per refusal of the workflow.
  'WORKFLOW_WRONG_STATE',
  'WORKFLOW_WRONG_ROLE',
  'WORKFLOW_OWN_PROPOSAL',
  'WORKFLOW_REASON_REQUIRED',
  'WORKFLOW_ELIGIBILITY_BLOCKED',
  'WORKFLOW_BOARD_DECISION_MISSING',
  'WORKFLOW_ELECTION_WINDOW',
  'WORKFLOW_OBJECTION_WINDOW_OPEN',
  'WORKFLOW_OBJECTIONS_PENDING',
  'WORKFLOW_BEFORE_TMT',
  // The SK (issue 14 item 3): the pre-issue check, the signature, dates in order.
  'WORKFLOW_DECREE_CHECK_FAILED',
  'WORKFLOW_SK_NOT_SIGNED',
  'WORKFLOW_ANNOUNCE_AFTER_TMT',
  'OBJECTION_WINDOW_CLOSED',
  'BOARD_DECLARATION_MISSING',
  // JPT selection (issue 13 item 4): the SK of a move into a JPT post needs a completed selection
  // naming the person; the PPK's choice must meet PP 11/2017 Pasal 107.
  'WORKFLOW_JPT_SELECTION_MISSING',
  'SELECTION_CHOICE_INELIGIBLE',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface LocalizedMessage {
  readonly id: string;
  readonly en: string;
}

export interface ErrorDetails {
  /** Path of the offending field in the request, e.g. `nip` or `education.0.level`. */
  readonly field?: string;
  readonly value?: unknown;
  /** Stable name of the rule that was broken, e.g. `NIP_FORMAT`. */
  readonly rule?: string;
  readonly issues?: readonly FieldIssue[];
}

/** One problem with one field; a validation error carries a list of them. */
export interface FieldIssue {
  readonly field: string;
  readonly value?: unknown;
  readonly code: ErrorCode;
  readonly rule: string;
  readonly message: LocalizedMessage;
}

export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly messages: LocalizedMessage;
  readonly details: ErrorDetails;

  constructor(code: ErrorCode, messages: LocalizedMessage, details: ErrorDetails = {}) {
    super(messages.en);
    this.name = 'DomainError';
    this.code = code;
    this.messages = messages;
    this.details = details;
  }
}

/** Builds the error for a single field issue, so the message and the field travel together. */
export function fieldError(issue: FieldIssue): DomainError {
  return new DomainError(issue.code, issue.message, {
    field: issue.field,
    value: issue.value,
    rule: issue.rule,
    issues: [issue],
  });
}

/** A value or the reasons why there is none: the shape of every expected failure in core. */
export type Result<T, E = FieldIssue> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const fail = <E>(error: E): Result<never, E> => ({ ok: false, error });
