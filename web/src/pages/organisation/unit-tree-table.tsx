import { Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCan } from '../../api/use-session';
import { EmptyState } from '../../components/empty-state';
import { formatNumber } from '../../lib/format';
import type { UnitTreeNode } from '../../lib/unit-tree';
import { useLanguage } from '../../lib/use-language';

type UnitRow = Omit<UnitTreeNode, 'children'> & { children?: UnitRow[] };

function toRows(nodes: readonly UnitTreeNode[]): UnitRow[] {
  return nodes.map(({ children, ...u }) => (children.length > 0 ? { ...u, children: toRows(children) } : u));
}

interface Props {
  nodes: readonly UnitTreeNode[];
  expandedKeys: readonly number[];
  onExpandedChange: (keys: number[]) => void;
}

/** The unit tree as an expandable table: own figures and subtree totals side by side. */
export function UnitTreeTable({ nodes, expandedKeys, onExpandedChange }: Props) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const canListPositions = useCan('position.list');
  const rows = useMemo(() => toRows(nodes), [nodes]);
  const n = (v: number) => formatNumber(v, lng);
  const vacancy = (v: number) =>
    v > 0 ? <span className="vacancy">{n(v)}</span> : <span className="muted">0</span>;

  const columns: ColumnsType<UnitRow> = [
    {
      key: 'unit',
      title: t('organisation.col.unit'),
      render: (_, u) => (
        <span className="unit-cell">
          {canListPositions ? (
            <Tooltip title={t('organisation.showPositions', { unit: u.name })}>
              <Link to={`/jabatan?unitId=${u.id}`} className="unit-name">
                {u.name}
              </Link>
            </Tooltip>
          ) : (
            <span className="unit-name">{u.name}</span>
          )}
          <Typography.Text type="secondary" className="cell-sub">
            {u.code}
          </Typography.Text>
        </span>
      ),
    },
    {
      key: 'kind',
      title: t('organisation.col.kind'),
      width: 150,
      responsive: ['md'],
      render: (_, u) => <Tag>{t(`enum.unitKind.${u.kind}`)}</Tag>,
    },
    {
      key: 'own',
      title: t('organisation.col.own'),
      responsive: ['lg'],
      children: [
        {
          key: 'seats',
          title: t('organisation.col.seats'),
          align: 'right',
          width: 84,
          render: (_, u) => n(u.seats),
        },
        {
          key: 'holders',
          title: t('organisation.col.holders'),
          align: 'right',
          width: 84,
          render: (_, u) => n(u.holders),
        },
        {
          key: 'vacancies',
          title: t('organisation.col.vacancies'),
          align: 'right',
          width: 84,
          render: (_, u) => vacancy(u.vacancies),
        },
      ],
    },
    {
      key: 'subtree',
      title: t('organisation.col.subtree'),
      children: [
        {
          key: 'totalSeats',
          title: t('organisation.col.seats'),
          align: 'right',
          width: 90,
          render: (_, u) => <strong>{n(u.totalSeats)}</strong>,
        },
        {
          key: 'totalHolders',
          title: t('organisation.col.holders'),
          align: 'right',
          width: 90,
          render: (_, u) => n(u.totalHolders),
        },
        {
          key: 'totalVacancies',
          title: t('organisation.col.vacancies'),
          align: 'right',
          width: 90,
          render: (_, u) => vacancy(u.totalVacancies),
        },
      ],
    },
  ];

  return (
    <Table<UnitRow>
      rowKey="id"
      size="middle"
      bordered
      columns={columns}
      dataSource={rows}
      pagination={false}
      aria-label={t('organisation.treeLabel')}
      data-testid="unit-tree"
      scroll={{ x: 720 }}
      expandable={{
        expandedRowKeys: [...expandedKeys],
        onExpandedRowsChange: (keys) => onExpandedChange(keys.map(Number)),
        indentSize: 20,
      }}
      locale={{ emptyText: <EmptyState title={t('organisation.emptyTitle')} /> }}
    />
  );
}
