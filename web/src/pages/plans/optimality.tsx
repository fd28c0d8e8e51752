import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Tag } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { PlanOptimalityDto } from '../../api/use-plans';
import type { Language } from '../../i18n';
import { formatNumber } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';

/** A gap in fit points, two decimals; a positive gap below 0.01 reads "less than 0.01", never 0. */
export function formatGap(gap: number, lng: Language, t: TFunction): string {
  return gap < 0.01
    ? t('planning.plan.gapBelow', { value: formatNumber(0.01, lng, 2) })
    : formatNumber(gap, lng, 2);
}

/**
 * The plan's optimality as a tag: "proven optimal" only when the server says the plan is proven
 * optimal for its scenario with its move limit; otherwise the largest gap to the optimum, or "not
 * proven" when a check failed.
 */
export function OptimalityBadge({ optimality }: { optimality: PlanOptimalityDto }) {
  const { t } = useTranslation();
  const lng = useLanguage();
  if (optimality.status === 'PROVEN_OPTIMAL')
    return (
      <Tag color="green" icon={<SafetyCertificateOutlined />} data-testid="proven-optimal">
        {t('planning.plan.provenOptimal')}
      </Tag>
    );
  if (optimality.status === 'BOUNDED')
    return (
      <Tag color="gold" data-testid="optimality-gap">
        {t('planning.plan.boundedBadge', { gap: formatGap(optimality.gap, lng, t) })}
      </Tag>
    );
  return (
    <Tag color="orange" data-testid="not-proven">
      {t('planning.plan.notProven')}
    </Tag>
  );
}

/** What the certificates prove, in a sentence with the figures. */
export function optimalityText(o: PlanOptimalityDto, lng: Language, t: TFunction): string {
  if (o.status === 'PROVEN_OPTIMAL') return t(`planning.plan.optimality.${o.basis}`);
  if (o.status === 'NOT_PROVEN') return t('planning.plan.optimality.NOT_PROVEN');
  const n = (v: number) => formatNumber(v, lng, 2);
  const text = t('planning.plan.optimality.BOUNDED', {
    maxMoves: formatNumber(o.maxMoves, lng),
    moves: formatNumber(o.moves, lng),
    gap: formatGap(o.gap, lng, t),
    value: n(o.value),
    bound: n(o.bound),
    moveCost: n(o.boundMoveCost),
  });
  // A share only means something against a positive bound (penalties can make values negative).
  if (o.bound <= 0) return text;
  const share = formatNumber((100 * o.gap) / o.bound, lng, o.gap / o.bound < 0.001 ? 4 : 2);
  return `${text} ${t('planning.plan.optimality.share', { share })}`;
}

/**
 * What the plan's certificates prove, in one sentence under the totals (the badge is in the page
 * header); the solves behind it are in "Rincian teknis".
 */
export function OptimalitySummary({ optimality }: { optimality: PlanOptimalityDto }) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const type =
    optimality.status === 'PROVEN_OPTIMAL' ? 'success' : optimality.status === 'BOUNDED' ? 'info' : 'warning';
  return (
    <Alert type={type} showIcon data-testid="optimality-summary" title={optimalityText(optimality, lng, t)} />
  );
}
