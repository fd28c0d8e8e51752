import { expect, it } from 'vitest';
import { describeEachDialect } from '../../test/support/databases.js';
import { migrateDown, migrateToLatest } from './migrate.js';

const TABLES = [
  'app_settings',
  'attendance_records',
  'audit_chain_head',
  'audit_log',
  'competency_assessments',
  'competency_scores',
  'disciplinary_cases',
  'employee_education',
  'employee_rank_history',
  'employees',
  'evaluation_periods',
  'evaluation_policies',
  'evaluation_results',
  'evaluation_unit_grades',
  'government_programs',
  'innovation_members',
  'innovations',
  'instansi',
  'position_assignments',
  'position_competency_standards',
  'position_education_requirements',
  'positions',
  'program_participations',
  'sessions',
  'skp_ratings',
  'trainings',
  'units',
  'user_unit_scopes',
  'users',
];

describeEachDialect(
  'migrations',
  (database) => {
    const tables = async () =>
      (await database().db.introspection.getTables())
        .map((t) => t.name)
        .filter((n) => !n.startsWith('kysely_'))
        .sort();

    it('go up to the full schema, down to nothing, and up again', async () => {
      const { db } = database();
      expect(await tables()).toEqual([]);
      expect(await migrateToLatest(db)).toHaveLength(4);
      expect(await tables()).toEqual(TABLES);
      expect(await migrateToLatest(db)).toEqual([]);
      expect(await db.selectFrom('audit_chain_head').selectAll().execute()).toEqual([
        { id: 1, last_id: null, hash: '0'.repeat(64) },
      ]);

      expect(await migrateDown(db)).toEqual(['2026112804_evaluation']);
      expect(await tables()).not.toContain('evaluation_periods');
      expect(await migrateDown(db)).toEqual(['2026112803_access_audit']);
      expect(await tables()).not.toContain('users');
      expect(await migrateDown(db, { all: true })).toEqual([
        '2026112802_personnel',
        '2026112801_organisation',
      ]);
      expect(await tables()).toEqual([]);

      expect(await migrateToLatest(db)).toHaveLength(4);
      expect(await tables()).toEqual(TABLES);
    });
  },
  { migrate: false },
);
