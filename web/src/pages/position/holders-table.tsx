import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EmployeeSummaryDto } from '../../api/types';
import { EmptyState } from '../../components/empty-state';
import { formatDate, formatNip } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';

/** The people in the position's seats, linking to their profiles. */
export function HoldersTable({ holders }: { holders: readonly EmployeeSummaryDto[] }) {
  const { t } = useTranslation();
  const lng = useLanguage();
  return (
    <Table<EmployeeSummaryDto>
      size="small"
      rowKey="nip"
      dataSource={[...holders]}
      pagination={holders.length > 10 ? { pageSize: 10, size: 'small' } : false}
      scroll={{ x: 560 }}
      locale={{ emptyText: <EmptyState title={t('position.noHolders')} /> }}
      columns={[
        {
          key: 'name',
          title: t('employees.col.name'),
          render: (_, e) => <Link to={`/pegawai/${e.nip}`}>{e.fullName}</Link>,
        },
        {
          key: 'nip',
          title: t('employees.col.nip'),
          render: (_, e) => <span className="nip">{formatNip(e.nip)}</span>,
          width: 200,
        },
        {
          key: 'golongan',
          title: t('employees.col.golongan'),
          render: (_, e) => e.golonganLabel ?? t('common.none'),
          width: 80,
        },
        {
          key: 'since',
          title: t('profile.positionSince'),
          render: (_, e) => formatDate(e.currentPositionSince, lng) ?? t('common.none'),
        },
      ]}
    />
  );
}
