import { DomainError } from '../errors.js';
import type { Action, Resource } from './actions.js';
import type { Principal, Role } from './roles.js';

/** A rule grants one action to one role, optionally only when the predicate holds. */
interface Grant {
  readonly role: Role;
  readonly action: Action;
  readonly when?: (principal: Principal, resource: Resource) => boolean;
}

const grants: Grant[] = [];

function allow(roles: readonly Role[], actions: readonly Action[], when?: Grant['when']): void {
  for (const role of roles)
    for (const action of actions) grants.push(when ? { role, action, when } : { role, action });
}

// Note: every check starts with the instansi: nobody sees personnel data of another instansi.
const sameInstansi = (p: Principal, r: Resource): boolean => p.instansiId === r.instansiId;

// Note: an OPD head sees only the units in their scope (the session expands it to the whole subtree).
const inOwnUnits = (p: Principal, r: Resource): boolean => {
  if (p.role !== 'OPD_HEAD' || !sameInstansi(p, r)) return false;
  if (r.type === 'instansi') return true;
  const unitId = r.type === 'employee' ? r.unitId : r.unitId;
  return unitId !== null && p.unitIds.includes(unitId);
};

// Note: an employee sees only their own record; lists of others are refused outright.
const isSelf = (p: Principal, r: Resource): boolean =>
  p.role === 'EMPLOYEE' && r.type === 'employee' && sameInstansi(p, r) && p.employeeId === r.employeeId;

const READERS: Role[] = ['BKPSDM_OPERATOR', 'BKPSDM_HEAD', 'REVIEW_BOARD', 'PPK', 'AUDITOR'];
const WRITERS: Role[] = ['BKPSDM_OPERATOR', 'BKPSDM_HEAD'];

allow(
  READERS,
  ['dashboard.read', 'employee.list', 'employee.read', 'unit.read', 'position.list', 'position.read'],
  sameInstansi,
);
allow(
  WRITERS,
  ['employee.create', 'employee.update', 'unit.update', 'position.create', 'position.update'],
  sameInstansi,
);
allow(['AUDITOR', 'BKPSDM_HEAD'], ['audit.read'], sameInstansi);
allow(
  ['OPD_HEAD'],
  ['dashboard.read', 'employee.list', 'employee.read', 'position.list', 'position.read', 'unit.read'],
  inOwnUnits,
);
// Organisation structure is public inside the instansi: OPD heads and employees may browse it.
allow(['OPD_HEAD', 'EMPLOYEE'], ['unit.read'], (p, r) => sameInstansi(p, r) && r.type !== 'employee');
allow(['EMPLOYEE'], ['employee.read'], isSelf);
// Note: an employee reads the post she holds now (its requirements, unit and competency standard),
// no other post and no list of posts; of its holders she sees only herself (services filter the
// holders by employee.read).
const holdsPost = (p: Principal, r: Resource): boolean =>
  p.role === 'EMPLOYEE' &&
  r.type === 'position' &&
  sameInstansi(p, r) &&
  (r.holderIds ?? []).includes(p.employeeId);
allow(['EMPLOYEE'], ['position.read'], holdsPost);

// Performance evaluation and talent (issue 4). BKPSDM enters records and manages periods, the head
// of BKPSDM closes periods and sets the policy; the review board, PPK and auditor read.
allow(READERS, ['evaluation.read', 'talent.read'], sameInstansi);
allow(WRITERS, ['evaluation.write', 'evaluation.period.manage'], sameInstansi);
allow(['BKPSDM_HEAD'], ['evaluation.close', 'evaluation.policy.update'], sameInstansi);
// Note: an OPD head reads and enters the records of their own units only (on the instansi as a
// whole, "within their units": lists and imports are filtered row by row).
allow(['OPD_HEAD'], ['evaluation.read', 'evaluation.write', 'talent.read'], inOwnUnits);
// Note: an employee reads only their own evaluations, never a grid or a pool.
allow(['EMPLOYEE'], ['evaluation.read'], isSelf);

// Person-position matching (issue 5): BKPSDM, the review board, PPK and auditor see the whole
// instansi's matches and candidate lists.
allow(READERS, ['match.read'], sameInstansi);
// Import and export (issue 8). Note: only BKPSDM loads or takes out whole data sets of the instansi.
allow(WRITERS, ['data.import', 'data.export'], sameInstansi);
// Note: an OPD head sees the matches of employees, and the candidates of positions, in their units.
allow(['OPD_HEAD'], ['match.read'], inOwnUnits);
// Note: an employee sees only their own matches, never a candidate list.
allow(['EMPLOYEE'], ['match.read'], isSelf);

// Mutation planning (issue 6). BKPSDM prepares mutations (DOMAIN.md 1.3): its operators and head
// edit scenarios and run and cancel plans; the review board (TPK), the PPK who decides, and the
// auditor read scenarios and plans.
allow(READERS, ['plan.view'], sameInstansi);
allow(WRITERS, ['plan.run', 'plan.cancel', 'scenario.edit'], sameInstansi);
// Note: OPD heads and employees get nothing: a plan names the moves of people all over the city.

// The mutation process (issue 7): BKPSDM drafts proposals and records objections; the board runs
// its sessions; the head of BKPSDM and the PPK decide objections; the auditor reads everything.
// Note: who may take each transition (and that nobody decides their own proposal) is in
// core/workflow/proposal-states.ts, checked by decideTransition.
allow(READERS, ['proposal.read', 'board.read'], sameInstansi);
allow(WRITERS, ['proposal.write', 'objection.record'], sameInstansi);
allow(['REVIEW_BOARD', 'BKPSDM_HEAD'], ['board.manage'], sameInstansi);
allow(['BKPSDM_HEAD', 'PPK'], ['objection.decide'], sameInstansi);
allow(['BKPSDM_HEAD'], ['process.settings.update'], sameInstansi);
// Note: an exception to the 2-year minimum in post is approved by the head of BKPSDM alone, who
// answers for it in the audit log (DOMAIN.md 15.6); the operator drafts, the board and PPK read it.
allow(['BKPSDM_HEAD'], ['proposal.tenure-override'], sameInstansi);

// JPT selection records (issue 13 item 4; DOMAIN.md 15.3): BKPSDM keeps the record (committee,
// stages, candidates, shortlist); the review board, the PPK and the auditor read it.
// Note: only the PPK records the choice among the three names: the PPK appoints (DOMAIN.md 15.3).
allow(READERS, ['selection.read'], sameInstansi);
allow(WRITERS, ['selection.write'], sameInstansi);
allow(['PPK'], ['selection.decide'], sameInstansi);

/**
 * Whether the principal may take the action on the resource.
 * @example can(operator, 'employee.list', { type: 'instansi', instansiId: 1 }) // true
 */
export function can(principal: Principal, action: Action, resource: Resource): boolean {
  return grants.some(
    (g) => g.role === principal.role && g.action === action && (!g.when || g.when(principal, resource)),
  );
}

/** Throws FORBIDDEN unless {@link can} says yes; routes call it after loading, before acting. */
export function authorize(principal: Principal, action: Action, resource: Resource): void {
  if (!can(principal, action, resource)) {
    throw new DomainError(
      'FORBIDDEN',
      { id: 'Anda tidak berwenang melakukan tindakan ini', en: `Not allowed: ${action}` },
      { rule: `POLICY_${action.toUpperCase().replace('.', '_')}` },
    );
  }
}

/** The subset of `actions` the principal may take on the resource, for the UI. */
export function allowedActions(
  principal: Principal,
  resource: Resource,
  actions: readonly Action[],
): Action[] {
  return actions.filter((a) => can(principal, a, resource));
}
