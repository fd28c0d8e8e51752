import { checkEvidenceReference } from '../../../core/appraisal/register-evidence.js';
import { fail, ok, type Result } from '../../../core/errors.js';
import type { Cell } from '../sheet.js';

/** Evidence as a spreadsheet can hold it: a document's number or a link (files are uploaded on the page). */
export interface EvidenceCell {
  readonly kind: 'DOCUMENT' | 'LINK';
  readonly reference: string;
}

/**
 * BUKTI DUKUNG: an `http(s)://` address is a link, anything else a document reference (an SK
 * number, a piagam); both are checked with the core's evidence rules.
 * @example evidenceCell({ text: 'https://inovasi.example/12' }, 'evidence') // ok { kind: 'LINK', ... }
 */
export function evidenceCell(cell: Cell, field: string): Result<EvidenceCell> {
  const reference = cell.text.trim().replace(/\s+/g, ' ');
  const kind = /^https?:\/\//i.test(reference) ? 'LINK' : 'DOCUMENT';
  const issue = checkEvidenceReference(kind, reference, field);
  return issue ? fail(issue) : ok({ kind, reference });
}
