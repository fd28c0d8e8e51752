import { describe, expect, it } from 'vitest';
import { ORGANISATION_GRADE_LABELS } from '../../../src/core/appraisal/policy';
import { PREDIKAT_LABELS, RATING_LABELS } from '../../../src/core/appraisal/ratings';
import { ruleTitleOf } from '../../../src/core/eligibility/rule-titles';
import { SCORE_COMPONENT_LABELS } from '../../../src/core/matching/policy';
import { EDUCATION_FIELD_LABELS } from '../../../src/core/model/education-labels';
import { majorName } from '../../../src/core/model/major-catalog';
import type { MajorCode } from '../../../src/core/model/majors';
import { PROFESSION_RULES } from '../../../src/core/model/profession-rules';
import { en } from './en';
import { id } from './id';

/**
 * Every enum the core and the contract export (an UPPER_CASE array of strings) either has a label for
 * each of its codes in both languages, or is listed below as never shown with the reason. A new enum,
 * or a new code in one, fails here until someone decides how people read it: no code reaches a screen.
 */
const modules = import.meta.glob<Record<string, unknown>>(
  [
    '../../../src/core/**/*.ts',
    '../../../src/contract/**/*.ts',
    '!**/*.test.ts',
    '!**/testing/**',
    '!**/*fixtures*',
    '!**/*.bench.ts',
  ],
  { eager: true },
);

type Lng = 'id' | 'en';
type Label = (code: string, lng: Lng) => string | null | undefined;
const from =
  (table: Readonly<Record<string, { readonly id: string; readonly en: string }>>): Label =>
  (code, lng) =>
    Object.hasOwn(table, code) ? table[code]![lng] : null;

/** Enums labelled by a table of the core (shared with documents and messages), not by the dictionaries. */
const CORE_LABELS: Readonly<Record<string, Label>> = {
  PREDIKATS: from(PREDIKAT_LABELS),
  RATINGS: from(RATING_LABELS),
  ORGANISATION_GRADES: from(ORGANISATION_GRADE_LABELS),
  SCORE_COMPONENTS: from(SCORE_COMPONENT_LABELS),
  EDUCATION_FIELDS: from(EDUCATION_FIELD_LABELS),
  PROFESSIONS: (c, lng) =>
    Object.hasOwn(PROFESSION_RULES, c)
      ? PROFESSION_RULES[c as keyof typeof PROFESSION_RULES].label[lng]
      : null,
  MAJOR_CODES: (c) => majorName(c as MajorCode),
  RULE_CODES: (c, lng) => ruleTitleOf(c)?.[lng],
  PASAL_107_RULES: (c, lng) => ruleTitleOf(c)?.[lng],
  ELECTION_RULE_CODES: (c, lng) => ruleTitleOf(c)?.[lng],
};

/** Enums whose dictionary group is named here because several groups share their codes. */
const DICTIONARY_GROUPS: Readonly<Record<string, string>> = {
  ROLES: 'enum.role',
  POSITION_KINDS: 'enum.kind',
  JPT_KINDS: 'enum.kind',
  POSITION_FAMILIES: 'enum.family',
  UNIT_KINDS: 'enum.unitKind',
  ROOT_UNIT_KINDS: 'enum.unitKind',
  EMPLOYEE_STATUSES: 'enum.status',
  COMPETENCY_TYPES: 'enum.competencyType',
  COMPETENCY_TYPE_ORDER: 'enum.competencyType',
  PROPOSAL_STATES: 'process.state',
  FINAL_STATES: 'process.state',
  TRANSITIONS: 'process.transition',
  MOVE_TYPES: 'process.moveType',
  BOARD_DECISIONS: 'process.board.verdict',
  BOARD_MEMBER_ROLES: 'process.board.role',
  COMMITTEE_ROLES: 'selection.role',
  SELECTION_STATUSES: 'selection.status',
  STAGE_STATUSES: 'selection.stageStatus',
  ADMINISTRATIVE_OUTCOMES: 'selection.administrative',
  PERIOD_STATUSES: 'evaluation.status',
  PERIOD_KINDS: 'evaluation.kind',
  POTENTIAL_FACTORS: 'evaluation.factor',
  PLAN_RUN_STATES: 'planning.state',
  PLAN_PHASES: 'planning.runPhase',
  PLAN_RUN_PHASES: 'planning.runPhase',
  FIT_GROUPS: 'process.transparency.fitGroup',
};

