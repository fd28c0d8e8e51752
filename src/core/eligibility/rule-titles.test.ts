import { describe, expect, it } from 'vitest';
import { RULE_CODES } from './codes.js';
import { ruleTitleOf } from './rule-titles.js';

describe('ruleTitleOf', () => {
  it('names every eligibility rule in both languages, never by its code', () => {
    for (const code of RULE_CODES) {
      const title = ruleTitleOf(code);
      expect(title, code).not.toBeNull();
      expect(title!.id.trim(), code).not.toBe('');
      expect(title!.en.trim(), code).not.toBe('');
      expect(title!.id, code).not.toContain(code);
    }
    expect(ruleTitleOf('R-EDU-FIELD')?.id).toBe('Bidang pendidikan sesuai kualifikasi jabatan');
  });

  it('names the board conflict rule and knows nothing else', () => {
    expect(ruleTitleOf('R-KONFLIK')?.id).toMatch(/konflik kepentingan/i);
    expect(ruleTitleOf('R-NOT-A-RULE')).toBeNull();
    expect(ruleTitleOf('toString')).toBeNull();
  });
});
