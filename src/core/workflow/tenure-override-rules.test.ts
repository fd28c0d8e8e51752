import { describe, expect, it } from 'vitest';
import {
  checkOverrideDocument,
  checkOverrideFitsMove,
  overrideStageRefusal,
  TENURE_OVERRIDE_DOCUMENT_MAX_BYTES,
} from './tenure-override-rules.js';

const pdf = (size: number) => {
  const bytes = new Uint8Array(size);
  bytes.set([...'%PDF-1.4\n'].map((ch) => ch.charCodeAt(0)));
  return bytes;
};

describe('checkOverrideDocument', () => {
  it('accepts a PDF up to the limit, to the byte', () => {
    expect(checkOverrideDocument(pdf(2048))).toBeNull();
    expect(checkOverrideDocument(pdf(TENURE_OVERRIDE_DOCUMENT_MAX_BYTES))).toBeNull();
  });

  it('refuses a file one byte over the limit, naming the field and the rule', () => {
    expect(checkOverrideDocument(pdf(TENURE_OVERRIDE_DOCUMENT_MAX_BYTES + 1))).toMatchObject({
      code: 'VALIDATION_FAILED',
      field: 'document.contentBase64',
      rule: 'DOCUMENT_MAX_BYTES',
    });
  });

  it('refuses an empty file and anything that is not a PDF', () => {
    expect(checkOverrideDocument(new Uint8Array())).toMatchObject({ rule: 'DOCUMENT_REQUIRED' });
    const text = new TextEncoder().encode('Surat keterangan sehat');
    expect(checkOverrideDocument(text)).toMatchObject({ rule: 'DOCUMENT_PDF' });
  });
});

describe('checkOverrideFitsMove', () => {
  const move = { isPromotion: false, isDemotion: false, moveType: 'ANTAR_OPD' as const };

  it('takes promotion only for a move up and own request only for a move the PNS asked for', () => {
    expect(checkOverrideFitsMove('PROMOTION', move)).toMatchObject({
      field: 'ground',
      rule: 'GROUND_FITS_MOVE',
    });
    expect(checkOverrideFitsMove('PROMOTION', { ...move, isPromotion: true })).toBeNull();
    expect(checkOverrideFitsMove('OWN_REQUEST', move)).toMatchObject({ rule: 'GROUND_FITS_MOVE' });
    expect(checkOverrideFitsMove('OWN_REQUEST', { ...move, moveType: 'ATAS_PERMINTAAN_SENDIRI' })).toBeNull();
  });

  it('takes the other grounds for any move', () => {
    for (const g of ['RESTRUCTURING', 'HEALTH', 'COURT_DECISION', 'DISCIPLINARY_SANCTION'] as const)
      expect(checkOverrideFitsMove(g, move), g).toBeNull();
  });
});

describe('overrideStageRefusal', () => {
  it('allows recording until verification and refuses it afterwards', () => {
    for (const s of ['DRAFT', 'SUBMITTED', 'RETURNED'] as const)
      expect(overrideStageRefusal(s), s).toBeNull();
    for (const s of ['VERIFIED', 'APPROVED', 'SK_ISSUED', 'CLOSED'] as const)
      expect(overrideStageRefusal(s), s).toMatchObject({
        code: 'WORKFLOW_WRONG_STATE',
        rule: 'OVERRIDE_BEFORE_VERIFICATION',
      });
  });
});
