import type { TFunction } from 'i18next';
import type { PlanPublicSummaryDto } from '../../../../src/contract/process-transparency';
import { SCORE_COMPONENT_LABELS } from '../../../../src/core/matching/policy';
import type { Language } from '../../i18n';
import type { Translation } from '../../i18n/id';
import { formatNumber, formatPercent } from '../../lib/format';

type Summary = PlanPublicSummaryDto;
type ObjectiveKey = keyof Translation['process']['transparency']['objective'];

/** "Seluruh Pemerintah Kota Sibolga (Penataan menyeluruh)", or the units/positions it names. */
export function scopeText(scope: NonNullable<Summary['scope']>, instansi: string, t: TFunction): string {
  const where =
    scope.positionCount > 0
      ? t('process.transparency.scopePositions', { count: scope.positionCount })
      : scope.unitCount > 0
        ? t('process.transparency.scopeUnits', { count: scope.unitCount })
        : t('process.transparency.scopeWhole', { instansi });
  const added =
    scope.addedPeople > 0 ? `, ${t('process.transparency.scopeAdded', { count: scope.addedPeople })}` : '';
  return `${where}${added} (${t(`planning.mode.${scope.mode}`)})`;
}

/**
 * The fit model in words, one line per group with its share and its parts:
 * "Kompetensi 35% (Kompetensi teknis 20%, Kompetensi manajerial 12%, Kompetensi sosial kultural 3%)".
 */
export function fitLines(weights: NonNullable<Summary['fitWeights']>, lng: Language, t: TFunction): string[] {
  const pct = (v: number) => formatPercent(v / 100, lng);
  return weights.map((g) => {
    const head = `${t(`process.transparency.fitGroup.${g.group}`)} ${pct(g.percent)}`;
    if (g.components.length < 2) return head;
    const parts = g.components.map((c) => `${SCORE_COMPONENT_LABELS[c.component][lng]} ${pct(c.percent)}`);
    return `${head} (${parts.join(', ')})`;
  });
}

/** The scenario's objectives in plain words: "Biaya perpindahan: 5 poin per mutasi (...)", "Batas jumlah mutasi: 150". */
export function objectiveLines(o: NonNullable<Summary['objectives']>, lng: Language, t: TFunction): string[] {
  const n = (v: number) => formatNumber(v, lng, 2);
  // The key is checked against the dictionary by its type; i18next's typing cannot follow the template.
  const k = (key: ObjectiveKey, values: Record<string, string> = {}): string =>
    String(t(`process.transparency.objective.${key}` as never, values as never));
  const lines = [k('moveCost', { value: n(o.moveCost) })];
  lines.push(o.maxMoves === null ? k('noMaxMoves') : k('maxMoves', { value: n(o.maxMoves) }));
  if (o.forcedRotationYears === null) lines.push(k('noRotation'));
  else if (o.rotationPenalty === null)
    lines.push(k('rotationNoPenalty', { years: n(o.forcedRotationYears) }));
  else lines.push(k('rotation', { years: n(o.forcedRotationYears), penalty: n(o.rotationPenalty) }));
  lines.push(o.minTenureYears === null ? k('noMinTenure') : k('minTenure', { years: n(o.minTenureYears) }));
  if (o.strategicFromTalentPoolOnly === true) {
    lines.push(k('strategic', { boxes: o.talentPoolBoxes.map((b) => n(b)).join(', ') }));
  } else if (o.strategicFromTalentPoolOnly === false) lines.push(k('strategicOpen'));
  lines.push(k(o.allowOverqualifiedMoves ? 'overqualified' : 'noOverqualified'));
  return lines;
}
