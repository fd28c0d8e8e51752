import { type Kysely, sql } from 'kysely';
import { columnsFor } from './columns.js';

/** Instansi, the unit tree, positions with their requirements. */
export async function up(db: Kysely<any>): Promise<void> {
  const c = columnsFor(db);

  await db.schema
    .createTable('instansi')
    .$call(c.id)
    .addColumn('code', 'text', (col) => col.notNull().unique())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('province', 'text', (col) => col.notNull())
    .addColumn('region_code', 'text', (col) => col.notNull())
    .$call(c.versioned)
    .execute();

  await db.schema
    .createTable('units')
    .$call(c.id)
    .addColumn('instansi_id', 'integer', (col) => col.notNull().references('instansi.id'))
    .addColumn('parent_id', 'integer', (col) => col.references('units.id'))
    .addColumn('code', 'text', (col) => col.notNull())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('short_name', 'text')
    .addColumn('kind', 'text', (col) => col.notNull())
    .$call(c.versioned)
    .addUniqueConstraint('units_instansi_code_unique', ['instansi_id', 'code'])
    // Target of composite foreign keys: a child row lives in its parent's instansi.
    .addUniqueConstraint('units_id_instansi_unique', ['id', 'instansi_id'])
    .execute();
  await db.schema.createIndex('units_parent_idx').on('units').column('parent_id').execute();

  await db.schema
    .createTable('positions')
    .$call(c.id)
    .addColumn('instansi_id', 'integer', (col) => col.notNull().references('instansi.id'))
    .addColumn('unit_id', 'integer', (col) => col.notNull())
    .addColumn('code', 'text', (col) => col.notNull())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('eselon', 'text')
    .addColumn('jf_category', 'text')
    .addColumn('jf_level', 'text')
    .addColumn('family', 'text', (col) => col.notNull())
    .addColumn('kelas_jabatan', 'integer', (col) => col.check(sql`kelas_jabatan between 1 and 17`))
    .addColumn('min_golongan', 'integer', (col) => col.check(sql`min_golongan between 11 and 45`))
    .addColumn('is_strategic', 'boolean', (col) => col.notNull().defaultTo(false))
    .addColumn('seats', 'integer', (col) => col.notNull().defaultTo(1).check(sql`seats >= 0`))
    .addColumn('tugas_tambahan', 'text')
    .$call(c.versioned)
    .addUniqueConstraint('positions_instansi_code_unique', ['instansi_id', 'code'])
    .addUniqueConstraint('positions_id_instansi_unique', ['id', 'instansi_id'])
    .addForeignKeyConstraint('positions_unit_fk', ['unit_id', 'instansi_id'], 'units', ['id', 'instansi_id'])
    .execute();
  await db.schema.createIndex('positions_unit_idx').on('positions').column('unit_id').execute();
  await db.schema
    .createIndex('positions_instansi_kind_idx')
    .on('positions')
    .columns(['instansi_id', 'kind'])
    .execute();

  await db.schema
    .createTable('position_education_requirements')
    .$call(c.id)
    .addColumn('instansi_id', 'integer', (col) => col.notNull())
    .addColumn('position_id', 'integer', (col) => col.notNull())
    .addColumn('min_level', 'text', (col) => col.notNull())
    .addColumn('fields', 'text', (col) => col.notNull().defaultTo('[]'))
    .$call(c.ownedBy('positions', 'position_id'))
    .execute();
  await db.schema
    .createIndex('position_education_requirements_position_idx')
    .on('position_education_requirements')
    .column('position_id')
    .execute();

  await db.schema
    .createTable('position_competency_standards')
    .$call(c.id)
    .addColumn('instansi_id', 'integer', (col) => col.notNull())
    .addColumn('position_id', 'integer', (col) => col.notNull())
    .addColumn('type', 'text', (col) => col.notNull())
    .addColumn('code', 'text', (col) => col.notNull())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('level', 'integer', (col) => col.notNull().check(sql`level between 1 and 5`))
    .$call(c.ownedBy('positions', 'position_id'))
    .addUniqueConstraint('position_competency_standards_unique', ['position_id', 'code'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'position_competency_standards',
    'position_education_requirements',
    'positions',
    'units',
    'instansi',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
