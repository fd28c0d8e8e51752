import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Form, Input, Row, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AuditEntry, useAuditPage, useAuditVerify } from '../../api/use-audit';
import { ErrorState } from '../../components/error-state';
import { PageHeader } from '../../components/page-header';
import { formatDate } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';
import { AuditDiff } from './audit-diff';

interface Filter {
  action?: string;
  entityType?: string;
  entityId?: string;
}

/**
 * The tamper-evident audit log: who did what, when, from where, with the before/after of each
 * change; filters by action and entity; and a check of the whole SHA-256 chain on the server.
 */
export default function AuditPage() {
  const { t } = useTranslation();
  const lng = useLanguage();
  const [filter, setFilter] = useState<Filter>({});
  const [page, setPage] = useState(1);
  const pageSize = 25;
  const entries = useAuditPage({ page, pageSize, ...filter });
  const verify = useAuditVerify();
  const clean = (v: Filter): Filter =>
    Object.fromEntries(
      Object.entries(v).filter(([, x]) => typeof x === 'string' && x.trim() !== ''),
    ) as Filter;
  return (
    <div className="page" data-testid="audit-page" aria-busy={entries.isFetching}>
      <PageHeader
        title={t('process.audit.title')}
        subtitle={t('process.audit.subtitle')}
        extra={
          <Button
            icon={<SafetyCertificateOutlined aria-hidden />}
            loading={verify.isPending}
            onClick={() => verify.mutate()}
            data-testid="verify-chain"
          >
            {t('process.audit.verify')}
          </Button>
        }
      />
      <div className="stack">
        {verify.data && (
          <Alert
            type={verify.data.ok ? 'success' : 'error'}
            showIcon
            role="status"
            data-testid="verify-result"
            title={
              verify.data.ok
                ? t('process.audit.intact', { count: verify.data.count ?? 0 })
                : t('process.audit.broken', { id: verify.data.brokenAt, reason: verify.data.reason ?? '' })
            }
          />
        )}
        {verify.isError && <ErrorState error={verify.error} />}
        <Card className="filters-card">
          <Form<Filter>
            layout="vertical"
            onFinish={(v) => {
              setPage(1);
              setFilter(clean(v));
            }}
          >
            <Row gutter={16} align="bottom">
              <Col xs={24} md={8}>
                <Form.Item name="action" label={t('process.audit.action')}>
                  <Input placeholder="proposal.approve" />
                </Form.Item>
              </Col>
              <Col xs={12} md={6}>
                <Form.Item name="entityType" label={t('process.audit.entity')}>
                  <Input placeholder="proposal" />
                </Form.Item>
              </Col>
              <Col xs={12} md={6}>
                <Form.Item name="entityId" label={t('process.audit.entityId')}>
                  <Input />
                </Form.Item>
              </Col>
              <Col xs={24} md={4}>
                <Form.Item>
                  <Button htmlType="submit" type="primary">
                    {t('process.audit.filter')}
                  </Button>
                </Form.Item>
              </Col>
            </Row>
          </Form>
        </Card>
        <Card className="table-card">
          {entries.isError ? (
            <ErrorState error={entries.error} onRetry={() => void entries.refetch()} />
          ) : (
            <Table<AuditEntry>
              data-testid="audit-table"
              aria-label={t('process.audit.title')}
              rowKey="id"
              size="small"
              loading={entries.isPending}
              dataSource={entries.data?.items ?? []}
              locale={{ emptyText: t('process.audit.empty') }}
              scroll={{ x: 900 }}
              expandable={{
                columnTitle: (
                  <span className="visually-hidden">{`${t('process.audit.before')} / ${t('process.audit.after')}`}</span>
                ),
                expandedRowRender: (e) => <AuditDiff before={e.before} after={e.after} />,
              }}
              pagination={{
                current: page,
                pageSize,
                total: entries.data?.total ?? 0,
                showSizeChanger: false,
                onChange: setPage,
              }}
              columns={[
                { key: 'id', title: '#', dataIndex: 'id', width: 80 },
                {
                  key: 'when',
                  title: t('process.audit.when'),
                  render: (_, e) => `${formatDate(e.occurredAt, lng, 'short')} ${e.occurredAt.slice(11, 19)}`,
                },
                {
                  key: 'who',
                  title: t('process.audit.who'),
                  render: (_, e) =>
                    e.actorName ?? (e.actorUserId === null ? t('process.audit.system') : `#${e.actorUserId}`),
                },
                { key: 'what', title: t('process.audit.what'), dataIndex: 'action' },
                {
                  key: 'entity',
                  title: t('process.audit.entity'),
                  render: (_, e) => `${e.entityType} ${e.entityId}`,
                },
                { key: 'where', title: t('process.audit.where'), render: (_, e) => e.actorIp ?? '-' },
              ]}
            />
          )}
        </Card>
      </div>
    </div>
  );
}
