import { Card, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PlanResponse } from '../../api/use-plans';
import { formatNumber } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';

type Seat = NonNullable<PlanResponse['plan']>['unfilledSeats'][number];

/**
 * Posts with an empty seat after the plan: the scenario's targets still vacant, and the seats the
 * ends of vacancy chains left empty elsewhere (said apart, so a vacancy round's figure is its own).
 */
export function PlanUnfilledSeats({ seats }: { seats: readonly Seat[] }) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const empty = seats.filter((s) => s.unfilled > 0);
  if (empty.length === 0) return null;
  // A whole-city plan targets every post: the kind says something only when some seat is not one.
  const mixed = empty.some((s) => !s.target);
  return (
    <Card title={<h2 className="card-heading">{t('planning.plan.unfilled')}</h2>} data-testid="plan-unfilled">
      <Typography.Paragraph type="secondary">{t('planning.plan.unfilledIntro')}</Typography.Paragraph>
      <Table<Seat>
        size="small"
        rowKey="positionId"
        aria-label={t('planning.plan.unfilled')}
        dataSource={empty}
        pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
        scroll={{ x: 720 }}
        columns={[
          {
            key: 'position',
            title: t('planning.plan.unfilledCol.position'),
            render: (_, s) => <Link to={`/jabatan/${s.positionId}`}>{s.positionName}</Link>,
          },
          { key: 'unit', title: t('planning.plan.col.unit'), render: (_, s) => s.unitName },
          {
            key: 'kind',
            hidden: !mixed,
            title: t('planning.plan.unfilledCol.kind'),
            render: (_, s) =>
              s.target ? (
                <Tag color="gold">{t('planning.plan.unfilledKind.target')}</Tag>
              ) : (
                <Tag>{t('planning.plan.unfilledKind.left')}</Tag>
              ),
          },
          {
            key: 'before',
            title: t('planning.plan.unfilledCol.before'),
            align: 'right',
            render: (_, s) => formatNumber(s.unfilledBefore, lng),
          },
          {
            key: 'after',
            title: t('planning.plan.unfilledCol.after'),
            align: 'right',
            render: (_, s) =>
              t('planning.plan.unfilledCount', {
                unfilled: formatNumber(s.unfilled, lng),
                seats: formatNumber(s.seats, lng),
              }),
          },
        ]}
      />
    </Card>
  );
}
