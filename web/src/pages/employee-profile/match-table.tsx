import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MatchItemDto } from '../../api/types';
import { EmptyState } from '../../components/empty-state';
import { FitBreakdownBar } from '../../components/fit-explanation-bar';
import { RuleTags } from '../../components/fit-explanation-rules';
import { formatNumber } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';

/**
 * Ranked posts for one person: score, breakdown bar and rule results; a row (or its button) opens
 * the explanation. Blocked rows show the blocking rules instead of the warnings.
 */
export function MatchTable({
  items,
  blocked,
  label,
  onOpen,
  testId,
}: {
  items: readonly MatchItemDto[];
  blocked: boolean;
  label: string;
  onOpen: (positionId: number) => void;
  testId: string;
}) {
  const { t } = useTranslation();
  const lng = useLanguage();
  return (
    <Table<MatchItemDto>
      size="small"
      rowKey="positionId"
      aria-label={label}
      data-testid={testId}
      dataSource={[...items]}
      pagination={items.length > 20 ? { pageSize: 20, size: 'small' } : false}
      // Fits the profile's tab at 1366 px (about 650 px wide): the unit sits under the post and the rule
      // tags wrap, so no column hides behind a sideways scroll; narrower screens scroll the table.
      scroll={{ x: 600 }}
      locale={{ emptyText: <EmptyState title={t(blocked ? 'matching.noBlocked' : 'matching.noMatches')} /> }}
      onRow={(m) => ({ onClick: () => onOpen(m.positionId), className: 'clickable-row' })}
      columns={[
        { key: 'rank', title: t('matching.col.rank'), render: (_, _m, i) => i + 1, width: 56 },
        {
          key: 'position',
          title: t('matching.col.position'),
          render: (_, m) => (
            <>
              <Typography.Link
                onClick={(e) => {
                  e.stopPropagation();
                  onOpen(m.positionId);
                }}
                aria-label={t('matching.open', { name: m.positionName })}
                data-testid="match-open"
              >
                {m.positionName}
              </Typography.Link>
              <div className="match-sub">{m.unitName}</div>
              <div className="match-sub">
                <Link to={`/jabatan/${m.positionId}`} onClick={(e) => e.stopPropagation()}>
                  {t(`enum.family.${m.family}`)}
                </Link>
              </div>
            </>
          ),
        },
        {
          key: 'score',
          title: t('matching.col.score'),
          align: 'right',
          width: 64,
          render: (_, m) => <strong data-testid="match-score">{formatNumber(m.score, lng, 1)}</strong>,
        },
        {
          key: 'breakdown',
          title: t('matching.col.breakdown'),
          width: 132,
          render: (_, m) => <FitBreakdownBar components={m.components} score={m.score} />,
        },
        {
          key: 'rules',
          title: t(blocked ? 'matching.col.reasons' : 'matching.col.rules'),
          width: 190,
          render: (_, m) => <RuleTags rules={blocked ? m.blocking : m.warnings} />,
        },
      ]}
    />
  );
}
