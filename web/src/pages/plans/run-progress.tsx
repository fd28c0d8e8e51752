import { Button, Card, Progress, Result, Space, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PLAN_RUN_PHASES, type PlanRunPhase } from '../../../../src/core/solver/plan/plan-types';
import { isActive, type PlanRunDto, useCancelPlanRun, usePlanRunEvents } from '../../api/use-plans';
import { ErrorState } from '../../components/error-state';
import { formatNumber } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';
import { PlanStateTag } from './plan-state-tag';

type RunProgressDto = PlanRunDto['progress'];

/**
 * Where each phase starts and ends on the bar (percent of the whole run), so the bar moves forward
 * through the phases instead of starting over in each; roughly their share of a whole-city run.
 */
const SPAN: Record<PlanRunPhase, readonly [number, number]> = {
  LOADING: [0, 10],
  SCOPING: [10, 12],
  SCORING: [12, 55],
  SOLVING: [55, 80],
  PROVING: [80, 90],
  EXPLAINING: [90, 98],
  STORING: [98, 100],
};

const isPhase = (phase: string | null): phase is PlanRunPhase =>
  PLAN_RUN_PHASES.includes(phase as PlanRunPhase);

/** The run's progress over all its phases, 0-100. */
function overallPercent(progress: RunProgressDto): number {
  const phase = progress.phase ?? 'LOADING';
  if (!isPhase(phase)) return 0;
  const [from, to] = SPAN[phase];
  const share = progress.total > 0 ? Math.min(1, progress.done / progress.total) : 0;
  return Math.round(from + (to - from) * share);
}

/** The phase in words ("Menilai kecocokan (1.024 dari 2.470)"); never a code. */
function phaseText(
  state: PlanRunDto['state'],
  progress: RunProgressDto,
  t: TFunction,
  lng: 'id' | 'en',
): string {
  if (state === 'QUEUED') return t('planning.run.phaseWaiting');
  // A run that has started but not reported yet is reading its data.
  const phase = progress.phase ?? 'LOADING';
  if (!isPhase(phase)) return t('planning.phase.other');
  const name = t(`planning.phase.${phase}`);
  // Counts mean something while scoring people and explaining moves; solves have no known total.
  if ((phase === 'SCORING' || phase === 'EXPLAINING') && progress.total > 0) {
    const count = t('planning.run.phaseCount', {
      done: formatNumber(progress.done, lng),
      total: formatNumber(progress.total, lng),
    });
    return `${name} (${count})`;
  }
  return name;
}

/**
 * A run followed live: phase, done/total and a bar from the Server-Sent Events, a cancel button
 * when the server grants it, and the end state with the way to the plan.
 */
export function RunProgress({ run, canCancel }: { run: PlanRunDto; canCancel: boolean }) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const live = usePlanRunEvents(isActive(run.state) ? run.id : null);
  const cancel = useCancelPlanRun();
  const state = live?.state ?? run.state;
  const progress = live?.progress ?? run.progress;
  const percent = state === 'QUEUED' ? 0 : overallPercent(progress);
  const title = t('planning.run.title', { id: run.id });

  if (!isActive(state)) {
    const ok = state === 'SUCCEEDED';
    return (
      <Card data-testid="run-progress" data-state={state}>
        <Result
          status={ok ? 'success' : state === 'CANCELLED' ? 'info' : 'warning'}
          title={
            <h2 className="card-heading">
              {t('planning.run.ended', { state: t(`planning.state.${state}`) })}
            </h2>
          }
          subTitle={title}
          extra={
            state === 'SUCCEEDED' || state === 'INFEASIBLE' ? (
              <Link to={`/rencana-mutasi/rencana/${run.id}`} data-testid="open-plan">
                {t('planning.run.openPlan')}
              </Link>
            ) : undefined
          }
        />
      </Card>
    );
  }
  return (
    <Card
      data-testid="run-progress"
      data-state={state}
      aria-live="polite"
      title={<h2 className="card-heading">{title}</h2>}
      extra={<PlanStateTag state={state} />}
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Text data-testid="run-phase" data-phase={progress.phase ?? undefined}>
          {t('planning.run.phase')}: {phaseText(state, progress, t, lng)}
        </Typography.Text>
        <Progress percent={percent} status="active" aria-label={t('planning.run.progressLabel')} />
        {canCancel &&
          (run.cancelRequested || cancel.isSuccess ? (
            <Typography.Text type="secondary">{t('planning.run.cancelRequested')}</Typography.Text>
          ) : (
            <Button danger loading={cancel.isPending} onClick={() => cancel.mutate(run.id)}>
              {t('planning.run.cancel')}
            </Button>
          ))}
        {cancel.isError && <ErrorState error={cancel.error} />}
      </Space>
    </Card>
  );
}
