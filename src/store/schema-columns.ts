import type { ColumnType, Generated } from 'kysely';

/** Column types shared by every `schema*.ts` file (conventions in `schema.ts`). */
export type Id = Generated<number>;
export type Timestamp = ColumnType<string, string | undefined, string>;
export type Version = ColumnType<number, number | undefined, number>;
export type Flag = ColumnType<boolean | number, boolean, boolean>;

export interface Versioned {
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Version;
}
