import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PeriodEffect } from '../../api/use-registers';
import { formatNumber } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';

/**
 * How an entry moves a person's evaluation in each open period, as the server's appraisal rules
 * computed it (the page only formats the numbers): the component it feeds and the index.
 */
export function IndexEffect({ effects }: { effects: readonly PeriodEffect[] }) {
  const { t } = useTranslation();
  const lng = useLanguage();
  if (effects.length === 0)
    return <Typography.Text type="secondary">{t('registers.effect.none')}</Typography.Text>;
  const n = (x: number) => formatNumber(x, lng, 2);
  return (
    <ul className="index-effects" data-testid="index-effect">
      {effects.map((e) => {
        const delta = e.indexWith !== null && e.indexWithout !== null ? e.indexWith - e.indexWithout : null;
        return (
          <li key={e.periodId}>
            <strong>{e.periodCode}</strong>{' '}
            {t('registers.effect.component', {
              component: t(`evaluation.component.${e.component}`),
              from: n(e.componentWithout),
              to: n(e.componentWith),
            })}
            {' · '}
            {delta === null
              ? t('registers.effect.notRated')
              : t('registers.effect.index', {
                  from: n(e.indexWithout!),
                  to: n(e.indexWith!),
                  delta: `${delta > 0 ? '+' : delta < 0 ? '−' : '±'}${n(Math.abs(delta))}`,
                })}
          </li>
        );
      })}
    </ul>
  );
}
