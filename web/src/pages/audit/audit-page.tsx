import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Form, Input, Row, Select, Table, Tooltip } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AuditEntry, useAuditPage, useAuditVerify } from '../../api/use-audit';
import { useSignedInUser } from '../../api/use-session';
import { ErrorState } from '../../components/error-state';
import { PageHeader } from '../../components/page-header';
import { formatDateTime } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';
import { AuditDiff } from './audit-diff';
import { AUDIT_ACTIONS, AUDIT_ENTITIES, auditActionName, auditEntityName } from './audit-labels';

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
  const { timeZone } = useSignedInUser();
  const [filter, setFilter] = useState<Filter>({});
  const [page, setPage] = useState(1);
  const pageSize = 25;
  const entries = useAuditPage({ page, pageSize, ...filter });
  const verify = useAuditVerify();
  const actionOptions = useMemo(
    () =>
      AUDIT_ACTIONS.map((a) => ({ value: a, label: auditActionName(a, lng) ?? a })).sort((x, y) =>
        x.label.localeCompare(y.label, lng),
      ),
    [lng],
  );
  const entityOptions = useMemo(
    () =>
      AUDIT_ENTITIES.map((e) => ({ value: e, label: auditEntityName(e, lng) ?? e })).sort((x, y) =>
        x.label.localeCompare(y.label, lng),
      ),
    [lng],
  );
  /** "Rina Sitompul (Operator BKPSDM)"; the system, or an account that no longer exists. */
  const actorText = (e: AuditEntry) => {
    if (e.actorUserId === null) return t('process.audit.system');
    const role = e.actorRole ? t(`enum.role.${e.actorRole}`, { defaultValue: '' }) : '';
    const name = e.actorName ?? t('auditLog.removedUser');
    return role ? `${name} (${role})` : name;
  };
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
                  {/* Chosen by name, never typed as a code. */}
                  <Select
                    allowClear
                    showSearch={{ optionFilterProp: 'label' }}
                    placeholder={t('auditLog.anyAction')}
                    options={actionOptions}
                    data-testid="audit-filter-action"
                  />
                </Form.Item>
              </Col>
              <Col xs={12} md={6}>
                <Form.Item name="entityType" label={t('process.audit.entity')}>
                  <Select
                    allowClear
                    showSearch={{ optionFilterProp: 'label' }}
                    placeholder={t('auditLog.anyEntity')}
                    options={entityOptions}
                    data-testid="audit-filter-entity"
                  />
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
                  render: (_, e) => formatDateTime(e.occurredAt, lng, timeZone),
                },
                {
                  key: 'who',
                  title: t('process.audit.who'),
                  render: (_, e) => <span data-testid="audit-actor">{actorText(e)}</span>,
                },
                {
                  key: 'what',
                  title: t('process.audit.what'),
                  // The code stays available to auditors who search the log by it.
                  render: (_, e) => (
                    <Tooltip title={e.action}>
                      <span data-testid="audit-action">
                        {auditActionName(e.action, lng) ?? t('auditLog.unknownAction')}
                      </span>
                    </Tooltip>
                  ),
                },
                {
                  key: 'entity',
                  title: t('process.audit.entity'),
                  render: (_, e) =>
                    `${auditEntityName(e.entityType, lng) ?? t('auditLog.unknownEntity')} ${e.entityId}`,
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
