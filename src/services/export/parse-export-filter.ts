import { DomainError, fieldError } from '../../core/errors.js';
import { EDUCATION_FIELDS } from '../../core/model/education.js';
import { EMPLOYEE_STATUSES } from '../../core/model/employee.js';
import { parseGolongan } from '../../core/model/golongan.js';
import { EMPLOYMENT_TYPES } from '../../core/model/nip.js';
import { POSITION_KINDS } from '../../core/model/position.js';
import type { ExportFilter, ExportKind } from './export-registry.js';

const KEYS: Readonly<Record<ExportKind, readonly string[]>> = {
  employees: [
    'q',
    'unitId',
    'golongan',
    'kind',
    'educationField',
    'employmentType',
    'status',
    'sort',
    'order',
  ],
  positions: ['q', 'unitId', 'kind', 'vacant', 'sort', 'order'],
  'nine-box': ['period', 'unitId'],
  plan: ['planId'],
  'sk-lampiran': ['proposalId'],
};

/** Kinds that name one record (a plan): no sort, and the id filter is required. */
const REQUIRED: Partial<Record<ExportKind, string>> = { plan: 'planId', 'sk-lampiran': 'proposalId' };

function bad(field: string, value: string, rule: string, id: string, en: string): never {
  throw new DomainError('VALIDATION_FAILED', { id, en }, { field, value, rule });
}

function list<T extends string>(field: string, value: string, allowed: readonly T[]): T[] {
  return value.split(',').map((v) => {
    const item = v.trim().toUpperCase() as T;
    if (!allowed.includes(item)) {
      bad(
        field,
        v,
        'VALUE_NOT_ALLOWED',
        `Nilai "${v}" untuk ${field} tidak dikenal`,
        `Unknown ${field} value "${v}"; use ${allowed.join(', ')}`,
      );
    }
    return item;
  });
}

/**
 * Filters of `penata export --filter key=value` (repeatable; lists comma-separated), checked with
 * the core's value lists: the same filters the employees and positions APIs accept.
 * @example parseExportFilter('employees', ['golongan=III/c,III/d', 'q=Rina'])
 */
export function parseExportFilter<K extends ExportKind>(kind: K, pairs: readonly string[]): ExportFilter<K> {
  const out: Record<string, unknown> =
    kind === 'nine-box' || REQUIRED[kind] ? {} : { sort: 'name', order: 'asc' };
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    const key = eq > 0 ? pair.slice(0, eq).trim() : '';
    const value = pair.slice(eq + 1).trim();
    if (!KEYS[kind].includes(key)) {
      bad(
        'filter',
        pair,
        'FILTER_UNKNOWN',
        `Filter "${pair}" tidak dikenal; pilihan: ${KEYS[kind].join(', ')}`,
        `Unknown filter "${pair}"; choices: ${KEYS[kind].join(', ')}`,
      );
    }
    switch (key) {
      case 'planId':
      case 'proposalId':
        if (!/^[1-9]\d*$/.test(value))
          bad(
            key,
            value,
            'WHOLE_NUMBER',
            `${key} harus bilangan bulat positif`,
            `${key} must be a positive whole number`,
          );
        out[key] = Number(value);
        break;
      case 'unitId':
        if (!/^\d+$/.test(value))
          bad(
            'unitId',
            value,
            'WHOLE_NUMBER',
            'unitId harus bilangan bulat',
            'unitId must be a whole number',
          );
        out.unitId = Number(value);
        break;
      case 'golongan':
        out.golongan = value.split(',').map((g) => {
          const parsed = parseGolongan(g, 'golongan');
          if (!parsed.ok) throw fieldError(parsed.error);
          return parsed.value;
        });
        break;
      case 'kind':
        out.kind = list('kind', value, POSITION_KINDS);
        break;
      case 'educationField':
        out.educationField = list('educationField', value, EDUCATION_FIELDS);
        break;
      case 'employmentType':
        out.employmentType = list('employmentType', value, EMPLOYMENT_TYPES);
        break;
      case 'status':
        out.status = list('status', value, EMPLOYEE_STATUSES);
        break;
      case 'vacant':
        out.vacant = value === 'true' || value === '1' || value.toLowerCase() === 'ya';
        break;
      case 'order':
        out.order = value === 'desc' ? 'desc' : 'asc';
        break;
      default:
        out[key] = value;
    }
  }
  const required = REQUIRED[kind];
  if (required && out[required] === undefined) {
    bad(
      required,
      '',
      'REQUIRED',
      `Ekspor ${kind} memerlukan --filter ${required}=ID`,
      `Exporting ${kind} needs --filter ${required}=ID`,
    );
  }
  return out as ExportFilter<K>;
}
