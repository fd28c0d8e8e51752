import { Alert, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MatchExplanationDto } from '../api/types';
import { formatNumber } from '../lib/format';
import { useLanguage } from '../lib/use-language';
import { RuleResultTable } from './fit-explanation-rules';

type Gap = MatchExplanationDto['whyNot']['components'][number];

/**
 * "Why was this person not recommended here?": the rules that block them, or the score gap to the
 * best-ranked candidate split by component (largest first).
 */
export function WhyNotAnswer({ explanation }: { explanation: MatchExplanationDto }) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const w = explanation.whyNot;
  const fmt = (n: number | null) => (n === null ? t('common.none') : formatNumber(n, lng, 2));
  const tone = w.kind === 'BLOCKED' ? 'error' : w.kind === 'IS_RECOMMENDED' ? 'success' : 'info';
  return (
    <div className="why-not-answer" data-testid="why-not-answer" data-kind={w.kind}>
      <Alert type={tone} showIcon message={w.message[lng]} />
      {explanation.rank !== null && (
        <Typography.Paragraph type="secondary" className="why-not-rank">
          {t('matching.whyNot.rank', { rank: explanation.rank, count: explanation.eligibleCount })}
        </Typography.Paragraph>
      )}
      {w.recommended && (
        <Typography.Paragraph type="secondary">
          {t('matching.whyNot.recommended', { name: w.recommended.name })}
        </Typography.Paragraph>
      )}
      {w.kind === 'BLOCKED' && (
        <>
          <h3 style={{ fontSize: 14, margin: '12px 0 8px' }}>{t('matching.whyNot.blocking')}</h3>
          <RuleResultTable rules={w.blocking} label={t('matching.whyNot.blocking')} />
        </>
      )}
      {w.gap !== null && (
        <>
          <p data-testid="why-not-gap">
            {t('matching.whyNot.gap', {
              candidate: fmt(w.candidateScore),
              recommended: fmt(w.recommendedScore),
              gap: fmt(w.gap),
            })}
          </p>
          <Table<Gap>
            size="small"
            rowKey="component"
            aria-label={t('matching.whyNot.gapTable')}
            dataSource={[...w.components]}
            pagination={false}
            scroll={{ x: 520 }}
            columns={[
              { key: 'component', title: t('matching.col.component'), render: (_, c) => c.label[lng] },
              {
                key: 'candidate',
                title: t('matching.col.candidate'),
                align: 'right',
                render: (_, c) =>
                  `${fmt(c.candidate)}${c.candidateNoData ? ` (${t('matching.noData')})` : ''}`,
              },
              {
                key: 'recommended',
                title: t('matching.col.recommended'),
                align: 'right',
                render: (_, c) =>
                  `${fmt(c.recommended)}${c.recommendedNoData ? ` (${t('matching.noData')})` : ''}`,
              },
              {
                key: 'difference',
                title: t('matching.col.difference'),
                align: 'right',
                render: (_, c) => fmt(c.difference),
              },
            ]}
          />
        </>
      )}
    </div>
  );
}
