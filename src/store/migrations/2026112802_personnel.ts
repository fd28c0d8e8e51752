import { type Kysely, sql } from 'kysely';
import { columnsFor } from './columns.js';

/** Employees and their histories; every row carries instansi_id (future partition key). */
export async function up(db: Kysely<any>): Promise<void> {
  const c = columnsFor(db);
  const notNull = (col: any) => col.notNull();

  await db.schema
    .createTable('employees')
    .$call(c.id)
    .addColumn('instansi_id', 'integer', (col) => col.notNull().references('instansi.id'))
    .addColumn('nip', 'text', (col) => col.notNull().check(sql`length(nip) = 18`))
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('front_title', 'text')
    .addColumn('back_title', 'text')
    .addColumn('gender', 'text', (col) => col.notNull())
    .addColumn('birth_date', c.date, (col) => col.notNull())
    .addColumn('birth_place', 'text')
    .addColumn('employment_type', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('tmt_cpns', c.date)
    // Derived from the histories (see refreshEmployeeCurrent): keyed columns so that lists with
    // filters and counts over 100,000 employees read one table.
    .addColumn('current_golongan', 'integer')
    .addColumn('current_golongan_tmt', c.date)
    .addColumn('current_position_id', 'integer')
    .addColumn('current_position_since', c.date)
    .addColumn('highest_education_level', 'text')
    .addColumn('highest_education_field', 'text')
    .$call(c.versioned)
    .addUniqueConstraint('employees_instansi_nip_unique', ['instansi_id', 'nip'])
    .addUniqueConstraint('employees_id_instansi_unique', ['id', 'instansi_id'])
    .$call(c.ownedBy('positions', 'current_position_id', 'no action'))
    .execute();
  const employeeIndexes: [string, string[]][] = [
    ['employees_name_idx', ['instansi_id', 'name']],
    ['employees_golongan_idx', ['instansi_id', 'current_golongan']],
    ['employees_since_idx', ['instansi_id', 'current_position_since']],
    ['employees_position_idx', ['current_position_id']],
    ['employees_birth_idx', ['instansi_id', 'birth_date']],
  ];
  for (const [name, columns] of employeeIndexes) {
    await db.schema.createIndex(name).on('employees').columns(columns).execute();
  }

  await db.schema
    .createTable('employee_rank_history')
    .$call(c.id)
    .addColumn('instansi_id', 'integer', notNull)
    .addColumn('employee_id', 'integer', notNull)
    .addColumn('golongan', 'integer', (col) => col.notNull().check(sql`golongan between 11 and 45`))
    .addColumn('tmt', c.date, (col) => col.notNull())
    .addColumn('sk_number', 'text')
    .$call(c.versioned)
    .$call(c.ownedBy('employees', 'employee_id'))
    .execute();
  await db.schema
    .createIndex('employee_rank_history_employee_idx')
    .on('employee_rank_history')
    .columns(['employee_id', 'tmt'])
    .execute();

  await db.schema
    .createTable('employee_education')
    .$call(c.id)
    .addColumn('instansi_id', 'integer', notNull)
    .addColumn('employee_id', 'integer', notNull)
    .addColumn('level', 'text', (col) => col.notNull())
    .addColumn('field', 'text', (col) => col.notNull())
    .addColumn('major', 'text', (col) => col.notNull())
    .addColumn('institution', 'text', (col) => col.notNull())
    .addColumn('graduation_year', 'integer', (col) => col.notNull())
    .$call(c.versioned)
    .$call(c.ownedBy('employees', 'employee_id'))
    .execute();
  await db.schema
    .createIndex('employee_education_employee_idx')
    .on('employee_education')
    .column('employee_id')
    .execute();

  await db.schema
    .createTable('position_assignments')
    .$call(c.id)
    .addColumn('instansi_id', 'integer', notNull)
    .addColumn('employee_id', 'integer', notNull)
    .addColumn('position_id', 'integer', notNull)
    .addColumn('start_date', c.date, (col) => col.notNull())
    .addColumn('end_date', c.date)
    .addColumn('sk_number', 'text')
    .$call(c.versioned)
    .$call(c.ownedBy('employees', 'employee_id'))
    .$call(c.ownedBy('positions', 'position_id', 'no action'))
    .addCheckConstraint('position_assignments_dates', sql`end_date is null or end_date >= start_date`)
    .execute();
  await db.schema
    .createIndex('position_assignments_employee_idx')
    .on('position_assignments')
    .columns(['employee_id', 'start_date'])
    .execute();
  // The current assignment of an employee: at most one (second line of defence), keyed lookup.
  await db.schema
    .createIndex('position_assignments_current_employee_unique')
    .on('position_assignments')
    .column('employee_id')
    .unique()
    .where(sql.ref('end_date'), 'is', null)
    .execute();
  // The current holders of a position; also covers holder counts per position of an instansi.
  await db.schema
    .createIndex('position_assignments_current_position_idx')
    .on('position_assignments')
    .columns(['instansi_id', 'position_id'])
    .where(sql.ref('end_date'), 'is', null)
    .execute();

  await db.schema
    .createTable('competency_assessments')
    .$call(c.id)
    .addColumn('instansi_id', 'integer', notNull)
    .addColumn('employee_id', 'integer', notNull)
    .addColumn('assessed_on', c.date, (col) => col.notNull())
    .addColumn('valid_until', c.date)
    .addColumn('assessor', 'text', (col) => col.notNull())
    .$call(c.versioned)
    .$call(c.ownedBy('employees', 'employee_id'))
    .addUniqueConstraint('competency_assessments_id_instansi_unique', ['id', 'instansi_id'])
    .execute();
  await db.schema
    .createIndex('competency_assessments_employee_idx')
    .on('competency_assessments')
    .columns(['employee_id', 'assessed_on'])
    .execute();

  await db.schema
    .createTable('competency_scores')
    .$call(c.id)
    .addColumn('instansi_id', 'integer', notNull)
    .addColumn('assessment_id', 'integer', notNull)
    .addColumn('type', 'text', (col) => col.notNull())
    .addColumn('code', 'text', (col) => col.notNull())
    .addColumn('level', 'integer', (col) => col.notNull().check(sql`level between 1 and 5`))
    .$call(c.ownedBy('competency_assessments', 'assessment_id'))
    .addUniqueConstraint('competency_scores_unique', ['assessment_id', 'code'])
    .execute();

  await db.schema
    .createTable('trainings')
    .$call(c.id)
    .addColumn('instansi_id', 'integer', notNull)
    .addColumn('employee_id', 'integer', notNull)
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('provider', 'text', (col) => col.notNull())
    .addColumn('start_date', c.date, (col) => col.notNull())
    .addColumn('end_date', c.date, (col) => col.notNull())
    .addColumn('hours', 'integer', (col) => col.notNull().check(sql`hours >= 0`))
    .$call(c.versioned)
    .$call(c.ownedBy('employees', 'employee_id'))
    .execute();
  await db.schema
    .createIndex('trainings_employee_idx')
    .on('trainings')
    .columns(['employee_id', 'start_date'])
    .execute();

  await db.schema
    .createTable('disciplinary_cases')
    .$call(c.id)
    .addColumn('instansi_id', 'integer', notNull)
    .addColumn('employee_id', 'integer', notNull)
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('level', 'text')
    .addColumn('penalty_type', 'text')
    .addColumn('description', 'text', (col) => col.notNull())
    .addColumn('decision_number', 'text')
    .addColumn('decision_date', c.date)
    .addColumn('start_date', c.date)
    .addColumn('end_date', c.date)
    .addColumn('suspended_from_duty', 'boolean', (col) => col.notNull().defaultTo(false))
    .$call(c.versioned)
    .$call(c.ownedBy('employees', 'employee_id'))
    .execute();
  await db.schema
    .createIndex('disciplinary_cases_employee_idx')
    .on('disciplinary_cases')
    .column('employee_id')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'disciplinary_cases',
    'trainings',
    'competency_scores',
    'competency_assessments',
    'position_assignments',
    'employee_education',
    'employee_rank_history',
    'employees',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
