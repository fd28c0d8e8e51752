import { Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type TalentPool, useTalentPool } from '../../api/use-talent';
import { ErrorState } from '../../components/error-state';
import { formatNip, formatNumber } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';

type Member = TalentPool['members'][number];

/** The talent pool of the period (the boxes the policy names, 7-9 by default), best first. */
export function TalentPoolCard({ periodId, unitId }: { periodId: number; unitId: number | undefined }) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const pool = useTalentPool(periodId, unitId);
  if (pool.isError) return <ErrorState error={pool.error} onRetry={() => void pool.refetch()} />;
  return (
    <section aria-labelledby="pool-title" data-testid="talent-pool">
      <h2 className="card-heading" id="pool-title">
        {t('evaluation.talent.poolTitle', { boxes: pool.data?.boxes.join(', ') ?? '7, 8, 9' })}
      </h2>
      {pool.data && pool.data.excluded.length > 0 && (
        <Typography.Paragraph type="secondary">
          {t('evaluation.talent.poolExcluded', { count: pool.data.excluded.length })}
        </Typography.Paragraph>
      )}
      <Table<Member>
        size="small"
        rowKey="employeeId"
        loading={pool.isPending}
        dataSource={pool.data?.members ?? []}
        pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
        locale={{ emptyText: t('evaluation.talent.poolEmpty') }}
        columns={[
          {
            key: 'name',
            title: t('evaluation.talent.col.name'),
            render: (_, m) => (
              <>
                <Link to={`/pegawai/${m.nip}`} className="cell-person-name">
                  {m.name}
                </Link>
                <div className="cell-sub nip">{formatNip(m.nip)}</div>
              </>
            ),
          },
          {
            key: 'box',
            title: t('evaluation.talent.col.box'),
            render: (_, m) => <Tag color="purple">{m.box}</Tag>,
          },
          {
            key: 'index',
            title: t('evaluation.talent.col.index'),
            align: 'right',
            render: (_, m) => formatNumber(m.index, lng, 1),
          },
        ]}
      />
    </section>
  );
}
