import type { LocalizedMessage } from '../core/errors.js';

interface ValidationEntry {
  keyword: string;
  instancePath: string;
  message?: string;
  params: Record<string, unknown>;
}

export interface FieldProblem {
  field: string;
  code: string;
  rule: string;
  messages: LocalizedMessage;
  value?: unknown;
}

/**
 * One Zod issue -> one field problem with an Indonesian and an English message. Issues raised by the
 * core's own validators (NIP, golongan, dates) carry their code, rule and Indonesian text in
 * `params`; Zod's generic issues get a message per kind.
 */
export function zodIssueToField(entry: ValidationEntry, context: string | undefined): FieldProblem {
  const path = entry.instancePath.replace(/^\//, '').replace(/\//g, '.');
  const field = path === '' ? (context ?? 'body') : path;
  const p = entry.params;
  const core = p.params as { code?: string; rule?: string; messageId?: string } | undefined;
  if (entry.keyword === 'custom' && core?.code) {
    return {
      field,
      code: core.code,
      rule: core.rule ?? 'CUSTOM',
      messages: { id: core.messageId ?? entry.message ?? '', en: entry.message ?? '' },
      value: p.input,
    };
  }
  return {
    field,
    code: 'VALIDATION_FAILED',
    rule: ruleName(entry),
    messages: genericMessage(field, entry),
    value: p.input,
  };
}

function ruleName(entry: ValidationEntry): string {
  return entry.keyword.toUpperCase();
}

function genericMessage(field: string, entry: ValidationEntry): LocalizedMessage {
  const p = entry.params;
  switch (entry.keyword) {
    case 'invalid_type':
      if (p.input === undefined)
        return { id: `Kolom "${field}" wajib diisi`, en: `Field "${field}" is required` };
      return {
        id: `Kolom "${field}" harus bertipe ${typeId(String(p.expected))}`,
        en: `Field "${field}" must be a ${String(p.expected)}`,
      };
    case 'too_small':
      return p.origin === 'string'
        ? {
            id: `Kolom "${field}" minimal ${String(p.minimum)} karakter`,
            en: `Field "${field}" needs at least ${String(p.minimum)} characters`,
          }
        : p.origin === 'array'
          ? {
              id: `Kolom "${field}" minimal berisi ${String(p.minimum)} item`,
              en: `Field "${field}" needs at least ${String(p.minimum)} items`,
            }
          : {
              id: `Kolom "${field}" minimal ${String(p.minimum)}`,
              en: `Field "${field}" must be at least ${String(p.minimum)}`,
            };
    case 'too_big':
      return p.origin === 'string'
        ? {
            id: `Kolom "${field}" maksimal ${String(p.maximum)} karakter`,
            en: `Field "${field}" allows at most ${String(p.maximum)} characters`,
          }
        : {
            id: `Kolom "${field}" maksimal ${String(p.maximum)}`,
            en: `Field "${field}" must be at most ${String(p.maximum)}`,
          };
    case 'invalid_value': {
      const values = Array.isArray(p.values) ? p.values.map(String).join(', ') : '';
      return {
        id: `Kolom "${field}" harus salah satu dari: ${values}`,
        en: `Field "${field}" must be one of: ${values}`,
      };
    }
    case 'invalid_format':
      return { id: `Format kolom "${field}" tidak valid`, en: `Field "${field}" has an invalid format` };
    case 'unrecognized_keys':
      return { id: `Kolom tidak dikenal: ${String(p.keys)}`, en: `Unknown fields: ${String(p.keys)}` };
    default:
      return {
        id: `Kolom "${field}" tidak valid`,
        en: `Field "${field}" is invalid: ${entry.message ?? ''}`,
      };
  }
}

function typeId(expected: string): string {
  const map: Record<string, string> = {
    string: 'teks',
    number: 'angka',
    boolean: 'ya/tidak',
    array: 'daftar',
    object: 'objek',
  };
  return map[expected] ?? expected;
}
