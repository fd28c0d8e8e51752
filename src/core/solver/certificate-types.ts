/** The result of an assignment certificate check (`checkAssignmentCertificate`, `BlockCertificateCheck`). */

export type CertificateViolationKind =
  | 'shape'
  | 'column-out-of-range'
  | 'forbidden-pair'
  | 'column-used-twice'
  | 'wrong-pair-count'
  | 'dual-not-finite'
  | 'reduced-cost-negative'
  | 'assigned-not-tight'
  | 'dual-sign'
  | 'unassigned-dual-nonzero'
  | 'objective-mismatch'
  | 'duality-gap';

export interface CertificateViolation {
  readonly kind: CertificateViolationKind;
  readonly row?: number;
  readonly col?: number;
  readonly detail: string;
}

export interface CertificateReport {
  /** True iff the assignment is feasible and the duals prove it optimal. */
  readonly holds: boolean;
  /** The first few violations (at most 10); `violationCount` counts them all. */
  readonly violations: readonly CertificateViolation[];
  readonly violationCount: number;
  /** Sum of the costs of the assigned pairs. */
  readonly primalObjective: number;
  /** sum(u) + sum(v): a lower bound on every feasible assignment when the duals are feasible. */
  readonly dualBound: number;
  /** 0 when all duals are integers (everything exact); otherwise the tolerance that was used. */
  readonly tolerance: number;
  /** Pairs whose reduced cost was checked (all the allowed pairs the checker was given). */
  readonly pairsChecked?: number;
}
