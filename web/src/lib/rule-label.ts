import { ruleTitleOf } from '../../../src/core/eligibility/rule-titles';
import type { Language } from '../i18n';

/**
 * A rule as people read it: its name with the stable code in brackets,
 * "Bidang pendidikan sesuai kualifikasi jabatan (R-EDU-FIELD)"; an unknown code stays as it is.
 * The names come from the core's rule table, never from the web.
 */
export function ruleLabel(code: string, lng: Language): string {
  const title = ruleTitleOf(code);
  return title ? `${title[lng]} (${code})` : code;
}

/** Only the rule's name (the code goes in a tooltip), or the code when the rule is unknown. */
export function ruleName(code: string, lng: Language): string {
  return ruleTitleOf(code)?.[lng] ?? code;
}
