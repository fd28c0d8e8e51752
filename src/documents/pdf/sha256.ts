import { createHash } from 'node:crypto';

/** Hex SHA-256 of a rendered document, the value the audit log records for it. */
export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
