import { describe, expect, it } from 'vitest';
import { parseExportFilter } from './parse-export-filter.js';

describe('parseExportFilter for the single-record kinds', () => {
  it('reads planId and proposalId as whole numbers, without list sorting', () => {
    expect(parseExportFilter('plan', ['planId=7'])).toEqual({ planId: 7 });
    expect(parseExportFilter('sk-lampiran', ['proposalId= 12'])).toEqual({ proposalId: 12 });
  });

  it('refuses a missing, malformed or foreign key, naming the field and the rule', () => {
    expect(() => parseExportFilter('plan', [])).toThrow(
      expect.objectContaining({
        code: 'VALIDATION_FAILED',
        details: expect.objectContaining({ field: 'planId', rule: 'REQUIRED' }),
      }),
    );
    expect(() => parseExportFilter('sk-lampiran', ['proposalId=0'])).toThrow(
      expect.objectContaining({
        details: expect.objectContaining({ field: 'proposalId', rule: 'WHOLE_NUMBER' }),
      }),
    );
    expect(() => parseExportFilter('plan', ['planId=3x'])).toThrow(
      expect.objectContaining({
        details: expect.objectContaining({ field: 'planId', rule: 'WHOLE_NUMBER' }),
      }),
    );
    expect(() => parseExportFilter('plan', ['proposalId=3'])).toThrow(
      expect.objectContaining({
        details: expect.objectContaining({ field: 'filter', rule: 'FILTER_UNKNOWN' }),
      }),
    );
  });
});
