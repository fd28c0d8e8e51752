import { Collapse, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PREDIKAT_LABELS } from '../../../../src/core/appraisal/ratings';
import { type EmployeeEvaluations, useEmployeeEvaluations } from '../../api/use-evaluations';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { PageLoading } from '../../components/page-loading';
import { useLanguage } from '../../lib/use-language';
import { PREDIKAT_COLOR } from '../evaluations/grid-cells';
import { PersonRegistersCard } from '../registers/person-registers-card';
import { EvaluationPeriodDetail } from './evaluation-period-detail';
import './evaluation-tab.css';

type Step = EmployeeEvaluations['trajectory'][number];

/** A person's evaluations: the 9-box path across periods, then each period in detail, latest first. */
export function EvaluationTab({ nip }: { nip: string }) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const history = useEmployeeEvaluations(nip);
  if (history.isPending) return <PageLoading rows={4} />;
  if (history.isError) return <ErrorState error={history.error} onRetry={() => void history.refetch()} />;
  const { evaluations, trajectory } = history.data;
  if (evaluations.length === 0)
    return (
      <div className="stack">
        <EmptyState title={t('evaluation.profile.noEvaluations')} />
        <PersonRegistersCard nip={nip} />
      </div>
    );
  const latestFirst = [...evaluations].sort((a, b) => b.period.endDate.localeCompare(a.period.endDate));
  return (
    <div className="stack" data-testid="evaluation-tab">
      <section aria-labelledby="trajectory-title">
        <Typography.Title level={3} className="section-title" id="trajectory-title">
          {t('evaluation.profile.trajectory')}
        </Typography.Title>
        <ol className="trajectory" data-testid="trajectory">
          {trajectory.map((s: Step) => (
            <li key={s.periodId} className="trajectory-step">
              <span className="trajectory-period">{s.code}</span>
              <span className={`trajectory-box${s.box ? ` trajectory-box-${s.box}` : ''}`}>
                {s.box ? t('evaluation.profile.box', { box: s.box }) : t('evaluation.profile.noBox')}
              </span>
              <Tag color={PREDIKAT_COLOR[s.predikat]}>{PREDIKAT_LABELS[s.predikat][lng]}</Tag>
            </li>
          ))}
        </ol>
      </section>
      <Collapse
        defaultActiveKey={latestFirst[0] ? [String(latestFirst[0].period.id)] : []}
        items={latestFirst.map((e) => ({
          key: String(e.period.id),
          label: (
            <span className="evaluation-period-label">
              <strong>{e.period.code}</strong> · {t(`evaluation.status.${e.period.status}`)}
              {e.current && (
                <>
                  {' '}
                  <Tag color={PREDIKAT_COLOR[e.current.result.statutory.predikat]}>
                    {e.current.result.statutory.predikatLabel[lng]}
                  </Tag>
                  {e.current.result.box && (
                    <Tag color="purple">{t('evaluation.profile.box', { box: e.current.result.box })}</Tag>
                  )}
                  {e.current.live && <Tag>{t('evaluation.profile.live')}</Tag>}
                </>
              )}
            </span>
          ),
          children: <EvaluationPeriodDetail evaluation={e} />,
        }))}
      />
      <PersonRegistersCard nip={nip} />
    </div>
  );
}
