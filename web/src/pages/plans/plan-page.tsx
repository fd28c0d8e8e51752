import { useMutation } from '@tanstack/react-query';
import { App, Button, Card, Result, Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../api/api-error';
import { http } from '../../api/http';
import { isActive, type PlanResponse, usePlan } from '../../api/use-plans';
import type { ProposalDetail } from '../../api/use-proposals';
import { ErrorState } from '../../components/error-state';
import { PageHeader } from '../../components/page-header';
import { PageLoading } from '../../components/page-loading';
import { formatDate, formatNip, formatNumber } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';
import { CertificatePanel } from './certificate-panel';
import { OptimalityBadge } from './optimality';
import { PlanMoves } from './plan-moves';
import { PlanNominations } from './plan-nominations';
import { PlanStateTag } from './plan-state-tag';
import { PlanTotalTiles, UnitFitTable } from './plan-totals';
import { RunProgress } from './run-progress';
import './plans.css';

type Infeasible = NonNullable<PlanResponse['infeasible']>;

/** The round a plan's moves belong to: its year and half (I: January-June, II: July-December). */
const roundOf = (asOf: string) => `${asOf.slice(0, 4)}-${Number(asOf.slice(5, 7)) <= 6 ? 'I' : 'II'}`;

/** "Create a proposal from the plan": a draft of all its moves, made server-side, then opened. */
function ProposeButton({ runId, asOf }: { runId: number; asOf: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const lng = useLanguage();
  const { message } = App.useApp();
  const create = useMutation({
    mutationFn: () =>
      http.post<ProposalDetail>(`/api/plans/${runId}/proposal`, { round: roundOf(asOf), tmt: asOf }),
    onSuccess: (p) => void navigate(`/usulan/${p.id}`),
    onError: (e) =>
      void message.error(
        `${t('planning.plan.proposeFailed')}: ${isApiError(e) ? e.messageIn(lng) : t('state.unexpected')}`,
      ),
  });
  return (
    <Button
      type="primary"
      loading={create.isPending}
      onClick={() => create.mutate()}
      data-testid="propose-from-plan"
    >
      {t('planning.plan.propose')}
    </Button>
  );
}

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
              r.allowedPositionIds.length === 0
                ? '-'
                : r.allowedPositionIds.slice(0, 12).map((id) => (
                    <Link key={id} to={`/jabatan/${id}`} style={{ marginRight: 8 }}>
                      #{id}
                    </Link>
                  )),
          },
        ]}
      />
    </Card>
  );
}

/**
 * A plan run's outcome: totals, the "proven optimal" badge only when the server says the plan is
 * proven optimal for its scenario with its move limit (otherwise the largest gap to the optimum),
 * the certificate's figures, the candidates for vacant JPT posts, fit per unit, the moves with
 * their chains.
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
  // Positions still short of seats after the plan (the API lists every position in scope).
  const unfilled = plan?.unfilledSeats.filter((s) => s.unfilled > 0) ?? [];
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
              {actions.includes('proposal.write') && <ProposeButton runId={run.id} asOf={run.asOf} />}
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
            <PlanTotalTiles totals={plan.totals} />
            <CertificatePanel plan={plan} />
            {plan.nominations.length > 0 && <PlanNominations nominations={plan.nominations} />}
            <UnitFitTable totals={plan.totals} />
            <PlanMoves plan={plan} />
            {unfilled.length > 0 && (
              <Card title={<h2 className="card-heading">{t('planning.plan.unfilled')}</h2>}>
                <Table
                  size="small"
                  rowKey="positionId"
                  aria-label={t('planning.plan.unfilled')}
                  dataSource={unfilled}
                  pagination={{ pageSize: 10, hideOnSinglePage: true }}
                  columns={[
                    {
                      key: 'position',
                      title: t('planning.plan.col.to'),
                      render: (_, s) => <Link to={`/jabatan/${s.positionId}`}>{s.positionName}</Link>,
                    },
                    { key: 'unit', title: t('planning.plan.col.unit'), render: (_, s) => s.unitName },
                    {
                      key: 'seats',
                      title: t('planning.plan.unfilled'),
                      align: 'right',
                      render: (_, s) =>
                        t('planning.plan.unfilledCount', {
                          unfilled: formatNumber(s.unfilled, lng),
                          seats: formatNumber(s.seats, lng),
                        }),
                    },
                  ]}
                />
              </Card>
            )}
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
