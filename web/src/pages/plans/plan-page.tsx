import { Card, Result, Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isActive, type PlanResponse, usePlan } from '../../api/use-plans';
import { ErrorState } from '../../components/error-state';
import { PageHeader } from '../../components/page-header';
import { PageLoading } from '../../components/page-loading';
import { formatDate, formatNip } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';
import { OptimalityBadge, OptimalitySummary } from './optimality';
import { PlanMoves } from './plan-moves';
import { PlanNominations } from './plan-nominations';
import { PlanStateTag } from './plan-state-tag';
import { PlanTechnicalDetails } from './plan-technical';
import { PlanTotalTiles, UnitFitTable } from './plan-totals';
import { PlanUnfilledSeats } from './plan-unfilled';
import { ProposeFromPlan } from './propose-from-plan-drawer';
import { RunProgress } from './run-progress';
import './plans.css';

type Infeasible = NonNullable<PlanResponse['infeasible']>;

/** Why the plan could not place everyone: each row and its reason. */
function InfeasibleResult({ infeasible }: { infeasible: Infeasible }) {
  const { t } = useTranslation();
  const lng = useLanguage();
  return (
    <Card data-testid="plan-infeasible">
      <Result
        status="warning"
        title={<h2 className="card-heading">{t('planning.plan.infeasibleTitle')}</h2>}
        subTitle={infeasible.message[lng]}
      />
      <Table<Infeasible['rows'][number]>
        size="small"
        rowKey="employeeId"
        aria-label={t('planning.plan.infeasibleTitle')}
        dataSource={[...infeasible.rows]}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          {
            key: 'nip',
            title: t('planning.plan.infeasibleCol.nip'),
            render: (_, r) => <Link to={`/pegawai/${r.nip}`}>{formatNip(r.nip)}</Link>,
          },
          {
            key: 'reason',
            title: t('planning.plan.infeasibleCol.reason'),
            render: (_, r) =>
              t(`planning.infeasibleReason.${r.reason}` as 'planning.infeasibleReason.MOVE_LIMIT', {
                defaultValue: r.reason,
              }),
          },
          {
            key: 'allowed',
            title: t('planning.plan.infeasibleCol.allowed'),
            render: (_, r) =>
              r.allowedPositions.length === 0
                ? '-'
                : r.allowedPositions.slice(0, 12).map((p) => (
                    <Link key={p.positionId} to={`/jabatan/${p.positionId}`} style={{ marginRight: 8 }}>
                      {p.positionName} ({p.unitName})
                    </Link>
                  )),
          },
        ]}
      />
    </Card>
  );
}

/**
 * A plan run's outcome, in the order a reader needs it: totals, the "proven optimal" badge only
 * when the server says the plan is proven optimal for its scenario with its move limit (otherwise
 * the largest gap to the optimum) with its sentence, the moves with their chains, the candidates
 * for vacant JPT posts, fit per unit, the seats left empty; the solver's figures last, closed
 * under "Rincian teknis".
 */
export default function PlanPage() {
  const { t } = useTranslation();
  const lng = useLanguage();
  const id = Number(useParams().id);
  const q = usePlan(id);
  if (q.isPending) return <PageLoading rows={10} />;
  if (q.isError)
    return (
      <div className="page">
        <PageHeader
          title={t('planning.list.title')}
          back={{ to: '/rencana-mutasi', label: t('planning.list.title') }}
        />
        <ErrorState error={q.error} onRetry={() => void q.refetch()} />
      </div>
    );
  const { run, plan, infeasible, actions } = q.data;
  const badge = plan ? <OptimalityBadge optimality={plan.optimality} /> : null;
  return (
    <div className="page" data-testid="plan-page" aria-busy={q.isFetching}>
      <PageHeader
        title={t('planning.plan.title', { scenario: run.scenarioName, version: run.planVersion })}
        subtitle={t('planning.plan.subtitle', {
          scenarioVersion: run.scenarioVersion,
          asOf: formatDate(run.asOf, lng) ?? run.asOf,
        })}
        back={{ to: `/rencana-mutasi/skenario/${run.scenarioId}`, label: run.scenarioName }}
        tags={
          <>
            <PlanStateTag state={run.state} />
            {badge}
          </>
        }
        extra={
          plan && (
            <Space>
              <Link to={`/rencana-mutasi/bandingkan?a=${run.id}`}>{t('planning.plan.compareWith')}</Link>
              {actions.includes('proposal.write') && <ProposeFromPlan runId={run.id} />}
            </Space>
          )
        }
      />
      <div className="stack">
        {isActive(run.state) && <RunProgress run={run} canCancel={actions.includes('plan.cancel')} />}
        {run.state === 'FAILED' && run.error && (
          <Result status="error" title={t('planning.plan.failed')} subTitle={run.error.message[lng]} />
        )}
        {run.state === 'CANCELLED' && <Result status="info" title={t('planning.state.CANCELLED')} />}
        {infeasible && <InfeasibleResult infeasible={infeasible} />}
        {plan && (
          <>
            {/* What a reader needs first: the totals, what is proven, the moves and their chains. */}
            <PlanTotalTiles totals={plan.totals} />
            <OptimalitySummary optimality={plan.optimality} />
            <PlanMoves runId={run.id} plan={plan} />
            {plan.nominations.length > 0 && <PlanNominations nominations={plan.nominations} />}
            <UnitFitTable totals={plan.totals} />
            <PlanUnfilledSeats seats={plan.unfilledSeats} />
            <PlanTechnicalDetails plan={plan} />
          </>
        )}
        {!plan &&
          !infeasible &&
          !isActive(run.state) &&
          run.state !== 'FAILED' &&
          run.state !== 'CANCELLED' && (
            <Result
              status="info"
              title={t('planning.plan.notReady', { state: t(`planning.state.${run.state}`) })}
            />
          )}
      </div>
    </div>
  );
}
