import { Descriptions, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Transparency } from '../../api/use-transparency';
import { formatDate, formatNumber } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';
import { OptimalityBadge, optimalityText } from '../plans/optimality';
import { fitLines, objectiveLines, scopeText } from './plan-summary-text';

type PlanEntry = Transparency['rounds'][number]['plans'][number];

/**
 * A plan's public summary in words: the scenario and its scope, the fit criteria with their weights,
 * the scenario's objectives, and what the certificates prove ("proven optimal" only when the server
 * says so for the plan with its move limit, otherwise the largest gap to that optimum). A summary
 * stored before the server said so shows only whether the final solve's certificate held. The
 * server already dropped everything that could name a person.
 */
export function PlanSummary({ plan, instansi }: { plan: PlanEntry; instansi: string }) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const s = plan.summary;
  const optimality = plan.optimality ?? s?.optimality ?? null;
  const list = (lines: string[], testId: string) => (
    <ul className="transparency-list" data-testid={testId}>
      {lines.map((l) => (
        <li key={l}>{l}</li>
      ))}
    </ul>
  );
  return (
    <Descriptions
      size="small"
      bordered
      column={1}
      title={t('process.transparency.planTitle', { id: plan.planId })}
      data-testid="plan-summary"
    >
      {s === null && (
        <Descriptions.Item label={t('process.transparency.scenario')}>
          {t('process.transparency.noSummary')}
        </Descriptions.Item>
      )}
      {s?.scenario && (
        <Descriptions.Item label={t('process.transparency.scenario')}>
          {s.scenario}
          {s.asOf && (
            <span className="cell-sub">
              {' · '}
              {t('process.transparency.asOf')} {formatDate(s.asOf, lng)}
            </span>
          )}
        </Descriptions.Item>
      )}
      {s?.scope && (
        <Descriptions.Item label={t('process.transparency.scope')}>
          <span data-testid="plan-scope">{scopeText(s.scope, instansi, t)}</span>
        </Descriptions.Item>
      )}
      {s && (
        <Descriptions.Item label={t('process.transparency.fitModel')}>
          {s.fitWeights && s.fitWeights.length > 0 ? (
            <>
              {list(fitLines(s.fitWeights, lng, t), 'plan-fit-weights')}
              {s.policyVersion && s.ruleTableVersion && (
                <Typography.Text type="secondary">
                  {t('process.transparency.fitModelNote', {
                    policy: s.policyVersion,
                    rules: s.ruleTableVersion,
                  })}
                </Typography.Text>
              )}
            </>
          ) : (
            t('process.transparency.fitUnknown')
          )}
        </Descriptions.Item>
      )}
      {s?.objectives && (
        <Descriptions.Item label={t('process.transparency.objectives')}>
          {list(objectiveLines(s.objectives, lng, t), 'plan-objectives')}
          {s.moveCount !== null && (
            <Typography.Text type="secondary">
              {t('process.transparency.moveCount', { value: formatNumber(s.moveCount, lng) })}
            </Typography.Text>
          )}
        </Descriptions.Item>
      )}
      <Descriptions.Item label={t('process.transparency.certificate')}>
        {optimality ? (
          <>
            <OptimalityBadge optimality={optimality} />
            <div className="cell-sub" data-testid="plan-optimality-text">
              {optimalityText(optimality, lng, t)}
            </div>
          </>
        ) : s?.certificateHeld !== null && s?.certificateHeld !== undefined ? (
          <Tag color={s.certificateHeld ? 'blue' : 'orange'} data-testid="certificate-only">
            {s.certificateHeld ? t('process.transparency.certificateHeld') : t('planning.plan.notProven')}
          </Tag>
        ) : (
          '-'
        )}
      </Descriptions.Item>
    </Descriptions>
  );
}
