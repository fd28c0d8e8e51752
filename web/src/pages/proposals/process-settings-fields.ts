import type { idProcess } from '../../i18n/id-process';

type SettingsText = keyof typeof idProcess.settings;

/** One input of the process settings form, as the card lays it out. */
export interface SettingsField {
  /** The form path: a top-level key or a nested one such as `['numbering', 'unit']`. */
  readonly name: string | [string, string];
  readonly label: SettingsText;
  /** Column widths on phones (xs) and from tablets up (md), out of 24. */
  readonly span: { readonly xs: number; readonly md: number };
  /** A whole number in this range; absent for text. */
  readonly range?: { readonly min: number; readonly max: number };
  /** Shows the token help and a sample number, and the server's message when it rejects the value. */
  readonly template?: true;
}

/** The objection window and the SK numbering, in the order they appear. */
export const NUMBERING_FIELDS: readonly SettingsField[] = [
  {
    name: 'objectionWindowDays',
    label: 'objectionDays',
    span: { xs: 24, md: 6 },
    range: { min: 0, max: 90 },
  },
  { name: ['numbering', 'template'], label: 'template', span: { xs: 24, md: 18 }, template: true },
  { name: ['numbering', 'klasifikasi'], label: 'klasifikasi', span: { xs: 12, md: 8 } },
  { name: ['numbering', 'unit'], label: 'unit', span: { xs: 12, md: 8 } },
  {
    name: ['numbering', 'seqDigits'],
    label: 'seqDigits',
    span: { xs: 12, md: 8 },
    range: { min: 1, max: 6 },
  },
];

/**
 * The two signatories (SK and petikan) and the fields each one has. The office (a.n. signatures) and
 * the NIP are optional here: whether a NIP is needed is the server's rule (an official signing a.n.
 * and the petikan certifier show one, an elected Wali Kota none), reported under the NIP field.
 */
export const SIGNERS = ['skSignatory', 'excerptSigner'] as const;
export const SIGNER_FIELDS: readonly {
  readonly key: 'title' | 'office' | 'name' | 'nip';
  readonly label: SettingsText;
  readonly required: boolean;
  /** Help shown under the field. */
  readonly help?: SettingsText;
}[] = [
  { key: 'title', label: 'signTitle', required: true },
  { key: 'office', label: 'signOffice', required: false },
  { key: 'name', label: 'signName', required: true },
  { key: 'nip', label: 'signNip', required: false, help: 'signNipHelp' },
];

/** The dotted path the server names a rejected field by, e.g. `numbering.template`. */
export function fieldPath(name: SettingsField['name']): string {
  return typeof name === 'string' ? name : name.join('.');
}
