import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Form, Input, Row, Select, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INNOVATION_STATUSES } from '../../../../src/core/appraisal/records';
import { usePeriods } from '../../api/use-evaluations';
import {
  type InnovationDetail,
  type InnovationItem,
  innovationEvidenceUrl,
  useInnovations,
} from '../../api/use-registers';
import { useCan } from '../../api/use-session';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { PageHeader } from '../../components/page-header';
import { PageLoading } from '../../components/page-loading';
import { UnitTreeSelect } from '../../components/unit-tree-select';
import { formatDate, formatNip } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';
import { useSearchText } from '../../lib/use-search-text';
import { EvidenceView } from './evidence-view';
import { InnovationDrawer } from './innovation-drawer';
import { InnovationForm } from './innovation-form';
import { useUrlFilters } from './use-url-filters';
import './registers.css';

const KEYS = ['periode', 'unit', 'tahap', 'q', 'nip', 'id'] as const;

/** The date the innovation reached its current stage. */
const sinceOf = (i: InnovationItem) => i.awardedOn ?? i.replicatedOn ?? i.implementedOn ?? i.proposedOn;

/**
 * "Inovasi": the register by period (what counts in its index), unit, stage and title, or one
 * person's innovations (`?nip=`, the profile's link). A row opens the innovation; "Tambah inovasi"
 * is offered to those the server lets write (BKPSDM, an OPD head for their units).
 */
