import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Only src/store talks to the database (ARCHITECTURE.md). dependency-cruiser stops services from
 * importing kysely's values, but `ctx.db.selectFrom(...)` needs no import, so this scans the text.
 */
const ROOT = join(import.meta.dirname, '../..');
const SERVICES = join(ROOT, 'src/services');

const QUERY_PATTERNS: readonly { readonly name: string; readonly pattern: RegExp }[] = [
  { name: '.selectFrom(', pattern: /\.selectFrom\s*\(/ },
  { name: '.insertInto(', pattern: /\.insertInto\s*\(/ },
  { name: '.updateTable(', pattern: /\.updateTable\s*\(/ },
  { name: '.deleteFrom(', pattern: /\.deleteFrom\s*\(/ },
  { name: 'sql`...`', pattern: /\bsql\s*(<[^`]*>)?\s*`/ },
  { name: 'sql.raw/ref/lit/...', pattern: /\bsql\.(raw|ref|lit|id|table|join|val)\s*\(/ },
];

function serviceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return serviceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Every query found in the given source, as `file:line: pattern`. */
function findQueries(file: string, source: string): string[] {
  return source
    .split('\n')
    .flatMap((line, i) =>
      QUERY_PATTERNS.filter((p) => p.pattern.test(line)).map((p) => `${file}:${i + 1}: ${p.name}`),
    );
}

describe('services do not query the database', () => {
  it('recognises each kind of query, naming file and line', () => {
    const source = [
      'const a = 1;',
      "await ctx.db.selectFrom('units').selectAll().execute();",
      "await trx.insertInto('units').values(v).execute();",
      "await trx.updateTable('units').set(s).execute();",
      "await trx.deleteFrom('units').execute();",
      'await sql`select 1`.execute(ctx.db);',
      'const n = sql<number>`count(*)`;',
      "const r = sql.ref('units.id');",
    ].join('\n');
    expect(findQueries('x.ts', source)).toEqual([
      'x.ts:2: .selectFrom(',
      'x.ts:3: .insertInto(',
      'x.ts:4: .updateTable(',
      'x.ts:5: .deleteFrom(',
      'x.ts:6: sql`...`',
      'x.ts:7: sql`...`',
      'x.ts:8: sql.raw/ref/lit/...',
    ]);
    expect(findQueries('y.ts', 'const selectFromList = sqlite; // insertInto docs')).toEqual([]);
  });

  it('finds no query in src/services (they belong in src/store/repositories)', () => {
    const files = serviceFiles(SERVICES);
    expect(files.length).toBeGreaterThan(50);
    const found = files.flatMap((f) => findQueries(relative(ROOT, f), readFileSync(f, 'utf8')));
    expect(found, `move these queries into src/store/repositories:\n${found.join('\n')}`).toEqual([]);
  });
});
