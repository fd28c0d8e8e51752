import { Table, Tag, Typography } from 'antd';
import type { ColumnsType, SorterResult } from 'antd/es/table/interface';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PositionPage, PositionSummaryDto } from '../../api/types';
import { EmptyState } from '../../components/empty-state';
import { formatNumber } from '../../lib/format';
import { useGradeLabel } from '../../lib/use-grade-label';
import { useLanguage } from '../../lib/use-language';

interface Props {
  page: PositionPage | undefined;
  pending: boolean;
  sort: string | undefined;
  order: string | undefined;
  pageSizes: number[];
  onPage: (page: number, pageSize: number) => void;
  onSort: (sort: string | null, order: 'asc' | 'desc' | null) => void;
}

/** One server page of positions with their seats and vacancies. */
export function PositionTable({ page, pending, sort, order, pageSizes, onPage, onSort }: Props) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const grade = useGradeLabel();
  const n = (v: number) => formatNumber(v, lng);
  const sorted = (key: string) =>
    sort === key ? (order === 'desc' ? ('descend' as const) : ('ascend' as const)) : null;
  const columns: ColumnsType<PositionSummaryDto> = [
    {
      key: 'name',
      title: t('positions.col.name'),
      sorter: true,
      sortOrder: sorted('name'),
      render: (_, p) => (
        <div className="cell-person">
          <span>
            <Link to={`/jabatan/${p.id}`} className="cell-person-name">
              {p.name}
            </Link>
            {p.isStrategic && (
              <Tag color="purple" className="inline-tag">
                {t('positions.strategic')}
              </Tag>
            )}
          </span>
          <Typography.Text type="secondary" className="cell-sub">
            {p.code}
          </Typography.Text>
        </div>
      ),
    },
    {
      key: 'kind',
      title: t('positions.col.kind'),
      sorter: true,
      sortOrder: sorted('kind'),
      width: 190,
      render: (_, p) => (
        <div className="cell-person">
          <span>{t(`enum.kind.${p.kind}`)}</span>
          {grade(p) && <span className="cell-sub">{grade(p)}</span>}
        </div>
      ),
    },
    {
      key: 'unit',
      title: t('positions.col.unit'),
      sorter: true,
      sortOrder: sorted('unit'),
      responsive: ['lg'],
      dataIndex: 'unitName',
    },
    {
      key: 'seats',
      title: t('positions.col.seats'),
      sorter: true,
      sortOrder: sorted('seats'),
      align: 'right',
      width: 100,
      render: (_, p) => n(p.seats),
    },
    {
      key: 'holders',
      title: t('positions.col.holders'),
      align: 'right',
      width: 90,
      render: (_, p) => n(p.holders),
    },
    {
      key: 'vacancies',
      title: t('positions.col.vacancies'),
      sorter: true,
      sortOrder: sorted('vacancies'),
      align: 'right',
      width: 110,
      render: (_, p) =>
        p.vacancies > 0 ? <Tag color="red">{n(p.vacancies)}</Tag> : <span className="muted">0</span>,
    },
  ];
  return (
    <Table<PositionSummaryDto>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={page?.items ?? []}
      loading={pending}
      aria-label={t('positions.tableLabel')}
      data-testid="position-table"
      scroll={{ x: 720 }}
      showSorterTooltip={false}
      locale={{
        emptyText: pending ? (
          <span />
        ) : (
          <EmptyState title={t('positions.emptyTitle')} hint={t('employees.emptyBody')} />
        ),
      }}
      onChange={(_, __, sorter, extra) => {
        if (extra.action !== 'sort') return;
        const s = (Array.isArray(sorter) ? sorter[0] : sorter) as
          | SorterResult<PositionSummaryDto>
          | undefined;
        onSort(
          s?.order ? String(s.columnKey) : null,
          s?.order === 'descend' ? 'desc' : s?.order === 'ascend' ? 'asc' : null,
        );
      }}
      pagination={{
        current: page?.page ?? 1,
        pageSize: page?.pageSize ?? pageSizes[0],
        total: page?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: pageSizes,
        showTotal: (total, [from, to]) =>
          t('common.rangeSummary', { from: n(from), to: n(to), total: n(total) }),
        onChange: onPage,
      }}
    />
  );
}