/** Enums that never reach a screen as such, and why. */
const NOT_SHOWN: Readonly<Record<string, string>> = {
  ERROR_CODES: 'errors show the server message in both languages, not the code',
  ACTIONS: 'policy actions enable or disable controls; they are not shown',
  ESELONS: 'official notation (II.a), shown as "Eselon II.a"',
  EDUCATION_LEVELS: 'official abbreviations (SMA, D3, S1) read as they are',
  INSTANSI_KINDS: 'not shown; the instansi is shown by name',
  EVIDENCE_MEDIA_TYPES: 'MIME types checked on upload, never shown',
  ENTRY_FIELDS: 'field names of the entry grid and its import; each column has its own header',
  EMPLOYEE_SORTS: 'sort keys; the table shows its column headers',
  POSITION_SORTS: 'sort keys; the table shows its column headers',
  SELECTION_STEPS: 'which forms a selection shows; each form has its own heading',
  MUTATION_KINDS: 'internal kinds of an eligibility check; shown through the rule results',
  DRAFT_EDITABLE_STATES: 'subset of PROPOSAL_STATES, which are labelled',
  SCHEDULE_CHECK_CODES: 'round and TMT checks show their message in both languages, not the code',
  DEFAULT_REASON_CODES: 'the reasons of a default show their message in both languages, not the code',
  TENURE_OVERRIDE_STATES: 'subset of PROPOSAL_STATES, which are labelled',
  FORWARD_STEPS: 'subset of TRANSITIONS, which are labelled',
  BOARD_EXCEPTION_DECISIONS: 'subset of BOARD_DECISIONS, which are labelled',
  BOARD_RECORD_KEEPERS: 'subset of BOARD_MEMBER_ROLES, which are labelled',
  BOARD_SESSION_STEPS: 'which steps of a board session a user may take; refusals come with their message',
  DECREE_FINDING_CODES: 'each finding of the SK check carries its message in both languages; screens show it',
  DECREE_SCOPES: 'an SK shows the subject the core writes for its scope, not the scope',
};

type Tree = { readonly [key: string]: string | Tree };

function nodeAt(tree: Tree, path: string): Tree | null {
  let node: string | Tree | undefined = tree;
  for (const part of path.split('.')) {
    if (!node || typeof node === 'string') return null;
    node = node[part];
  }
  return node && typeof node === 'object' ? node : null;
}

/** Dictionary groups (paths) that hold a non-empty label for every code, in both languages. */
function groupsLabelling(codes: readonly string[], tree: Tree = id, path = ''): string[] {
  const out: string[] = [];
  const covers = (t: Tree | null) =>
    !!t && codes.every((c) => typeof t[c] === 'string' && t[c].trim() !== '');
  if (path && covers(tree) && covers(nodeAt(en, path))) out.push(path);
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'object') out.push(...groupsLabelling(codes, value, path ? `${path}.${key}` : key));
  }
  return out;
}

/** Every exported UPPER_CASE array of strings, by name (a re-export is the same array). */
function exportedEnums(): Map<string, readonly string[]> {
  const found = new Map<string, readonly string[]>();
  for (const mod of Object.values(modules)) {
    for (const [name, value] of Object.entries(mod)) {
      if (!/^[A-Z][A-Z0-9_]+$/.test(name) || !Array.isArray(value) || value.length === 0) continue;
      if (!value.every((v) => typeof v === 'string')) continue;
      found.set(name, value as string[]);
    }
  }
  return found;
}

describe('enum labels', () => {
  const enums = exportedEnums();

  it('finds the enums of the core and the contract', () => {
    expect(enums.size).toBeGreaterThan(50);
    expect(enums.get('PROPOSAL_STATES')).toContain('APPROVED');
  });

  it('label every code of every enum that reaches a screen, in Indonesian and English', () => {
    const unlabelled: string[] = [];
    for (const [name, codes] of enums) {
      if (NOT_SHOWN[name]) continue;
      const core = CORE_LABELS[name];
      if (core) {
        const missing = codes.filter((c) => !core(c, 'id')?.trim() || !core(c, 'en')?.trim());
        if (missing.length > 0) unlabelled.push(`${name}: ${missing.join(', ')} (core table)`);
        continue;
      }
      const group = DICTIONARY_GROUPS[name];
      if (group) {
        const missing = codes.filter(
          (c) => typeof nodeAt(id, group)?.[c] !== 'string' || typeof nodeAt(en, group)?.[c] !== 'string',
        );
        if (missing.length > 0) unlabelled.push(`${name}: ${missing.join(', ')} (${group})`);
        continue;
      }
      if (groupsLabelling(codes).length === 0) unlabelled.push(`${name}: ${codes.join(', ')} (no group)`);
    }
    expect(unlabelled).toEqual([]);
  });

  it('never use a code as its own Indonesian label', () => {
    const same: string[] = [];
    for (const [name, path] of Object.entries(DICTIONARY_GROUPS)) {
      const group = nodeAt(id, path);
      for (const code of enums.get(name) ?? []) {
        // Acronyms that are the Indonesian word (PNS, PPK, SK, UPT) are allowed; an UPPER_SNAKE code is not.
        if (group?.[code] === code && code.includes('_')) same.push(`${path}.${code}`);
      }
    }
    expect(same).toEqual([]);
  });

  it('list nothing as never shown that is not an enum any more', () => {
    const stale = [
      ...Object.keys(NOT_SHOWN),
      ...Object.keys(CORE_LABELS),
      ...Object.keys(DICTIONARY_GROUPS),
    ].filter((name) => !enums.has(name));
    expect(stale).toEqual([]);
  });
});
