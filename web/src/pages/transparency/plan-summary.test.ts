import i18next from 'i18next';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MATCHING_POLICY } from '../../../../src/core/matching/policy';
import { fitWeightsOf } from '../../../../src/core/solver/plan/plan-public-summary';
import { readPlanSummary } from '../../../../src/core/solver/plan/read-plan-summary';
import type { Transparency } from '../../api/use-transparency';
import { en } from '../../i18n/en';
import { id } from '../../i18n/id';
import { PlanSummary } from './plan-summary';

type PlanEntry = Transparency['rounds'][number]['plans'][number];
const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.use(initReactI18next).init({
    resources: { id: { translation: id }, en: { translation: en } },
    lng: 'id',
    interpolation: { escapeValue: false },
  });
});

/** The summary as the public page shows it, as text (markup stripped). */
function shown(plan: PlanEntry): string {
  const html = renderToStaticMarkup(
    createElement(
      I18nextProvider,
      { i18n },
      createElement(PlanSummary, { plan, instansi: 'Pemerintah Kota Sibolga' }),
    ),
  );
  return html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}

const bounded = {
  status: 'BOUNDED',
  value: 140,
  bound: 140.5,
  gap: 0.5,
  maxMoves: 150,
  moves: 150,
  boundMoveCost: 6,
} as const;

describe('the public plan summary', () => {
  it('puts the criteria, weights, objectives, scope and proof in Indonesian words', () => {
    const text = shown({
      planId: 7,
      optimality: bounded,
      summary: {
        summaryVersion: 2,
        scenario: 'Penataan 2027',
        scope: { mode: 'WHOLE_CITY', unitCount: 0, positionCount: 0, addedPeople: 0 },
        asOf: '2026-12-08',
        policyVersion: 'penata-match-2026.2',
        ruleTableVersion: 'r-2026.1',
        fitWeights: fitWeightsOf(DEFAULT_MATCHING_POLICY),
        objectives: {
          moveCost: 5,
          maxMoves: 150,
          forcedRotationYears: 5,
          rotationPenalty: 10,
          minTenureYears: 2,
          strategicFromTalentPoolOnly: true,
          talentPoolBoxes: [7, 8, 9],
          allowOverqualifiedMoves: false,
        },
        optimality: bounded,
        certificateHeld: true,
        moveCount: 150,
      },
    });
    expect(text).toContain('Seluruh Pemerintah Kota Sibolga (Penataan menyeluruh)');
    expect(text).toContain('Kompetensi 35%');
    expect(text).toContain('Biaya perpindahan: 5 poin per mutasi');
    expect(text).toContain('Batas jumlah mutasi: 150');
    expect(text).toContain('8 Desember 2026');
    expect(text).toContain('0,5 poin');
    // No field name, enum code or bare certificate status.
    expect(text).not.toMatch(/moveCost|maxMoves|WHOLE_CITY|BOUNDED|OPTIMAL|certificate/);
  });

  it('reads an old copy kept by a proposal and says only what it can', () => {
    const old = readPlanSummary({
      criteria: [
        { code: 'scope', value: 'WHOLE_CITY' },
        { code: 'policyVersion', value: 'penata-match-2026.2' },
      ],
      weights: { moveCost: 5, maxMoves: 150 },
      certificate: { status: 'OPTIMAL' },
    })!;
    const text = shown({ planId: 3, optimality: null, summary: old });
    expect(text).toContain('Biaya perpindahan: 5 poin per mutasi');
    expect(text).toContain('Relevansi bidang pendidikan 25%');
    expect(text).toContain('optimalitas dengan batas perpindahan tidak dicatat');
    expect(text).not.toMatch(/moveCost|WHOLE_CITY|OPTIMAL/);
  });
});
