import { describe, expect, it } from 'vitest';
import { fieldPath, NUMBERING_FIELDS, SIGNER_FIELDS } from './process-settings-fields';

describe('process settings fields', () => {
  it('name fields by the dotted path the server uses in its field errors', () => {
    expect(fieldPath('objectionWindowDays')).toBe('objectionWindowDays');
    expect(fieldPath(['numbering', 'template'])).toBe('numbering.template');
  });

  it('lay out every setting once, the template being the one the server checks', () => {
    const paths = NUMBERING_FIELDS.map((f) => fieldPath(f.name));
    expect(new Set(paths).size).toBe(paths.length);
    expect(NUMBERING_FIELDS.filter((f) => f.template).map((f) => fieldPath(f.name))).toEqual([
      'numbering.template',
    ]);
  });

  it('keep the ranges of the numeric settings', () => {
    const range = (path: string) => NUMBERING_FIELDS.find((f) => fieldPath(f.name) === path)?.range;
    expect(range('objectionWindowDays')).toEqual({ min: 0, max: 90 });
    expect(range('numbering.seqDigits')).toEqual({ min: 1, max: 6 });
    expect(range('numbering.unit')).toBeUndefined();
  });

  it('require a signatory title and name but not the office or the NIP (the server judges the NIP)', () => {
    expect(SIGNER_FIELDS.filter((f) => f.required).map((f) => f.key)).toEqual(['title', 'name']);
    expect(SIGNER_FIELDS.map((f) => f.key)).toEqual(['title', 'office', 'name', 'nip']);
  });
});
