import { Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BOX_LABELS } from '../../../../src/core/appraisal/nine-box';
import type { NineBox } from '../../../../src/core/appraisal/policy';
import { PREDIKAT_LABELS } from '../../../../src/core/appraisal/ratings';
import { type BoxMembersDto, useBoxMembers } from '../../api/use-talent';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { formatNip, formatNumber } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';
import { PREDIKAT_COLOR } from '../evaluations/grid-cells';

type Member = BoxMembersDto['members'][number];

/** Who is in the chosen box: name (to the profile's evaluation tab), NIP, position, unit. */
export function BoxMembers({
  periodId,
  unitId,
  box,
}: {
  periodId: number;
  unitId: number | undefined;
  box: NineBox;
}) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const members = useBoxMembers(periodId, unitId, box);
  const label = BOX_LABELS[box].name[lng];
  return (
    <section aria-labelledby="box-members-title" data-testid="box-members">
      <h2 className="card-heading" id="box-members-title">
        {t('evaluation.talent.membersTitle', { label })}
      </h2>
      <Typography.Paragraph type="secondary">{BOX_LABELS[box].followUp[lng]}</Typography.Paragraph>
      {members.isError ? (
        <ErrorState error={members.error} onRetry={() => void members.refetch()} />
      ) : (
        <Table<Member>
          size="small"
          rowKey="employeeId"
          loading={members.isPending}
          dataSource={members.data?.members ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
          scroll={{ x: 760 }}
          locale={{ emptyText: <EmptyState title={t('evaluation.talent.noMembers')} /> }}
          columns={[
            {
              key: 'name',
              title: t('evaluation.talent.col.name'),
              render: (_, m) => (
                <Link to={`/pegawai/${m.nip}`} className="cell-person-name">
                  {m.name}
                </Link>
              ),
            },
            {
              key: 'nip',
              title: t('evaluation.talent.col.nip'),
              render: (_, m) => <span className="nip">{formatNip(m.nip)}</span>,
            },
            {
              key: 'position',
              title: t('evaluation.talent.col.position'),
              render: (_, m) => m.positionName ?? '',
            },
            { key: 'unit', title: t('evaluation.talent.col.unit'), render: (_, m) => m.unitName ?? '' },
            {
              key: 'predikat',
              title: t('evaluation.talent.col.predikat'),
              render: (_, m) => (
                <Tag color={PREDIKAT_COLOR[m.predikat]}>{PREDIKAT_LABELS[m.predikat][lng]}</Tag>
              ),
            },
            {
              key: 'index',
              title: t('evaluation.talent.col.index'),
              align: 'right',
              render: (_, m) => formatNumber(m.index, lng, 1),
            },
          ]}
        />
      )}
    </section>
  );
}
