import { TRANSITIONS } from '../../../../src/core/workflow/proposal-states';
import type { Language } from '../../i18n';
import { en } from '../../i18n/en';
import { id } from '../../i18n/id';
import { formatDate, formatNumber } from '../../lib/format';
import { ruleLabel } from '../../lib/rule-label';

/**
 * The actions the services write to the audit log, by code. audit-labels.test.ts reads the services'
 * sources and fails when one writes an action missing here (and so missing a name in the dictionaries).
 */
export const AUDIT_ACTIONS: readonly string[] = [
  'auth.sign_in',
  'board.attendance',
  'board.conflict',
  'board.decision',
  'board.minutes',
  'board.session.create',
  'demo.reset',
  'demo.seed',
  'employee.create',
  'employee.import-update',
  'employee.licence.add',
  'employee.licence.remove',
  'employee.update',
  'evaluation.import',
  'evaluation.innovation.create',
  'evaluation.innovation.delete',
  'evaluation.innovation.update',
  'evaluation.participation.bulk-create',
  'evaluation.participation.create',
  'evaluation.participation.delete',
  'evaluation.participation.update',
  'evaluation.period.close',
  'evaluation.period.create',
  'evaluation.policy.update',
  'evaluation.program.create',
  'evaluation.program.update',
  'evaluation.record.correct',
  'evaluation.records.enter',
  'evaluation.unit_grades.set',
  'evaluation.innovation.import-create',
  'evaluation.innovation.import-update',
  'import.innovations',
  'evaluation.participation.import-update',
  'import.program-participants',
  'import.employees',
  'import.positions',
  'import.units',
  'instansi.time-zone',
  'mutation.propose',
  'objection.decide',
  'objection.record',
  'plan.cancel',
  'plan.finish',
  'plan.recover',
  'plan.run',
  'position.create',
  'position.import-update',
  'position.update',
  'process.settings.update',
  'proposal.create',
  'proposal.update',
  'proposal.items.add',
  'proposal.items.remove',
  'proposal.mendagri-approval',
  'proposal.tenure-override',
  'proposal.tenure-override.remove',
  // apply-transition.ts writes `proposal.<transition>`.
  ...TRANSITIONS.map((t) => `proposal.${t}`),
  'scenario.create',
  'scenario.update',
  'selection.candidates',
  'selection.create',
  'selection.result',
  'selection.shortlist',
  'selection.stage',
  'unit.create',
  'unit.import-update',
];

/** The kinds of data the audit log names (`entity_type`). */
export const AUDIT_ENTITIES: readonly string[] = Object.keys(id.auditLog.entity);

/** A code as a dictionary key: i18next reads dots as nesting, so `proposal.items.add` -> `proposal_items_add`. */
export const auditKey = (code: string): string => code.replace(/\./g, '_');

const DICTS = { id, en } as const;

/** The name of an action, or null when the dictionaries do not know it. */
export function auditActionName(code: string, lng: Language): string | null {
  const names = DICTS[lng].auditLog.action as Readonly<Record<string, string>>;
  return Object.hasOwn(names, auditKey(code)) ? names[auditKey(code)]! : null;
}

/** The name of a kind of data, or null. */
export function auditEntityName(type: string, lng: Language): string | null {
  const names = DICTS[lng].auditLog.entity as Readonly<Record<string, string>>;
  return Object.hasOwn(names, type) ? names[type]! : null;
}

/** The name of a field of a change, or null. */
export function auditFieldName(field: string, lng: Language): string | null {
  const names = DICTS[lng].auditLog.field as Readonly<Record<string, string>>;
  return Object.hasOwn(names, field) ? names[field]! : null;
}

type Labels = Readonly<Record<string, string>>;

/**
 * The label groups a stored value can be a code of, in the order they are tried (the first group
 * that knows a code names it; groups that share a code name it alike).
 */
function enumGroups(lng: Language): Labels[] {
  const d = DICTS[lng];
  return [
    d.process.state,
    d.enum.role,
    d.matching.status,
    d.process.moveType,
    d.process.board.verdict,
    d.process.board.role,
    d.process.override.grounds,
    d.selection.kind,
    d.selection.stage,
    d.selection.stageStatus,
    d.selection.administrative,
    d.selection.ruleStatus,
    d.planning.state,
    d.planning.mode,
    d.evaluation.status,
    d.evaluation.kind,
    d.enum.kind,
    d.enum.status,
    d.enum.employmentType,
    d.enum.unitKind,
    d.enum.licenceKind,
  ] as Labels[];
}

const codeMaps = new Map<Language, Map<string, string>>();

function codeMap(lng: Language): Map<string, string> {
  let map = codeMaps.get(lng);
  if (!map) {
    map = new Map();
    for (const group of enumGroups(lng)) {
      for (const [code, label] of Object.entries(group)) if (!map.has(code)) map.set(code, label);
    }
    codeMaps.set(lng, map);
  }
  return map;
}

const MAX_ITEMS = 20;

/**
 * A stored value of a change as a reader reads it: codes by their names ("Disetujui PPK", not
 * APPROVED), rules by name and code, dates and numbers the Indonesian way, yes/no for flags, and
 * records as "Field: value" pairs. Long lists show their first 20 entries and how many more.
 * @example auditValueText({ state: 'APPROVED', version: 6 }, 'id') // 'Status: Disetujui PPK; Versi data: 6'
 */
export function auditValueText(value: unknown, lng: Language, depth = 0): string {
  const a = DICTS[lng].auditLog;
  if (value === null || value === undefined) return a.empty;
  if (typeof value === 'boolean') return value ? a.yes : a.no;
  if (typeof value === 'number') return formatNumber(value, lng, 4);
  if (typeof value === 'string') {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value, lng) ?? value;
    if (/^R-[A-Z0-9-]+$/.test(value)) return ruleLabel(value, lng);
    return codeMap(lng).get(value) ?? value;
  }
  if (depth > 2) return JSON.stringify(value);
  if (Array.isArray(value)) {
    const shown = value.slice(0, MAX_ITEMS).map((v) => auditValueText(v, lng, depth + 1));
    const more = value.length > MAX_ITEMS ? [`… +${formatNumber(value.length - MAX_ITEMS, lng)}`] : [];
    const nested = value.some((v) => v !== null && typeof v === 'object');
    return [...shown, ...more].join(nested ? ' | ' : ', ');
  }
  return Object.entries(value as Record<string, unknown>)
    .map(([k, v]) => `${auditFieldName(k, lng) ?? k}: ${auditValueText(v, lng, depth + 1)}`)
    .join('; ');
}
