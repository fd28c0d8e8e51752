import type { Kysely, Selectable } from 'kysely';
import {
  type AppraisalPolicy,
  DEFAULT_APPRAISAL_POLICY,
  DEFAULT_POLICY_VERSION,
  type PolicyVersion,
} from '../../core/appraisal/policy.js';
import type { Database } from '../schema.js';
import type { EvaluationPoliciesTable } from '../schema-evaluation.js';

function toVersion(row: Selectable<EvaluationPoliciesTable>): PolicyVersion {
  // Stored policies were validated when written; defaults fill keys added after they were stored.
  const stored = JSON.parse(row.policy_json) as Partial<AppraisalPolicy>;
  return {
    version: row.version_no,
    policy: { ...DEFAULT_APPRAISAL_POLICY, ...stored },
    reason: row.reason,
    changedByUserId: row.changed_by_user_id,
    changedAt: row.changed_at,
  };
}

/** The policy in force: the highest stored version, or the built-in default (version 0). */
export async function currentPolicy(db: Kysely<Database>, instansiId: number): Promise<PolicyVersion> {
  const row = await db
    .selectFrom('evaluation_policies')
    .selectAll()
    .where('instansi_id', '=', instansiId)
    .orderBy('version_no', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? toVersion(row) : DEFAULT_POLICY_VERSION;
}

/** Versions by number (0 = default) for the periods that were closed under them. */
export async function policyVersions(
  db: Kysely<Database>,
  instansiId: number,
  versions: readonly number[],
): Promise<Map<number, PolicyVersion>> {
  const out = new Map<number, PolicyVersion>([[0, DEFAULT_POLICY_VERSION]]);
  const wanted = [...new Set(versions)].filter((v) => v > 0);
  if (wanted.length === 0) return out;
  const rows = await db
    .selectFrom('evaluation_policies')
    .selectAll()
    .where('instansi_id', '=', instansiId)
    .where('version_no', 'in', wanted)
    .execute();
  for (const row of rows) out.set(row.version_no, toVersion(row));
  return out;
}

/** Every stored version, newest first (who changed what, when and why). */
export async function listPolicyVersions(db: Kysely<Database>, instansiId: number): Promise<PolicyVersion[]> {
  const rows = await db
    .selectFrom('evaluation_policies')
    .selectAll()
    .where('instansi_id', '=', instansiId)
    .orderBy('version_no', 'desc')
    .execute();
  return rows.map(toVersion);
}

/** Stores the next version; the unique (instansi, version) key refuses a concurrent duplicate. */
export async function insertPolicyVersion(
  db: Kysely<Database>,
  instansiId: number,
  next: {
    version: number;
    policy: AppraisalPolicy;
    reason: string;
    changedByUserId: number | null;
    changedAt: string;
  },
): Promise<PolicyVersion> {
  const row = await db
    .insertInto('evaluation_policies')
    .values({
      instansi_id: instansiId,
      version_no: next.version,
      policy_json: JSON.stringify(next.policy),
      reason: next.reason,
      changed_by_user_id: next.changedByUserId,
      changed_at: next.changedAt,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toVersion(row);
}
