import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CandidateItemDto } from '../../api/types';
import { EmptyState } from '../../components/empty-state';
import { FitBreakdownBar } from '../../components/fit-explanation-bar';
import { RuleTags } from '../../components/fit-explanation-rules';
import { formatNip, formatNumber } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';

/** The ranked candidates of a post: score, breakdown and rule results; a row opens the explanation. */
export function CandidateTable({
  candidates,
  onOpen,
}: {
  candidates: readonly CandidateItemDto[];
  onOpen: (nip: string) => void;
}) {
  const { t } = useTranslation();
  const lng = useLanguage();
  return (
    <Table<CandidateItemDto>
      size="small"
      rowKey="nip"
      aria-label={t('matching.candidates.table')}
      data-testid="candidate-table"
      dataSource={[...candidates]}
      pagination={candidates.length > 20 ? { pageSize: 20, size: 'small' } : false}
      scroll={{ x: 860 }}
      locale={{ emptyText: <EmptyState title={t('matching.candidates.empty')} /> }}
      onRow={(c) => ({ onClick: () => onOpen(c.nip), className: 'clickable-row' })}
      columns={[
        { key: 'rank', title: t('matching.col.rank'), dataIndex: 'rank', width: 64 },
        {
          key: 'name',
          title: t('matching.col.name'),
          render: (_, c) => (
            <>
              <Typography.Link
                onClick={(e) => {
                  e.stopPropagation();
                  onOpen(c.nip);
                }}
                aria-label={t('matching.candidates.open', { name: c.name })}
                data-testid="candidate-open"
              >
                {c.name}
              </Typography.Link>
              <div>
                <Link to={`/pegawai/${c.nip}`} className="nip" onClick={(e) => e.stopPropagation()}>
                  {formatNip(c.nip)}
                </Link>
              </div>
            </>
          ),
        },
        {
          key: 'golongan',
          title: t('matching.col.golongan'),
          render: (_, c) => c.golongan ?? t('common.none'),
          width: 70,
        },
        {
          key: 'current',
          title: t('matching.col.currentPosition'),
          render: (_, c) =>
            [c.currentPositionName, c.currentUnitName].filter(Boolean).join(', ') || t('common.none'),
        },
        {
          key: 'score',
          title: t('matching.col.score'),
          align: 'right',
          width: 80,
          render: (_, c) => <strong data-testid="candidate-score">{formatNumber(c.score, lng, 1)}</strong>,
        },
        {
          key: 'breakdown',
          title: t('matching.col.breakdown'),
          width: 180,
          render: (_, c) => <FitBreakdownBar components={c.components} score={c.score} />,
        },
        {
          key: 'rules',
          title: t('matching.col.rules'),
          render: (_, c) => <RuleTags rules={c.warningRules} />,
        },
      ]}
    />
  );
}
