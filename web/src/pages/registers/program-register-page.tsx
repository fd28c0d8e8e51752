import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Card, Col, Form, Input, Row, Select, Table, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { usePeriods } from '../../api/use-evaluations';
import { type ProgramItem, usePrograms } from '../../api/use-registers';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { PageHeader } from '../../components/page-header';
import { PageLoading } from '../../components/page-loading';
import { UnitTreeSelect } from '../../components/unit-tree-select';
import { formatNumber } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';
import { useSearchText } from '../../lib/use-search-text';
import { ProgramForm } from './program-form';
import { spanText } from './program-span';
import { useUrlFilters } from './use-url-filters';
import './registers.css';

const KEYS = ['periode', 'unit', 'q'] as const;

/**
 * "Program pemerintah": the programmes by period (their span overlaps it), unit (leading it or
 * with staff in it) and name; a programme opens its participants. BKPSDM registers programmes.
 */
export default function ProgramRegisterPage() {
  const { t } = useTranslation();
  const lng = useLanguage();
  const navigate = useNavigate();
  const f = useUrlFilters(KEYS);
  const [text, setText] = useSearchText(f.text('q'), (q) => f.set({ q }, true));
  const [adding, setAdding] = useState(false);
  const periods = usePeriods();
  const query = { periodId: f.number('periode'), unitId: f.number('unit'), q: f.text('q') };
  const list = usePrograms(query);
  const canAdd = list.data?.actions.includes('evaluation.period.manage') ?? false;

  if (list.isPending) return <PageLoading rows={8} />;
  if (list.isError && !list.data)
    return (
      <div className="page">
        <ErrorState level={1} error={list.error} onRetry={() => void list.refetch()} />
      </div>
    );
  const items = list.data?.items ?? [];
  return (
    <div className="page" data-testid="program-register-page">
      <PageHeader
        title={t('registers.program.title')}
        subtitle={t('registers.program.subtitle')}
        extra={
          <Tooltip title={canAdd ? null : t('registers.program.noWriteReason')}>
            <Button
              type="primary"
              icon={<PlusOutlined aria-hidden />}
              disabled={!canAdd}
              onClick={() => setAdding(true)}
              data-testid="program-add"
            >
              {t('registers.program.add')}
            </Button>
          </Tooltip>
        }
      />
      <div className="stack">
        <Card className="filters-card">
          <Form
            layout="vertical"
            className="register-filters"
            role="search"
            onSubmitCapture={(e) => e.preventDefault()}
          >
            <Row gutter={16}>
              <Col xs={24} md={8}>
                <Form.Item label={t('registers.filters.period')} htmlFor="program-period">
                  <Select<number>
                    id="program-period"
                    allowClear
                    placeholder={t('registers.filters.allPeriods')}
                    value={query.periodId}
                    onChange={(id) => f.set({ periode: id ?? null })}
                    loading={periods.isPending}
                    options={(periods.data?.items ?? []).map((p) => ({
                      value: p.id,
                      label: `${p.code} · ${t(`evaluation.kind.${p.kind}`)} · ${t(`evaluation.status.${p.status}`)}`,
                    }))}
                  />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item label={t('registers.filters.unit')} htmlFor="program-filter-unit">
                  <UnitTreeSelect
                    id="program-filter-unit"
                    value={query.unitId}
                    onChange={(id) => f.set({ unit: id ?? null })}
                    placeholder={t('registers.filters.allUnits')}
                    purpose="evaluation.read"
                  />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item label={t('registers.filters.search')} htmlFor="program-q">
                  <Input
                    id="program-q"
                    value={text}
                    onChange={(e) => setText(e.target.value)}
                    placeholder={t('registers.filters.searchPrograms')}
                    prefix={<SearchOutlined aria-hidden />}
                    allowClear
                    autoComplete="off"
                    data-testid="program-search"
                  />
                </Form.Item>
              </Col>
            </Row>
          </Form>
        </Card>
        <Card>
          {items.length === 0 ? (
            <EmptyState title={t('registers.program.empty')} />
          ) : (
            <Table<ProgramItem>
              rowKey="id"
              dataSource={items}
              loading={list.isFetching}
              pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
              scroll={{ x: 860 }}
              data-testid="program-table"
              columns={[
                { key: 'code', title: t('registers.program.col.code'), dataIndex: 'code' },
                {
                  key: 'name',
                  title: t('registers.program.col.name'),
                  render: (_, p) => (
                    <Link
                      to={`/program/${p.id}`}
                      className="register-title-cell"
                      data-testid={`program-open-${p.code}`}
                    >
                      {p.name}
                    </Link>
                  ),
                },
                {
                  key: 'lead',
                  title: t('registers.program.col.lead'),
                  render: (_, p) => p.leadUnitName ?? '–',
                },
                {
                  key: 'span',
                  title: t('registers.program.col.span'),
                  render: (_, p) => spanText(t, lng, p.startDate, p.endDate),
                },
                {
                  key: 'participants',
                  title: t('registers.program.col.participants'),
                  align: 'right',
                  render: (_, p) => formatNumber(p.participantCount, lng),
                },
              ]}
            />
          )}
        </Card>
      </div>
      {adding && (
        <ProgramForm
          program={null}
          onClose={() => setAdding(false)}
          onSaved={(saved) => {
            setAdding(false);
            navigate(`/program/${saved.program.id}`);
          }}
        />
      )}
    </div>
  );
}
