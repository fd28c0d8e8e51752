import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Space, Switch, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { type ProposalList, useProposalList } from '../../api/use-proposals';
import { ErrorState } from '../../components/error-state';
import { PageHeader } from '../../components/page-header';
import { formatDate } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';
import { CreateProposalDrawer } from './create-proposal-drawer';
import { ProcessSettingsCard } from './process-settings-card';
import { StateTag } from './state-tag';

type Row = ProposalList['items'][number];

/** Each role's inbox of proposals (those it may act on now), or every proposal of the instansi. */
export default function ProposalInboxPage() {
  const { t } = useTranslation();
  const lng = useLanguage();
  // The filter lives in the address, so the dashboard's pending work links to exactly its list.
  const [search, setSearch] = useSearchParams();
  const inbox = search.get('menunggu') === 'ya';
  const states = search.get('status') || undefined;
  const setFilter = (next: { inbox: boolean; states?: string | undefined }) =>
    setSearch(
      (prev) => {
        const params = new URLSearchParams(prev);
        if (next.inbox) params.set('menunggu', 'ya');
        else params.delete('menunggu');
        if (next.states) params.set('status', next.states);
        else params.delete('status');
        return params;
      },
      { replace: true },
    );
  const [creating, setCreating] = useState(false);
  const list = useProposalList({ inbox, state: states });
  const canCreate = list.data?.actions.includes('proposal.write') ?? false;
  return (
    <div className="page" data-testid="proposal-inbox-page" aria-busy={list.isFetching}>
      <PageHeader
        title={t('process.inbox.title')}
        subtitle={t('process.inbox.subtitle')}
        extra={
          <Space>
            <Switch
              id="proposal-inbox-only"
              checked={inbox}
              onChange={(on) => setFilter({ inbox: on, states })}
              size="small"
            />
            <label htmlFor="proposal-inbox-only">{t('process.inbox.onlyMine')}</label>
            {states && (
              <>
                <Typography.Text type="secondary" data-testid="proposal-state-filter">
                  {t('process.inbox.filteredBy', {
                    states: states
                      .split(',')
                      .map((s) => t(`process.state.${s}`, { defaultValue: s }))
                      .join(', '),
                  })}
                </Typography.Text>
                <Button type="link" size="small" onClick={() => setFilter({ inbox })}>
                  {t('process.inbox.clearFilter')}
                </Button>
              </>
            )}
            {canCreate && (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
                {t('process.inbox.create')}
              </Button>
            )}
          </Space>
        }
      />
      <div className="stack">
        <Card className="table-card">
          {list.isError ? (
            <ErrorState error={list.error} onRetry={() => void list.refetch()} />
          ) : (
            <Table<Row>
              data-testid="proposal-table"
              aria-label={t('process.inbox.table')}
              rowKey="id"
              loading={list.isPending}
              dataSource={list.data?.items ?? []}
              locale={{ emptyText: t('process.inbox.empty') }}
              pagination={false}
              scroll={{ x: 800 }}
              columns={[
                {
                  key: 'number',
                  title: t('process.col.number'),
                  render: (_, r) => <Link to={`/usulan/${r.id}`}>{r.number}</Link>,
                },
                { key: 'title', title: t('process.col.title'), dataIndex: 'title' },
                { key: 'round', title: t('process.col.round'), dataIndex: 'round' },
                {
                  key: 'state',
                  title: t('process.col.state'),
                  render: (_, r) => <StateTag state={r.state} />,
                },
                {
                  key: 'tmt',
                  title: t('process.col.tmt'),
                  render: (_, r) => formatDate(r.tmt, lng, 'short'),
                },
                { key: 'moves', title: t('process.col.moves'), dataIndex: 'itemCount', align: 'right' },
              ]}
            />
          )}
        </Card>
        <ProcessSettingsCard />
      </div>
      {creating && <CreateProposalDrawer open={creating} onClose={() => setCreating(false)} />}
    </div>
  );
}
