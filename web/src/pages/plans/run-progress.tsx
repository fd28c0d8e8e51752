import { Button, Card, Progress, Result, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isActive, type PlanRunDto, useCancelPlanRun, usePlanRunEvents } from '../../api/use-plans';
import { ErrorState } from '../../components/error-state';
import { formatNumber } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';
import { PlanStateTag } from './plan-state-tag';

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
  const percent = progress.total > 0 ? Math.min(100, Math.round((progress.done / progress.total) * 100)) : 0;
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
        <Typography.Text data-testid="run-phase">
          {t('planning.run.phase')}: {progress.phase ?? t('planning.run.phaseWaiting')}
          {progress.total > 0 &&
            ` (${formatNumber(progress.done, lng)} / ${formatNumber(progress.total, lng)})`}
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
