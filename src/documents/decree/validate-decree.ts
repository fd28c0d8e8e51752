import type { FieldIssue } from '../../core/errors.js';
import { isValidCalendarDate, type LocalDate } from '../../core/model/local-date.js';
import type { DecreeDocument, DecreeRow, Letterhead, PetikanDocument, Signatory } from './decree-document.js';
import {
  duplicateNips,
  nonEmptyList,
  requiredText,
  throwIssues,
  validDate,
  validGolongan,
  validNip,
  validPaper,
} from './document-issues.js';

/**
 * Refuses an SK that cannot be printed as a valid decree: no number, an empty lampiran, a NIP that
 * fails the core rules, ... Throws one DomainError naming the first offending field and listing all.
 */
export function assertDecreeValid(doc: DecreeDocument): void {
  const issues = headerIssues(doc);
  issues.push(
    ...nonEmptyList('rows', doc.rows, 'LAMPIRAN_NOT_EMPTY', { id: 'Lampiran', en: 'The lampiran' }),
  );
  const asOf = usableDate(doc.date);
  (doc.rows ?? []).forEach((row, i) => {
    issues.push(...rowIssues(`rows.${i}`, row, asOf));
  });
  issues.push(
    ...duplicateNips(
      'rows',
      (doc.rows ?? []).map((r) => String(r.nip)),
    ),
  );
  throwIssues(issues);
}

/** The same checks for a petikan, whose single row is `row`, plus the certifying official. */
export function assertPetikanValid(doc: PetikanDocument): void {
  const issues = headerIssues(doc);
  const asOf = usableDate(doc.date);
  issues.push(...rowIssues('row', doc.row ?? ({} as DecreeRow), asOf));
  issues.push(...signatoryIssues('certifiedBy', doc.certifiedBy, asOf));
  throwIssues(issues);
}

function headerIssues(doc: Omit<DecreeDocument, 'rows'>): FieldIssue[] {
  const asOf = usableDate(doc.date);
  return [
    ...validPaper(doc.paper),
    ...letterheadIssues(doc.letterhead),
    ...requiredText('number', doc.number, { id: 'Nomor SK', en: 'The SK number' }),
    ...requiredText('issuer', doc.issuer, { id: 'Pejabat yang menetapkan', en: 'The issuer' }),
    ...requiredText('subject', doc.subject, { id: 'Perihal (tentang)', en: 'The subject' }),
    ...nonEmptyList('considerations', doc.considerations, 'REQUIRED', { id: 'Menimbang', en: 'Menimbang' }),
    ...nonEmptyList('legalBases', doc.legalBases, 'REQUIRED', { id: 'Mengingat', en: 'Mengingat' }),
    ...nonEmptyList('decisions', doc.decisions, 'REQUIRED', {
      id: 'Diktum (menetapkan)',
      en: 'The decisions',
    }),
    ...requiredText('place', doc.place, { id: 'Tempat penetapan', en: 'The place of signing' }),
    ...validDate('date', doc.date),
    ...signatoryIssues('signatory', doc.signatory, asOf),
    ...(doc.mendagriApproval
      ? [
          ...requiredText('mendagriApproval.letterNumber', doc.mendagriApproval.letterNumber, {
            id: 'Nomor surat persetujuan Mendagri',
            en: 'The Mendagri approval letter number',
          }),
          ...validDate('mendagriApproval.letterDate', doc.mendagriApproval.letterDate),
        ]
      : []),
  ];
}

export function letterheadIssues(letterhead: Letterhead | undefined): FieldIssue[] {
  return [
    ...requiredText('letterhead.government', letterhead?.government, {
      id: 'Kop surat',
      en: 'The letterhead',
    }),
    ...requiredText('letterhead.address', letterhead?.address, {
      id: 'Alamat kop surat',
      en: 'The letterhead address',
    }),
  ];
}

export function signatoryIssues(
  field: string,
  signatory: Signatory | undefined,
  asOf: LocalDate,
): FieldIssue[] {
  return [
    ...requiredText(`${field}.title`, signatory?.title, {
      id: 'Jabatan penanda tangan',
      en: "The signatory's office",
    }),
    ...requiredText(`${field}.name`, signatory?.name, {
      id: 'Nama penanda tangan',
      en: "The signatory's name",
    }),
    ...(signatory?.nip !== undefined ? validNip(`${field}.nip`, signatory.nip, asOf, 'PNS') : []),
    ...(signatory?.golongan !== undefined ? validGolongan(`${field}.golongan`, signatory.golongan) : []),
  ];
}

function rowIssues(field: string, row: DecreeRow, asOf: LocalDate): FieldIssue[] {
  return [
    ...validNip(`${field}.nip`, row.nip, asOf, 'PNS'),
    ...requiredText(`${field}.name`, row.name, { id: 'Nama pegawai', en: "The employee's name" }),
    ...validGolongan(`${field}.golongan`, row.golongan),
    ...requiredText(`${field}.oldPosition`, row.oldPosition, { id: 'Jabatan lama', en: 'The old position' }),
    ...requiredText(`${field}.oldUnit`, row.oldUnit, { id: 'Unit kerja lama', en: 'The old unit' }),
    ...requiredText(`${field}.newPosition`, row.newPosition, { id: 'Jabatan baru', en: 'The new position' }),
    ...requiredText(`${field}.newUnit`, row.newUnit, { id: 'Unit kerja baru', en: 'The new unit' }),
    ...validDate(`${field}.tmt`, row.tmt),
  ];
}

/** The document date when it is valid, else a far-future date so the other checks still run. */
export function usableDate(date: unknown): LocalDate {
  if (typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date)) {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    if (isValidCalendarDate(y, m, d)) return date as LocalDate;
  }
  return '9999-12-31' as LocalDate;
}
