import { Grid, Table } from 'antd';
import type { ColumnsType, SorterResult } from 'antd/es/table/interface';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EmployeePage, EmployeeSummaryDto } from '../../api/types';
import { EmptyState } from '../../components/empty-state';
import { formatDate, formatNip, formatNumber } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';
import { yearsSince } from '../../lib/years-since';

interface Props {
  page: EmployeePage | undefined;
  pending: boolean;
  sort: string | undefined;
  order: string | undefined;
  pageSizes: number[];
  onPage: (page: number, pageSize: number) => void;
  onSort: (sort: string | null, order: 'asc' | 'desc' | null) => void;
}

/**
 * One server page of employees; sorting and paging are the server's, the URL keeps them. Memoised
 * and light per row (native titles instead of tooltip components) so a page change stays fast.
 */
export const EmployeeTable = memo(function EmployeeTable({
  page,
  pending,
  sort,
  order,
  pageSizes,
  onPage,
  onSort,
}: Props) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const wide = Grid.useBreakpoint().lg ?? true;

  const columns = useMemo((): ColumnsType<EmployeeSummaryDto> => {
    // Without a sort in the URL the server sorts by name, ascending: show it.
    const current = sort ?? 'name';
    const sorted = (key: string) =>
      current === key ? (sort && order === 'desc' ? ('descend' as const) : ('ascend' as const)) : null;
    return [
      {
        key: 'name',
        title: t('employees.col.name'),
        sorter: true,
        sortOrder: sorted('name'),
        width: 250,
        render: (_, e) => (
          <div className="cell-person">
            <Link to={`/pegawai/${e.nip}`} className="cell-person-name">
              {e.fullName}
            </Link>
            {/* Narrow screens: the NIP joins the name (its own column is hidden). */}
            {!wide && <span className="nip cell-sub">{formatNip(e.nip)}</span>}
            <span className="cell-sub">
              {t(`enum.employmentType.${e.employmentType}`)}
              {e.status !== 'ACTIVE' && ` · ${t(`enum.status.${e.status}`)}`}
            </span>
          </div>
        ),
      },
      ...(wide
        ? [
            {
              key: 'nip',
              title: t('employees.col.nip'),
              sorter: true,
              sortOrder: sorted('nip'),
              width: 200,
              render: (_: unknown, e: EmployeeSummaryDto) => <span className="nip">{formatNip(e.nip)}</span>,
            },
          ]
        : []),
      {
        key: 'golongan',
        title: t('employees.col.golongan'),
        sorter: true,
        sortOrder: sorted('golongan'),
        width: 80,
        render: (_, e) =>
          e.golonganLabel ? <span title={e.pangkat ?? undefined}>{e.golonganLabel}</span> : t('common.none'),
      },
      {
        key: 'position',
        title: t('employees.col.position'),
        sorter: true,
        sortOrder: sorted('position'),
        render: (_, e) =>
          e.currentPositionId ? (
            <Link to={`/jabatan/${e.currentPositionId}`}>{e.currentPositionName}</Link>
          ) : (
            t('common.none')
          ),
      },
      ...(wide
        ? [
            {
              key: 'unit',
              title: t('employees.col.unit'),
              sorter: true,
              sortOrder: sorted('unit'),
              render: (_: unknown, e: EmployeeSummaryDto) => e.currentUnitName ?? t('common.none'),
            },
          ]
        : []),
      {
        key: 'tenure',
        title: t('employees.col.tenure'),
        sorter: true,
        sortOrder: sorted('tenure'),
        width: 120,
        render: (_, e) => {
          const years = yearsSince(e.currentPositionSince);
          if (years === null) return t('common.none');
          return (
            <span
              className={years >= 5 ? 'tenure-long' : undefined}
              title={t('common.since', { date: formatDate(e.currentPositionSince, lng) })}
            >
              {t('common.yearsShort', { value: formatNumber(years, lng, 1) })}
            </span>
          );
        },
      },
    ];
  }, [t, lng, wide, sort, order]);

  return (
    <Table<EmployeeSummaryDto>
      rowKey="nip"
      size="middle"
      columns={columns}
      dataSource={page?.items ?? []}
      loading={pending}
      locale={{
        emptyText: pending ? (
          <span />
        ) : (
          <EmptyState title={t('employees.emptyTitle')} hint={t('employees.emptyBody')} />
        ),
      }}
      aria-label={t('employees.tableLabel')}
      data-testid="employee-table"
      tableLayout="fixed"
      showSorterTooltip={false}
      onChange={(_, __, sorter, extra) => {
        if (extra.action !== 'sort') return;
        const s = (Array.isArray(sorter) ? sorter[0] : sorter) as
          | SorterResult<EmployeeSummaryDto>
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
          t('common.rangeSummary', {
            from: formatNumber(from, lng),
            to: formatNumber(to, lng),
            total: formatNumber(total, lng),
          }),
        onChange: onPage,
      }}
    />
  );
});
