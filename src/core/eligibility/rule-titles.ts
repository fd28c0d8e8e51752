import type { LocalizedMessage } from '../errors.js';
import { RULES_BY_CODE } from './registry.js';

/**
 * Rules decided outside the eligibility registry that a screen or a refusal can name by code.
 * R-KONFLIK: the ban on conflicts of interest in mutasi (DOMAIN.md 1.2 item 5 and the rule table
 * of 1.5), enforced by the board's rules in src/core/workflow/board-rules.ts.
 */
const OTHER_RULE_TITLES: Readonly<Record<string, LocalizedMessage>> = {
  'R-KONFLIK': {
    id: 'Konflik kepentingan anggota TPK',
    en: 'Conflict of interest of a board member',
  },
};

/**
 * The name of a rule by its stable code, in both languages, so no screen shows a bare code such as
 * "R-EDU-FIELD"; null for a code this build does not know (shown as it is, never guessed).
 * @example ruleTitleOf('R-EDU-FIELD')?.id // 'Bidang pendidikan sesuai kualifikasi jabatan'
 * @example ruleTitleOf('R-UNKNOWN') // null
 */
export function ruleTitleOf(code: string): LocalizedMessage | null {
  // Own keys only: a code such as "toString" must not find Object.prototype.
  if (Object.hasOwn(RULES_BY_CODE, code)) {
    return (RULES_BY_CODE as Readonly<Record<string, { readonly title: LocalizedMessage }>>)[code]!.title;
  }
  return Object.hasOwn(OTHER_RULE_TITLES, code) ? OTHER_RULE_TITLES[code]! : null;
}