export default function InnovationRegisterPage() {
  const { t } = useTranslation();
  const lng = useLanguage();
  const f = useUrlFilters(KEYS);
  const [text, setText] = useSearchText(f.text('q'), (q) => f.set({ q }, true));
  const [editing, setEditing] = useState<InnovationDetail | 'new' | null>(null);
  // An employee opens only their own innovations (`?nip=`): no period or unit to choose from.
  const canBrowse = useCan('evaluation.read');
  const periods = usePeriods(canBrowse);
  const query = {
    periodId: f.number('periode'),
    unitId: f.number('unit'),
    status: f.text('tahap'),
    q: f.text('q'),
    nip: f.text('nip'),
  };
  const list = useInnovations(query);
  const openId = f.number('id');
  const canWrite = list.data?.actions.includes('evaluation.write') ?? false;

  if (list.isPending) return <PageLoading rows={8} />;
  if (list.isError && !list.data)
    return (
      <div className="page">
        <ErrorState level={1} error={list.error} onRetry={() => void list.refetch()} />
      </div>
    );
  const items = list.data?.items ?? [];
  const add = (
    <Tooltip title={canWrite ? null : t('registers.innovation.noWriteReason')}>
      <Button
        type="primary"
        icon={<PlusOutlined aria-hidden />}
        disabled={!canWrite}
        onClick={() => setEditing('new')}
        data-testid="innovation-add"
      >
        {t('registers.innovation.add')}
      </Button>
    </Tooltip>
  );
  return (
    <div className="page" data-testid="innovation-register-page">
      <PageHeader
        title={t('registers.innovation.title')}
        subtitle={t('registers.innovation.subtitle')}
        extra={add}
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
              {canBrowse && (
                <>
                  <Col xs={24} md={12} lg={6}>
                    <Form.Item
                      label={t('registers.filters.period')}
                      htmlFor="innovation-period"
                      extra={t('registers.filters.periodHint')}
                    >
                      <Select<number>
                        id="innovation-period"
                        allowClear
                        placeholder={t('registers.filters.allPeriods')}
                        value={query.periodId}
                        onChange={(id) => f.set({ periode: id ?? null })}
                        loading={periods.isPending}
                        options={(periods.data?.items ?? []).map((p) => ({
                          value: p.id,
                          label: `${p.code} · ${t(`evaluation.kind.${p.kind}`)} · ${t(`evaluation.status.${p.status}`)}`,
                        }))}
                        data-testid="innovation-filter-period"
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={12} lg={6}>
                    <Form.Item label={t('registers.filters.unit')} htmlFor="innovation-filter-unit">
                      <UnitTreeSelect
                        id="innovation-filter-unit"
                        value={query.unitId}
                        onChange={(id) => f.set({ unit: id ?? null })}
                        placeholder={t('registers.filters.allUnits')}
                        purpose="evaluation.read"
                      />
                    </Form.Item>
                  </Col>
                </>
              )}
              <Col xs={24} md={12} lg={5}>
                <Form.Item label={t('registers.filters.stage')} htmlFor="innovation-filter-stage">
                  <Select<string>
                    id="innovation-filter-stage"
                    allowClear
                    placeholder={t('registers.filters.allStages')}
                    value={query.status}
                    onChange={(s) => f.set({ tahap: s ?? null })}
                    options={INNOVATION_STATUSES.map((s) => ({ value: s, label: t(`registers.stage.${s}`) }))}
                  />
                </Form.Item>
              </Col>
              <Col xs={24} md={12} lg={7}>
                <Form.Item label={t('registers.filters.search')} htmlFor="innovation-q">
                  <Input
                    id="innovation-q"
                    value={text}
                    onChange={(e) => setText(e.target.value)}
                    placeholder={t('registers.filters.searchInnovations')}
                    prefix={<SearchOutlined aria-hidden />}
                    allowClear
                    autoComplete="off"
                    data-testid="innovation-search"
                  />
                </Form.Item>
              </Col>
            </Row>
          </Form>
          {query.nip && (
            <Alert
              type="info"
              showIcon
              message={t('registers.filters.person', { nip: formatNip(query.nip) })}
              action={
                <Button size="small" onClick={() => f.set({ nip: null })}>
                  {t('registers.filters.clearPerson')}
                </Button>
              }
            />
          )}
        </Card>
        <Card>
          {list.isError && <ErrorState error={list.error} onRetry={() => void list.refetch()} />}
          {items.length === 0 ? (
            <EmptyState title={t('registers.innovation.empty')} hint={t('registers.innovation.emptyHint')} />
          ) : (
            <Table<InnovationItem>
              rowKey="id"
              dataSource={items}
              loading={list.isFetching}
              pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
              scroll={{ x: 960 }}
              data-testid="innovation-table"
              columns={[
                {
                  key: 'title',
                  title: t('registers.innovation.col.title'),
                  width: 280,
                  render: (_, i) => (
                    <Button
                      type="link"
                      className="register-title-cell"
                      style={{ padding: 0, height: 'auto', textAlign: 'left', whiteSpace: 'normal' }}
                      onClick={() => f.set({ id: i.id })}
                      data-testid={`innovation-open-${i.id}`}
                    >
                      {i.title}
                    </Button>
                  ),
                },
                { key: 'unit', title: t('registers.innovation.col.unit'), dataIndex: 'unitName' },
                {
                  key: 'stage',
                  title: t('registers.innovation.col.stage'),
                  render: (_, i) => <Tag color="blue">{t(`registers.stage.${i.status}`)}</Tag>,
                },
                {
                  key: 'since',
                  title: t('registers.innovation.col.since'),
                  render: (_, i) => formatDate(sinceOf(i), lng, 'short'),
                },
                {
                  key: 'team',
                  title: t('registers.innovation.col.team'),
                  render: (_, i) => {
                    const lead = i.members.find((m) => m.role === 'LEAD') ?? i.members[0];
                    const others = i.members.length - 1;
                    return lead
                      ? others > 0
                        ? t('registers.innovation.teamSummary', { lead: lead.name, count: others })
                        : t('registers.innovation.teamLeadOnly', { lead: lead.name })
                      : '–';
                  },
                },
                {
                  key: 'evidence',
                  title: t('registers.innovation.col.evidence'),
                  render: (_, i) => (
                    <Typography.Text className="register-title-cell">
                      <EvidenceView compact evidence={i.evidence} downloadUrl={innovationEvidenceUrl(i.id)} />
                    </Typography.Text>
                  ),
                },
              ]}
            />
          )}
        </Card>
      </div>
      {openId !== undefined && !editing && (
        <InnovationDrawer id={openId} onClose={() => f.set({ id: null })} onEdit={(i) => setEditing(i)} />
      )}
      {editing && (
        <InnovationForm
          innovation={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(null);
            f.set({ id: saved.id });
          }}
        />
      )}
    </div>
  );
}
