import { Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ComponentDto } from '../api/types';
import { palette } from '../app/theme';
import { formatNumber } from '../lib/format';
import { useLanguage } from '../lib/use-language';

const BAR = {
  display: 'flex',
  height: 12,
  minWidth: 120,
  borderRadius: 6,
  overflow: 'hidden',
  background: '#e8eef6',
} as const;

/**
 * The score as a bar of its components' contributions (points of 100), one colour per component;
 * the empty rest of the bar is what the score falls short of 100.
 */
export function FitBreakdownBar({
  components,
  score,
}: {
  components: readonly ComponentDto[];
  score: number;
}) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const fmt = (n: number) => formatNumber(n, lng, 1);
  const parts = components
    .map((c) => `${c.label[lng]} ${fmt(c.contribution)}${c.noData ? ` (${t('matching.noData')})` : ''}`)
    .join(', ');
  return (
    <div
      className="fit-bar"
      style={BAR}
      role="img"
      aria-label={t('matching.breakdownLabel', { score: fmt(score), parts })}
      data-testid="fit-bar"
    >
      {components.map((c, i) =>
        c.contribution > 0 ? (
          <Tooltip
            key={c.component}
            title={`${c.label[lng]}: ${fmt(c.contribution)} / ${fmt(c.share * 100)}`}
          >
            <span
              style={{
                width: `${c.contribution}%`,
                background: palette.chart[i % palette.chart.length],
                opacity: c.noData ? 0.45 : 1,
              }}
            />
          </Tooltip>
        ) : null,
      )}
    </div>
  );
}
