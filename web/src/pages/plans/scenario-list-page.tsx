import { Button, Card, Space, Table } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { type PlanRunDto, type ScenarioDto, usePlanRuns, useScenarios } from '../../api/use-plans';
import { useCan } from '../../api/use-session';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { PageHeader } from '../../components/page-header';
import { PageLoading } from '../../components/page-loading';
import { Refusal } from '../../components/refusal';
import { formatDate } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';
import { PlanStateTag } from './plan-state-tag';

/** The scenarios with their current version, the state of their last run and what the user may do. */
export default function ScenarioListPage() {
  const { t } = useTranslation();
  const lng = useLanguage();
  const navigate = useNavigate();
  const allowed = useCan('plan.view');
  const scenarios = useScenarios();
  const runs = usePlanRuns();
  // Runs come newest first: the first one seen per scenario is its last.
  const lastRun = useMemo(() => {
    const out = new Map<number, PlanRunDto>();
    for (const r of runs.data?.items ?? []) if (!out.has(r.scenarioId)) out.set(r.scenarioId, r);
    return out;
  }, [runs.data]);

  if (!allowed) return <Refusal title={t('planning.list.title')} message={t('state.forbiddenBody')} />;
  if (scenarios.isPending) return <PageLoading rows={6} />;
  const title = t('planning.list.title');
  if (scenarios.isError)
    return (
      <div className="page">
        <PageHeader title={title} />
        <ErrorState error={scenarios.error} onRetry={() => void scenarios.refetch()} />
      </div>
    );
  const actions = scenarios.data.actions;
  const canEdit = actions.includes('scenario.edit');
  return (
    <div className="page" data-testid="scenario-list-page" aria-busy={scenarios.isFetching || runs.isPending}>
      <PageHeader
        title={title}
        subtitle={t('planning.list.subtitle')}
        extra={
          <Space wrap>
            <Link to="/rencana-mutasi/bandingkan">{t('planning.list.compare')}</Link>
            {canEdit && (
              <Button type="primary" onClick={() => navigate('/rencana-mutasi/skenario/baru')}>
                {t('planning.list.newScenario')}
              </Button>
            )}
          </Space>
        }
      />
      <Card>
        {scenarios.data.items.length === 0 ? (
          <EmptyState title={t('planning.list.empty')} />
        ) : (
          <Table<ScenarioDto>
            rowKey="id"
            data-testid="scenario-table"
            aria-label={title}
            dataSource={scenarios.data.items}
            pagination={false}
            scroll={{ x: 760 }}
            columns={[
              {
                key: 'name',
                title: t('planning.list.col.name'),
                render: (_, s) => (
                  <>
                    <Link to={`/rencana-mutasi/skenario/${s.id}`} className="cell-link">
                      {s.name}
                    </Link>
                    {s.description && <div className="cell-sub">{s.description}</div>}
                  </>
                ),
              },
              {
                key: 'mode',
                title: t('planning.list.col.mode'),
                render: (_, s) => t(`planning.mode.${s.scope.mode}`),
              },
              {
                key: 'version',
                title: t('planning.list.col.version'),
                render: (_, s) => `v${s.currentVersion}`,
              },
              {
                key: 'lastRun',
                title: t('planning.list.col.lastRun'),
                render: (_, s) => {
                  const run = lastRun.get(s.id);
                  if (!run) return <span className="cell-sub">{t('planning.list.neverRun')}</span>;
                  return (
                    <Space size={4} wrap>
                      <PlanStateTag state={run.state} />
                      <Link to={`/rencana-mutasi/rencana/${run.id}`}>
                        {t('planning.run.planVersion', { version: run.planVersion })}
                      </Link>
                      <span className="cell-sub">{formatDate(run.requestedAt.slice(0, 10), lng)}</span>
                    </Space>
                  );
                },
              },
              {
                key: 'actions',
                title: t('planning.list.col.actions'),
                render: (_, s) => (
                  <Space size={12}>
                    <Link to={`/rencana-mutasi/skenario/${s.id}`}>{t('planning.list.open')}</Link>
                    {canEdit && (
                      <Link to={`/rencana-mutasi/skenario/${s.id}/ubah`}>{t('planning.list.edit')}</Link>
                    )}
                  </Space>
                ),
              },
            ]}
          />
        )}
      </Card>
    </div>
  );
}
