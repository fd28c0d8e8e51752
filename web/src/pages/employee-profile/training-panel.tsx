import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EmployeeDetailDto } from '../../api/types';
import { EmptyState } from '../../components/empty-state';
import { formatDate, formatNumber } from '../../lib/format';
import { useEnumLabel } from '../../lib/use-enum-label';
import { useLanguage } from '../../lib/use-language';

type Training = EmployeeDetailDto['trainings'][number];

/** Diklat and other competency development, newest first, with the hours (JP). */
export function TrainingPanel({ trainings }: { trainings: EmployeeDetailDto['trainings'] }) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const label = useEnumLabel();
  if (trainings.length === 0) return <EmptyState title={t('profile.noTraining')} />;
  const rows = [...trainings].sort((a, b) => b.startDate.localeCompare(a.startDate));
  const hours = rows.reduce((sum, r) => sum + r.hours, 0);
  return (
    <section aria-labelledby="training-title">
      <div className="section-title-row">
        <Typography.Title level={3} className="section-title" id="training-title">
          {t('profile.trainingTitle')}
        </Typography.Title>
        <Typography.Text type="secondary">
          {t('profile.trainingHours', { hours: formatNumber(hours, lng) })}
        </Typography.Text>
      </div>
      <Table<Training>
        size="small"
        rowKey="id"
        pagination={rows.length > 10 ? { pageSize: 10, size: 'small' } : false}
        dataSource={rows}
        scroll={{ x: 640 }}
        columns={[
          { key: 'name', title: t('profile.col.training'), dataIndex: 'name' },
          {
            key: 'kind',
            title: t('profile.col.kind'),
            render: (_, r) => label('trainingKind', r.kind),
          },
          { key: 'provider', title: t('profile.col.provider'), dataIndex: 'provider', responsive: ['lg'] },
          {
            key: 'period',
            title: t('profile.col.period'),
            render: (_, r) =>
              `${formatDate(r.startDate, lng, 'short')} – ${formatDate(r.endDate, lng, 'short')}`,
          },
          {
            key: 'hours',
            title: t('profile.col.hours'),
            align: 'right',
            width: 70,
            render: (_, r) => formatNumber(r.hours, lng),
          },
        ]}
      />
    </section>
  );
}
