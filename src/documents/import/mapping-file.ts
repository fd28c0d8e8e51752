import type { ColumnMapping } from './headers.js';
import { normalizeHeader } from './headers.js';
import { type ImportProblem, problem } from './problem.js';

/**
 * Reads a column mapping file: JSON `{ "columns": { "HEADER IN THE FILE": "field" } }` (or the
 * inner object alone), for headers the importer does not recognise by itself. Unknown fields are
 * reported with the list of fields the kind has.
 * @example parseMappingFile('{"columns":{"NO. INDUK":"nip"}}', ['nip', 'name']) // ok
 */
export function parseMappingFile(
  text: string,
  fields: readonly string[],
): { readonly mapping: ColumnMapping; readonly problems: readonly ImportProblem[] } {
  const at = { row: null, column: null };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      mapping: new Map(),
      problems: [
        problem(
          at,
          'MAPPING_NOT_JSON',
          (error as Error).message,
          'Berkas pemetaan kolom bukan JSON yang valid',
          'The column mapping file is not valid JSON',
        ),
      ],
    };
  }
  const inner = (json as { columns?: unknown })?.columns ?? json;
  if (!inner || typeof inner !== 'object' || Array.isArray(inner)) {
    return {
      mapping: new Map(),
      problems: [
        problem(
          at,
          'MAPPING_SHAPE',
          null,
          'Berkas pemetaan harus berbentuk {"columns": {"JUDUL KOLOM": "field"}}',
          'The mapping file must look like {"columns": {"HEADER": "field"}}',
        ),
      ],
    };
  }
  const mapping = new Map<string, string>();
  const problems: ImportProblem[] = [];
  for (const [header, field] of Object.entries(inner as Record<string, unknown>)) {
    if (typeof field !== 'string' || !fields.includes(field)) {
      problems.push(
        problem(
          { row: null, column: header },
          'MAPPING_FIELD_UNKNOWN',
          field,
          `Pemetaan "${header}" menunjuk ke field tidak dikenal "${String(field)}"; pilihan: ${fields.join(', ')}`,
          `Mapping "${header}" names an unknown field "${String(field)}"; choices: ${fields.join(', ')}`,
        ),
      );
    } else mapping.set(normalizeHeader(header), field);
  }
  return { mapping, problems };
}
