/**
 * Whether a write failed on a unique constraint (SQLite `SQLITE_CONSTRAINT_UNIQUE`, PostgreSQL
 * 23505): two writers raced for the same name or number, and the database kept one.
 */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === '23505';
}
