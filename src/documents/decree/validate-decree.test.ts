import { describe, expect, it } from 'vitest';
import { DomainError } from '../../core/errors.js';
import type { DecreeDocument, DecreeRow } from './decree-document.js';
import { renderDecreePdf } from './render-decree-pdf.js';
import { sampleDecree, sampleRow } from './sample-decree.js';

// Validation runs before any layout, through the renderer the workflow calls.
describe('renderDecreePdf: bad input', () => {
  const refused = async (d: DecreeDocument) => {
    const error = await renderDecreePdf(d).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DomainError);
    const domain = error as DomainError;
    expect(domain.messages.id).not.toBe('');
    expect(domain.messages.en).not.toBe('');
    return domain;
  };

  it('refuses an empty lampiran, naming the field', async () => {
    const e = await refused(sampleDecree(0));
    expect(e.code).toBe('VALIDATION_FAILED');
    expect(e.details).toMatchObject({ field: 'rows', rule: 'LAMPIRAN_NOT_EMPTY' });
  });

  it('refuses a missing number', async () => {
    const e = await refused(sampleDecree(2, { number: '  ' }));
    expect(e.details).toMatchObject({ field: 'number', rule: 'REQUIRED' });
  });

  it('refuses a NIP that fails the core rules, naming its row', async () => {
    const rows = [sampleRow(0), sampleRow(1), { ...sampleRow(2), nip: '19860926 201513 1 001' }];
    const e = await refused(sampleDecree(0, { rows }));
    expect(e.code).toBe('NIP_INVALID');
    expect(e.details).toMatchObject({ field: 'rows.2.nip', rule: 'NIP_TMT' });
  });

  it('refuses a NIP whose TMT CPNS is after the SK date', async () => {
    const e = await refused(sampleDecree(0, { rows: [{ ...sampleRow(0), nip: '199001012027011001' }] }));
    expect(e.details).toMatchObject({ field: 'rows.0.nip', rule: 'NIP_TMT' });
  });

  it('refuses an unknown golongan, an impossible TMT and a duplicate NIP, reporting all of them', async () => {
    const rows: DecreeRow[] = [
      { ...sampleRow(0), golongan: 35 as DecreeRow['golongan'] },
      { ...sampleRow(1), tmt: '2026-02-30' as DecreeRow['tmt'] },
      sampleRow(0),
    ];
    const e = await refused(sampleDecree(0, { rows }));
    expect(e.code).toBe('GOLONGAN_UNKNOWN');
    expect(e.details.field).toBe('rows.0.golongan');
    expect(e.details.issues?.map((i) => [i.field, i.rule])).toEqual([
      ['rows.0.golongan', 'GOLONGAN_TABLE'],
      ['rows.1.tmt', 'CALENDAR_DATE'],
      ['rows.2.nip', 'NIP_UNIQUE_IN_DOCUMENT'],
    ]);
  });

  it('refuses an impossible signing date, a nameless signatory and an unknown paper size', async () => {
    const e = await refused(
      sampleDecree(1, {
        date: '2026-13-01' as DecreeDocument['date'],
        signatory: { title: 'WALI KOTA SIBOLGA', name: '' },
        paper: 'Letter' as DecreeDocument['paper'],
      }),
    );
    expect(e.details.issues?.map((i) => i.field)).toEqual(['paper', 'date', 'signatory.name']);
  });

  it('refuses a Mendagri approval without a letter number', async () => {
    const e = await refused(
      sampleDecree(1, {
        mendagriApproval: { letterNumber: '', letterDate: '2026-11-20' as DecreeRow['tmt'] },
      }),
    );
    expect(e.details).toMatchObject({ field: 'mendagriApproval.letterNumber', rule: 'REQUIRED' });
  });
});
