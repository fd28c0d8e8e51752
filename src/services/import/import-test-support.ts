import type { Kysely } from 'kysely';
import type { Principal } from '../../core/policies/roles.js';
import type { Database } from '../../store/schema.js';
import type { AppContext } from '../app-context.js';

/** A context on a test database with a fixed clock (the database is closed by its suite). */
export function testContext(db: Kysely<Database>, dialect: 'sqlite' | 'postgres'): AppContext {
  return { db, dialect, now: () => new Date('2026-11-28T03:00:00Z'), version: 'test', close: async () => {} };
}

export const operatorOf = (instansiId: number): Principal => ({
  userId: 0,
  instansiId,
  role: 'BKPSDM_OPERATOR',
});

export const csvFile = (name: string, lines: readonly string[]) => ({
  name,
  content: new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`),
});

/** A valid PNS NIP for the i-th generated person (birth dates a day apart from 1975). */
export function generatedNip(i: number): string {
  const birth = new Date(Date.UTC(1975, 0, 1) + i * 86_400_000);
  const ymd = birth.toISOString().slice(0, 10).replaceAll('-', '');
  return `${ymd}201503${(i % 2) + 1}${String((i % 997) + 1).padStart(3, '0')}`;
}
