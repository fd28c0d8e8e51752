import {
  ApartmentOutlined,
  InboxOutlined,
  SearchOutlined,
  UserOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import { Button, Card, Col, Input, Row, Space } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSignedInUser } from '../../api/use-session';
import { useUnits } from '../../api/use-units';
import { ErrorState } from '../../components/error-state';
import { PageHeader } from '../../components/page-header';
import { PageLoading } from '../../components/page-loading';
import { SummaryTile } from '../../components/summary-tile';
import { formatNumber } from '../../lib/format';
import { buildUnitTree, filterUnitTree, type UnitTreeNode } from '../../lib/unit-tree';
import { useDebouncedValue } from '../../lib/use-debounced-value';
import { useLanguage } from '../../lib/use-language';
import { UnitTreeTable } from './unit-tree-table';

function allIds(nodes: readonly UnitTreeNode[]): number[] {
  return nodes.flatMap((n) => (n.children.length > 0 ? [n.id, ...allIds(n.children)] : []));
}

/** The unit tree of the instansi with seats, holders and vacancies, per unit and per subtree. */
export default function OrganisationPage() {
  const { t } = useTranslation();
  const lng = useLanguage();
  const user = useSignedInUser();
  const units = useUnits();
  const [query, setQuery] = useState('');
  const debounced = useDebouncedValue(query, 200);
  const [expanded, setExpanded] = useState<readonly number[] | null>(null);

  const tree = useMemo(() => (units.data ? buildUnitTree(units.data.units) : []), [units.data]);
  const visible = useMemo(() => filterUnitTree(tree, debounced), [tree, debounced]);
  const totals = useMemo(
    () =>
      tree.reduce(
        (acc, u) => ({
          seats: acc.seats + u.totalSeats,
          holders: acc.holders + u.totalHolders,
          vacancies: acc.vacancies + u.totalVacancies,
        }),
        { seats: 0, holders: 0, vacancies: 0 },
      ),
    [tree],
  );
  const expandedKeys = debounced.trim() ? allIds(visible) : (expanded ?? []);
  const n = (v: number) => formatNumber(v, lng);

  return (
    <div className="page" data-testid="organisation-page">
      <PageHeader
        title={t('organisation.title')}
        subtitle={t('organisation.subtitle', { instansi: user.instansiName || t('app.instansi') })}
      />
      {units.isPending && <PageLoading rows={10} />}
      {units.isError && <ErrorState error={units.error} onRetry={() => void units.refetch()} />}
      {units.data && (
        <>
          <Row gutter={[16, 16]} className="section">
            <Col xs={12} lg={6}>
              <SummaryTile
                icon={<ApartmentOutlined />}
                tone="blue"
                label={t('organisation.units')}
                value={n(units.data.units.length)}
              />
            </Col>
            <Col xs={12} lg={6}>
              <SummaryTile
                icon={<InboxOutlined />}
                tone="teal"
                label={t('dashboard.seats')}
                value={n(totals.seats)}
              />
            </Col>
            <Col xs={12} lg={6}>
              <SummaryTile
                icon={<UserOutlined />}
                tone="gold"
                label={t('dashboard.holders')}
                value={n(totals.holders)}
              />
            </Col>
            <Col xs={12} lg={6}>
              <SummaryTile
                icon={<WarningOutlined />}
                tone="red"
                label={t('dashboard.vacancies')}
                value={n(totals.vacancies)}
              />
            </Col>
          </Row>
          <Card className="table-card">
            <div className="toolbar">
              <label htmlFor="unit-search" className="visually-hidden">
                {t('organisation.searchLabel')}
              </label>
              <Input
                id="unit-search"
                className="toolbar-search"
                value={query}
                onChange={(e) => setQuery(e.target.value)}
                placeholder={t('organisation.searchPlaceholder')}
                prefix={<SearchOutlined aria-hidden />}
                allowClear
              />
              <Space>
                <Button onClick={() => setExpanded(allIds(tree))}>{t('organisation.expandAll')}</Button>
                <Button onClick={() => setExpanded([])}>{t('organisation.collapseAll')}</Button>
              </Space>
            </div>
            <UnitTreeTable nodes={visible} expandedKeys={expandedKeys} onExpandedChange={setExpanded} />
          </Card>
        </>
      )}
    </div>
  );
}
