import type { z } from 'zod';
import type {
  demoAccountsResponse,
  ErrorResponse,
  positionPage,
  unitTreeResponse,
} from '../../../src/contract/index';

/** Response and request types of the API, inferred from the shared Zod contract (types only: no Zod in the bundle). */
export type {
  DashboardDto,
  EmployeeDetailDto,
  EmployeeListQuery,
  EmployeePage,
  EmployeeSummaryDto,
  ErrorResponse,
  LoginBody,
  PositionDetailDto,
  PositionListQuery,
  PositionSummaryDto,
  SessionUser,
  UnitNodeDto,
} from '../../../src/contract/index';
export type {
  CandidateItemDto,
  ComponentDto,
  EmployeeMatchesDto,
  MatchExplanationDto,
  MatchItemDto,
  PositionCandidatesDto,
  RuleResultDto,
} from '../../../src/contract/matching';
export type { Action } from '../../../src/core/policies/actions';
export type { Role } from '../../../src/core/policies/roles';

export type DemoAccounts = z.infer<typeof demoAccountsResponse>;
export type PositionPage = z.infer<typeof positionPage>;
export type UnitTree = z.infer<typeof unitTreeResponse>;
export type ApiErrorBody = ErrorResponse['error'];
