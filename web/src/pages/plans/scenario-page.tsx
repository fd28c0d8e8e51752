import { Alert, Button, Card, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import {
  isActive,
  type PlanRunDto,
  usePlanRuns,
  useScenario,
  useScenarioVersions,
  useStartPlanRun,
} from '../../api/use-plans';
import { ErrorState } from '../../components/error-state';
import { PageHeader } from '../../components/page-header';
import { PageLoading } from '../../components/page-loading';
import { formatDate } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';
import { PlanRunTable } from './plan-run-table';
import { RunProgress } from './run-progress';
import { ScenarioSummary } from './scenario-summary';

/**
 * One scenario: any of its versions, the "Jalankan" action with the run followed live, and its
 * runs. Buttons appear only for the actions the server grants.
 */
export default function ScenarioPage() {
  const { t } = useTranslation();
  const lng = useLanguage();
  const navigate = useNavigate();
  const savedVersion = (useLocation().state as { savedVersion?: number } | null)?.savedVersion;
  const id = Number(useParams().id);
  const [search, setSearch] = useSearchParams();
  const version = search.get('versi') ? Number(search.get('versi')) : undefined;
  const scenario = useScenario(id, version);
  const versions = useScenarioVersions(id);
  const runs = usePlanRuns(id);
  const start = useStartPlanRun();
  const [started, setStarted] = useState<PlanRunDto | null>(null);

  if (scenario.isPending) return <PageLoading rows={8} />;
  if (scenario.isError)
    return (
      <div className="page">
        <PageHeader
          title={t('planning.list.title')}
          back={{ to: '/rencana-mutasi', label: t('planning.list.title') }}
        />
        <ErrorState error={scenario.error} onRetry={() => void scenario.refetch()} />
      </div>
    );
  const s = scenario.data;
  const can = (a: string) => s.actions.includes(a as never);
  const items = runs.data?.items ?? [];
  // The run to follow: the one just started here, else the newest if it is still working.
  const newest = items[0];
  const current =
    (started && (items.find((r) => r.id === started.id) ?? started)) ??
    (newest && isActive(newest.state) ? newest : undefined);
  const finished = items.filter((r) => r.state === 'SUCCEEDED');
  // The run just started counts before the list has caught up with it.
  const busy = items.some((r) => isActive(r.state)) || (current !== undefined && isActive(current.state));
  return (
    <div className="page" data-testid="scenario-page" aria-busy={scenario.isFetching}>
      <PageHeader
        title={s.name}
        subtitle={s.description ?? undefined}
        back={{ to: '/rencana-mutasi', label: t('planning.list.title') }}
        tags={
          <>
            <Tag>{t(`planning.mode.${s.scope.mode}`)}</Tag>
            <Tag color="blue" data-testid="scenario-version">
              {t('planning.scenario.version', { version: s.version })}
            </Tag>
          </>
        }
        extra={
          <Space wrap>
            {can('scenario.edit') && (
              <Button onClick={() => navigate(`/rencana-mutasi/skenario/${s.id}/ubah`)}>
                {t('planning.list.edit')}
              </Button>
            )}
            {can('plan.run') && (
              <Button
                type="primary"
                loading={start.isPending}
                disabled={busy}
                onClick={() =>
                  start.mutate(
                    { scenarioId: s.id, version: s.version },
                    {
                      onSuccess: (run) => {
                        setStarted(run);
                        // The plan page's code loads while the plan is computed, not after.
                        void import('./plan-page');
                      },
                    },
                  )
                }
              >
                {t('planning.scenario.run')}
              </Button>
            )}
          </Space>
        }
      />
      <div className="stack">
        {savedVersion !== undefined && (
          <Alert type="success" showIcon message={t('planning.editor.saved', { version: savedVersion })} />
        )}
        {start.isError && <ErrorState error={start.error} />}
        {current && <RunProgress key={current.id} run={current} canCancel={can('plan.cancel')} />}
        <Card
          title={<h2 className="card-heading">{t('planning.scenario.objectives')}</h2>}
          extra={
            <Space>
              <label htmlFor="scenario-version-select">{t('planning.scenario.versionSelect')}</label>
              <Select<number>
                id="scenario-version-select"
                style={{ minWidth: 220 }}
                value={s.version}
                loading={versions.isPending}
                onChange={(v) =>
                  setSearch(v === s.currentVersion ? {} : { versi: String(v) }, { replace: true })
                }
                options={(versions.data?.items ?? [s]).map((v) => ({
                  value: v.version,
                  label: `${t('planning.scenario.version', { version: v.version })} · ${formatDate(v.savedAt, lng, 'short')}`,
                }))}
              />
            </Space>
          }
        >
          {s.version !== s.currentVersion && (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 16 }}
              message={t('planning.scenario.olderVersion', { version: s.version, current: s.currentVersion })}
            />
          )}
          <ScenarioSummary scenario={s} />
        </Card>
        <Card
          title={<h2 className="card-heading">{t('planning.scenario.runs')}</h2>}
          extra={
            finished.length >= 2 && (
              <Link
                to={`/rencana-mutasi/bandingkan?a=${finished[1]?.id}&b=${finished[0]?.id}`}
                data-testid="compare-latest"
              >
                {t('planning.plan.compareWith')}
              </Link>
            )
          }
        >
          {items.length === 0 ? (
            <Typography.Paragraph type="secondary">{t('planning.scenario.noRuns')}</Typography.Paragraph>
          ) : (
            <PlanRunTable runs={items} label={t('planning.scenario.runs')} />
          )}
        </Card>
      </div>
    </div>
  );
}
