import { describe, expect, it } from 'vitest';
import {
  attachmentReference,
  attachmentSha256,
  checkEvidenceFile,
  checkEvidenceReference,
  EVIDENCE_FILE_MAX_BYTES,
  evidenceMediaType,
} from './register-evidence.js';

const F = 'evidence.file.contentBase64';
const bytes = (...b: number[]) => new Uint8Array(b);

describe('evidence files', () => {
  it('knows PDF, PNG and JPEG by their first bytes, nothing else', () => {
    expect(evidenceMediaType(new TextEncoder().encode('%PDF-1.7\n'))).toBe('application/pdf');
    expect(evidenceMediaType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBe('image/png');
    expect(evidenceMediaType(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('image/jpeg');
    expect(evidenceMediaType(new TextEncoder().encode('PK\u0003\u0004'))).toBeNull();
    expect(checkEvidenceFile(new TextEncoder().encode('<html>'), F)?.rule).toBe('EVIDENCE_FILE_TYPE');
  });

  it('refuses an empty file and one past 2 MiB, naming the field', () => {
    expect(checkEvidenceFile(bytes(), F)).toMatchObject({ field: F, rule: 'EVIDENCE_FILE_EMPTY' });
    const big = new Uint8Array(EVIDENCE_FILE_MAX_BYTES + 1);
    big.set(new TextEncoder().encode('%PDF-'));
    expect(checkEvidenceFile(big, F)).toMatchObject({
      rule: 'EVIDENCE_MAX_BYTES',
      value: 2 * 1024 * 1024 + 1,
    });
    expect(checkEvidenceFile(big.subarray(0, EVIDENCE_FILE_MAX_BYTES), F)).toBeNull();
  });
});

describe('evidence references', () => {
  const R = 'evidence.reference';
  it('takes http(s) links only', () => {
    expect(checkEvidenceReference('LINK', 'https://inovasi.sibolgakota.go.id/ino/12', R)).toBeNull();
    expect(checkEvidenceReference('LINK', 'javascript:alert(1)', R)?.rule).toBe('EVIDENCE_LINK');
    expect(checkEvidenceReference('LINK', 'ftp://x.example/a', R)?.rule).toBe('EVIDENCE_LINK');
    expect(checkEvidenceReference('LINK', 'SK 188.4/12/2026', R)?.rule).toBe('EVIDENCE_LINK');
    expect(checkEvidenceReference('LINK', `https://x.example/${'a'.repeat(490)}`, R)?.rule).toBe(
      'EVIDENCE_LINK',
    );
  });

  it('bounds a document reference and recognises a kept file', () => {
    expect(checkEvidenceReference('DOCUMENT', 'SK', R)?.rule).toBe('EVIDENCE_REFERENCE_LENGTH');
    expect(checkEvidenceReference('DOCUMENT', 'SK 188.4/12/2026', R)).toBeNull();
    const sha = 'ab'.repeat(32);
    expect(checkEvidenceReference('ATTACHMENT', attachmentReference(sha), R)).toBeNull();
    expect(checkEvidenceReference('ATTACHMENT', 'att:123', R)?.rule).toBe('EVIDENCE_ATTACHMENT');
    expect(attachmentSha256(attachmentReference(sha))).toBe(sha);
    expect(attachmentSha256('SK 188.4/12/2026')).toBeNull();
  });
});
