import { expect, it } from 'vitest';
import { describeEachDialect } from '../../test/support/databases.js';
import { migrateDown, migrateToLatest } from './migrate.js';

/** The tables each migration creates, in order; a migration's `down` must drop exactly these. */
const TABLES_BY_MIGRATION: ReadonlyArray<readonly [string, readonly string[]]> = [
  [
    '2026112801_organisation',
    ['instansi', 'units', 'positions', 'position_education_requirements', 'position_competency_standards'],
  ],
  [
    '2026112802_personnel',
    [
      'employees',
      'employee_rank_history',
      'employee_education',
      'position_assignments',
      'competency_assessments',
      'competency_scores',
      'trainings',
      'disciplinary_cases',
    ],
  ],
  [
    '2026112803_access_audit',
    ['users', 'user_unit_scopes', 'sessions', 'audit_log', 'audit_chain_head', 'app_settings'],
  ],
  [
    '2026112804_evaluation',
    [
      'evaluation_policies',
      'evaluation_periods',
      'skp_ratings',
      'attendance_records',
      'innovations',
      'innovation_members',
      'government_programs',
      'program_participations',
      'evaluation_unit_grades',
      'evaluation_results',
    ],
  ],
  ['2026112805_planning', ['plan_scenarios', 'plan_scenario_versions', 'plan_runs']],
  [
    '2026112806_process',
    [
      'proposals',
      'proposal_items',
      'proposal_transitions',
      'board_sessions',
      'board_members',
      'board_agenda',
      'board_decisions',
      'board_conflicts',
      'decree_counters',
      'decrees',
      'decree_excerpts',
      'announcements',
      'objections',
      'mendagri_approvals',
      'effective_applications',
    ],
  ],
  ['2026112807_imports', ['import_reports']],
  // Adds plan_runs.summary_json (a column, no table; checked in its own test).
  ['2026112808_plan_summary', []],
  ['2026120801_tenure_overrides', ['tenure_overrides']],
  ['2026120802_selection', ['selections', 'selection_committee', 'selection_stages', 'selection_candidates']],
  // Also adds positions.profession and position_education_requirements.majors (its own test).
  ['2026120803_professions_licences', ['employee_licences']],
  // Adds board_members.nip (a column) and a unique index.
  ['2026120810_board_member_accounts', []],
  // Also adds decrees.signatory_nip.
  ['2026120830_decree_signing', ['decree_signings']],
  ['2026120840_evidence_files', ['evidence_files']],
  // Adds instansi.time_zone (a column).
  ['2026120850_instansi_time_zone', []],
];

const tablesUpTo = (count: number): string[] =>
  TABLES_BY_MIGRATION.slice(0, count)
    .flatMap(([, tables]) => tables)
    .sort();

describeEachDialect(
  'migrations',
  (database) => {
    const tables = async () =>
      (await database().db.introspection.getTables())
        .map((t) => t.name)
        .filter((n) => !n.startsWith('kysely_'))
        .sort();

    it('go up to the full schema, down one at a time to nothing, and up again', async () => {
      const { db } = database();
      const all = TABLES_BY_MIGRATION.length;
      expect(await tables()).toEqual([]);
      expect(await migrateToLatest(db)).toEqual(TABLES_BY_MIGRATION.map(([name]) => name));
      expect(await tables()).toEqual(tablesUpTo(all));
      expect(await migrateToLatest(db)).toEqual([]);
      expect(await db.selectFrom('audit_chain_head').selectAll().execute()).toEqual([
        { id: 1, last_id: null, hash: '0'.repeat(64) },
      ]);

      for (let remaining = all - 1; remaining >= 2; remaining--) {
        expect(await migrateDown(db)).toEqual([TABLES_BY_MIGRATION[remaining]?.[0]]);
        expect(await tables()).toEqual(tablesUpTo(remaining));
      }
      expect(await migrateDown(db, { all: true })).toEqual([
        '2026112802_personnel',
        '2026112801_organisation',
      ]);
      expect(await tables()).toEqual([]);

      expect(await migrateToLatest(db)).toHaveLength(all);
      expect(await tables()).toEqual(tablesUpTo(all));
    });
  },
  { migrate: false },
);
