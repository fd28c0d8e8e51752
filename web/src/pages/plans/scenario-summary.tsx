import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ScenarioDto } from '../../api/use-plans';
import { useUnits } from '../../api/use-units';
import { formatNumber } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';

/** A scenario version's scope and objectives, read-only. */
export function ScenarioSummary({ scenario }: { scenario: ScenarioDto }) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const units = useUnits();
  const { scope, objectives: o } = scenario;
  const unitName = (id: number) => units.data?.units.find((u) => u.id === id)?.name ?? `#${id}`;
  const list = (items: readonly (string | number)[]) =>
    items.length === 0 ? t('planning.scenario.all') : items.join(', ');
  const years = (v: number | null) => (v === null ? t('planning.scenario.none') : formatNumber(v, lng, 1));
  return (
    <Descriptions size="small" bordered column={{ xs: 1, md: 2 }} data-testid="scenario-summary">
      <Descriptions.Item label={t('planning.field.mode')}>
        {t(`planning.mode.${scope.mode}`)}
      </Descriptions.Item>
      <Descriptions.Item label={t('planning.field.policyVersion')}>
        {scenario.policyVersion}
      </Descriptions.Item>
      <Descriptions.Item label={t('planning.field.unitIds')}>
        {list(scope.unitIds.map(unitName))}
      </Descriptions.Item>
      <Descriptions.Item label={t('planning.field.positionIds')}>{list(scope.positionIds)}</Descriptions.Item>
      <Descriptions.Item label={t('planning.field.nips')}>{list(scope.nips)}</Descriptions.Item>
      <Descriptions.Item label={t('planning.field.moveCost')}>
        {formatNumber(o.moveCost, lng, 2)}
      </Descriptions.Item>
      <Descriptions.Item label={t('planning.field.maxMoves')}>
        <span data-testid="summary-max-moves">
          {o.maxMoves === null ? t('planning.scenario.none') : formatNumber(o.maxMoves, lng)}
        </span>
      </Descriptions.Item>
      <Descriptions.Item label={t('planning.field.forcedRotationYears')}>
        {years(o.forcedRotationYears)}
      </Descriptions.Item>
      <Descriptions.Item label={t('planning.field.rotationPenalty')}>
        {formatNumber(o.rotationPenalty, lng)}
      </Descriptions.Item>
      <Descriptions.Item label={t('planning.field.minTenureYears')}>
        {years(o.minTenureYears)}
      </Descriptions.Item>
      <Descriptions.Item label={t('planning.field.strategicFromTalentPoolOnly')}>
        {o.strategicFromTalentPoolOnly ? '✓' : '-'}
      </Descriptions.Item>
      <Descriptions.Item label={t('planning.field.allowOverqualifiedMoves')}>
        {o.allowOverqualifiedMoves ? '✓' : '-'}
      </Descriptions.Item>
      <Descriptions.Item label={t('planning.field.talentPoolBoxes')}>
        {o.talentPoolBoxes.join(', ')}
      </Descriptions.Item>
      <Descriptions.Item label={t('planning.field.candidatesPerEmployee')}>
        {formatNumber(o.candidatesPerEmployee, lng)}
      </Descriptions.Item>
    </Descriptions>
  );
}
