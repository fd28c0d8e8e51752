import { type Expression, type RawBuilder, type SqlBool, sql } from 'kysely';

export interface Page<T> {
  readonly items: T[];
  /** Rows matching the filters, over all pages. */
  readonly total: number;
}

export interface PageRequest {
  /** 1-based. */
  readonly page: number;
  /** 1..200; larger values are clamped. */
  readonly pageSize: number;
}

export type SortOrder = 'asc' | 'desc';

export const MAX_PAGE_SIZE = 200;

export function pageWindow({ page, pageSize }: PageRequest): { limit: number; offset: number } {
  const limit = Math.min(Math.max(Math.trunc(pageSize) || 1, 1), MAX_PAGE_SIZE);
  const offset = (Math.max(Math.trunc(page) || 1, 1) - 1) * limit;
  return { limit, offset };
}

/** One value or several, as a list (empty when absent). */
export function asList<T>(value: T | readonly T[] | undefined): readonly T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value as T];
}

/** Case-insensitive "contains" on both engines, with `%` and `_` in the text taken literally. */
export function containsText(column: Expression<string | null>, text: string): RawBuilder<SqlBool> {
  const pattern = `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql<SqlBool>`lower(${column}) like ${pattern} escape '\\'`;
}
