/**
 * Everything a user can ask Penata to do, as `resource.verb`. Routes authorize one action each;
 * responses carry the actions the caller may take next, so the web app never re-implements policy.
 */
export const ACTIONS = [
  'dashboard.read',
  'employee.list',
  'employee.read',
  'employee.create',
  'employee.update',
  'unit.read',
  'unit.update',
  'position.list',
  'position.read',
  'position.create',
  'position.update',
  'audit.read',
  // Performance evaluation and talent (issue 4).
  'evaluation.read',
  'evaluation.write',
  'evaluation.period.manage',
  'evaluation.close',
  'evaluation.policy.update',
  'talent.read',
  // Person-position matching (issue 5).
  'match.read',
  // The mutation process (issue 7); transitions are guarded by the workflow's own table.
  'proposal.read',
  'proposal.write',
  'board.read',
  'board.manage',
  'objection.record',
  'objection.decide',
  'process.settings.update',
  // An exception to the 2-year minimum in post for one move (DOMAIN.md 15.6).
  'proposal.tenure-override',
  // Mutation planning (issue 6).
  'plan.view',
  'plan.run',
  'plan.cancel',
  'scenario.edit',
  // Import and export of spreadsheets (issue 8).
  'data.import',
  'data.export',
  // JPT selection records (issue 13 item 4).
  'selection.read',
  'selection.write',
  'selection.decide',
] as const;
export type Action = (typeof ACTIONS)[number];

/** What an action is about, with the facts scope checks need. */
export type Resource =
  | { readonly type: 'instansi'; readonly instansiId: number }
  | {
      readonly type: 'employee';
      readonly instansiId: number;
      readonly employeeId: number;
      readonly unitId: number | null;
    }
  | { readonly type: 'unit'; readonly instansiId: number; readonly unitId: number }
  | {
      readonly type: 'position';
      readonly instansiId: number;
      readonly positionId: number;
      readonly unitId: number;
      /** The employees holding the post now, when known (an employee may read her own post). */
      readonly holderIds?: readonly number[];
    };
