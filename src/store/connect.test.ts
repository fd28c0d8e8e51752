import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/support/databases.js';
import { seedDataset } from '../../test/support/seed.js';
import { connectDatabase } from './connect.js';
import { migrateToLatest } from './migrate.js';

describeEachDialect('portable values', (database) => {
  it('returns calendar dates as YYYY-MM-DD, timestamps as ISO UTC and counts as numbers', async () => {
    const { db } = database();
    const { instansiId } = await seedDataset(db);
    const employee = await db
      .selectFrom('employees')
      .select(['birth_date', 'tmt_cpns', 'created_at', 'updated_at', 'version'])
      .where('instansi_id', '=', instansiId)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    expect(employee.birth_date).toBe('1970-02-14');
    expect(employee.tmt_cpns).toBe('1995-03-01');
    expect(employee.created_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(employee.version).toBe(1);
    const counted = await db
      .selectFrom('employees')
      .select((eb) => [eb.fn.countAll().as('n'), eb.fn.sum('version').as('versions')])
      .executeTakeFirstOrThrow();
    expect(typeof counted.n).toBe('number');
    expect(typeof counted.versions).toBe('number');
  });

  it('binds booleans on both engines and reads flags as 0/1 or true/false', async () => {
    const { db } = database();
    const { instansiId } = await seedDataset(db);
    const strategic = await db
      .selectFrom('positions')
      .select(['code', 'is_strategic'])
      .where('instansi_id', '=', instansiId)
      .where('is_strategic', '=', true)
      .execute();
    expect(strategic.map((p) => [p.code, Boolean(p.is_strategic)])).toEqual([['KADIS', true]]);
    const viaRaw = await sql<{
      n: number;
    }>`select count(*) as n from positions where instansi_id = ${instansiId} and is_strategic = ${false}`.execute(
      db,
    );
    expect(Number(viaRaw.rows[0]?.n)).toBe(6);
  });

  it('enforces foreign keys', async () => {
    const { db } = database();
    await expect(
      db
        .insertInto('units')
        .values({
          instansi_id: 999_999,
          code: 'X',
          name: 'X',
          kind: 'OPD',
          parent_id: null,
          short_name: null,
        })
        .execute(),
    ).rejects.toThrow(/foreign key/i);
  });
});

describe('connectDatabase', () => {
  const dir = mkdtempSync(join(tmpdir(), 'penata-connect-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('opens a SQLite file from a sqlite: URL, creating its folder, in WAL mode', async () => {
    const path = join(dir, 'nested', 'penata.db');
    const { db, dialect, close } = await connectDatabase(`sqlite:${path}`);
    expect(dialect).toBe('sqlite');
    const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(db);
    expect(mode.rows[0]?.journal_mode).toBe('wal');
    const fk = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(db);
    expect(fk.rows[0]?.foreign_keys).toBe(1);
    await migrateToLatest(db);
    await close();
    const again = await connectDatabase(path);
    expect((await again.db.selectFrom('audit_chain_head').select('id').execute()).length).toBe(1);
    await again.close();
  });

  it('opens in-memory SQLite from :memory: and sqlite::memory:', async () => {
    for (const url of [':memory:', 'sqlite::memory:']) {
      const { db, dialect, close } = await connectDatabase(url);
      expect(dialect).toBe('sqlite');
      expect((await sql<{ x: number }>`select 1 as x`.execute(db)).rows).toEqual([{ x: 1 }]);
      await close();
    }
  });

  it('rejects a URL without a path', async () => {
    await expect(connectDatabase('sqlite:')).rejects.toThrow(/No SQLite path/);
  });

  it('leaves the global pg type parsers alone', () => {
    expect(pg.types.getTypeParser(1082, 'text')('2024-02-29')).toBeInstanceOf(Date);
  });
});
