import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MATCHING_POLICY } from '../../../../src/core/matching/policy';
import { fitWeightsOf } from '../../../../src/core/solver/plan/plan-public-summary';
import { en } from '../../i18n/en';
import { id } from '../../i18n/id';
import { fitLines, objectiveLines, scopeText } from './plan-summary-text';

let t: { id: TFunction; en: TFunction };
beforeAll(async () => {
  const i18n = i18next.createInstance();
  await i18n.init({
    resources: { id: { translation: id }, en: { translation: en } },
    lng: 'id',
    interpolation: { escapeValue: false },
  });
  t = { id: i18n.getFixedT('id'), en: i18n.getFixedT('en') };
});

const objectives = {
  moveCost: 5,
  maxMoves: 150,
  forcedRotationYears: 5,
  rotationPenalty: 10,
  minTenureYears: 2,
  strategicFromTalentPoolOnly: true,
  talentPoolBoxes: [7, 8, 9],
  allowOverqualifiedMoves: false,
};
/** An internal code: a camelCase field name or an UPPER_SNAKE enum. */
const CODE = /\b[a-z]+[A-Z]\w*\b|\b[A-Z]{2,}_[A-Z_]+\b/;

describe('the public summary in words', () => {
  it('states the objectives in plain Indonesian, numbers the Indonesian way', () => {
    const lines = objectiveLines({ ...objectives, moveCost: 2.5, maxMoves: 1500 }, 'id', t.id);
    expect(lines[0]).toMatch(/^Biaya perpindahan: 2,5 poin per mutasi/);
    expect(lines[1]).toBe('Batas jumlah mutasi: 1.500');
    expect(lines).toContain('Rotasi wajib setelah 5 tahun di jabatan yang sama (bobot 10 poin)');
    expect(lines).toContain('Masa jabatan minimum sebelum dipindah: 2 tahun');
    expect(lines.join('\n')).toContain('kotak 9-box 7, 8, 9');
    for (const l of lines) expect(l).not.toMatch(CODE);
  });

  it('says what is switched off instead of showing null', () => {
    const lines = objectiveLines(
      {
        ...objectives,
        maxMoves: null,
        forcedRotationYears: null,
        rotationPenalty: null,
        minTenureYears: null,
      },
      'id',
      t.id,
    );
    expect(lines).toEqual(
      expect.arrayContaining([
        'Batas jumlah mutasi: tanpa batas',
        'Rotasi wajib: tidak dipakai',
        'Masa jabatan minimum: tidak dipakai',
      ]),
    );
  });

  it('names the scope in words, never WHOLE_CITY', () => {
    const whole = { mode: 'WHOLE_CITY' as const, unitCount: 0, positionCount: 0, addedPeople: 0 };
    expect(scopeText(whole, 'Pemerintah Kota Sibolga', t.id)).toBe(
      'Seluruh Pemerintah Kota Sibolga (Penataan menyeluruh)',
    );
    const units = { ...whole, mode: 'VACANCIES' as const, unitCount: 3, addedPeople: 2 };
    const text = scopeText(units, 'Pemerintah Kota Sibolga', t.id);
    expect(text).toContain('3');
    expect(text).toContain('Pengisian formasi kosong');
    expect(text).not.toMatch(CODE);
  });

  it('gives the fit model with its weights as Indonesian percentages', () => {
    const lines = fitLines(fitWeightsOf(DEFAULT_MATCHING_POLICY), 'id', t.id);
    expect(lines[0]).toBe(
      'Kompetensi 35% (Kompetensi teknis 20%, Kompetensi manajerial 12%, Kompetensi sosial kultural 3%)',
    );
    expect(lines).toContain('Relevansi bidang pendidikan 25%');
    const odd = fitLines([{ group: 'EXPERIENCE', percent: 12.5, components: [] }], 'id', t.id);
    expect(odd).toEqual(['Pengalaman terkait 12,5%']);
    expect(fitLines([{ group: 'EXPERIENCE', percent: 12.5, components: [] }], 'en', t.en)).toEqual([
      'Related experience 12.5%',
    ]);
  });
});
