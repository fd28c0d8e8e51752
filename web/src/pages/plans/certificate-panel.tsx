import { Card, Descriptions, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { SCORE_SCALE } from '../../../../src/core/matching/score-aggregate';
import type { PlanResponse } from '../../api/use-plans';
import { formatNumber } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';
import { optimalityText } from './optimality';

type Detail = NonNullable<PlanResponse['plan']>;
type Solve = Detail['solves'][number] & { readonly role: 'plan' | 'bound' };

/**
 * The certificate's figures: what they prove about the move limit, and each solve's value and dual
 * bound (in fit points, as the solver's score units divided by SCORE_SCALE: the solver minimises
 * their negation), check result and move cost (the plan's solves, then the solves that bound the
 * limit). Shown under "Rincian teknis": the reader's figures are the totals and the moves.
 */
export function CertificatePanel({ plan }: { plan: Detail }) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const n = (v: number, digits = 0) => formatNumber(v, lng, digits);
  // The solver minimises minus the plan's value in score units; a reader wants the value in points.
  const points = (units: number) => n(-units / SCORE_SCALE, 2);
  return (
    <Card
      title={<h2 className="card-heading">{t('planning.plan.certificate.title')}</h2>}
      data-testid="certificate-panel"
    >
      <Typography.Paragraph type="secondary">{t('planning.plan.certificate.intro')}</Typography.Paragraph>
      <Descriptions size="small" bordered column={{ xs: 1, md: 2 }} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('planning.plan.optimality.label')} span={2}>
          <span data-testid="optimality-text">{optimalityText(plan.optimality, lng, t)}</span>
          {plan.optimality.status === 'BOUNDED' && (
            <div className="cell-sub">{t('planning.plan.optimality.valueNote')}</div>
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('planning.plan.certificate.finalMoveCost')}>
          <span data-testid="final-move-cost">{n(plan.finalMoveCost, 2)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('planning.plan.certificate.problem')}>
          {t('planning.plan.certificate.problemValue', {
            rows: n(plan.problem.rows),
            cols: n(plan.problem.cols),
            pairs: n(plan.problem.pairs),
          })}
        </Descriptions.Item>
        {plan.pricing && (
          <Descriptions.Item label={t('planning.plan.certificate.coverage')} span={2}>
            <span data-testid="certificate-coverage">
              {plan.pricing.checkCoversAllPairs
                ? t('planning.plan.certificate.coverageValue', {
                    checked: n(plan.pricing.eligibleSeatPairs),
                    eligible: n(plan.pricing.eligibleSeatPairs),
                    restricted: n(plan.pricing.restrictedSeatPairs),
                    rounds: n(plan.pricing.pricingRounds),
                  })
                : t('planning.plan.certificate.coveragePartial')}
            </span>
          </Descriptions.Item>
        )}
      </Descriptions>
      <Table<Solve>
        size="small"
        rowKey={(s) => `${s.role}-${s.moveCostUnits}-${s.objective}-${s.moves}`}
        aria-label={t('planning.plan.certificate.solves')}
        data-testid="solve-table"
        dataSource={[
          ...plan.solves.map((s) => ({ ...s, role: 'plan' as const })),
          ...plan.boundSolves.map((s) => ({ ...s, role: 'bound' as const })),
        ]}
        pagination={false}
        scroll={{ x: 720 }}
        columns={[
          {
            key: 'role',
            title: t('planning.plan.certificate.role'),
            render: (_, s) => (
              <>
                {s.role === 'plan'
                  ? t('planning.plan.certificate.rolePlan')
                  : t('planning.plan.certificate.roleBound')}
                {s.rationed && <div className="cell-sub">{t('planning.plan.certificate.rationed')}</div>}
              </>
            ),
          },
          {
            key: 'moveCost',
            title: t('planning.plan.certificate.moveCost'),
            align: 'right',
            render: (_, s) => n(s.moveCostUnits / SCORE_SCALE, 2),
          },
          {
            key: 'objective',
            title: t('planning.plan.certificate.valuePoints'),
            align: 'right',
            render: (_, s) => points(s.certificate.primalObjective),
          },
          {
            key: 'dual',
            title: t('planning.plan.certificate.dualPoints'),
            align: 'right',
            render: (_, s) => points(s.certificate.dualBound),
          },
          {
            key: 'holds',
            title: t('planning.plan.certificate.holds'),
            render: (_, s) =>
              s.certificate.holds ? (
                <Tag color="green">{t('planning.plan.certificate.pass')}</Tag>
              ) : (
                <Tag color="red">
                  {t('planning.plan.certificate.fail', { count: s.certificate.violationCount })}
                </Tag>
              ),
          },
          {
            key: 'moves',
            title: t('planning.plan.certificate.moves'),
            align: 'right',
            render: (_, s) => n(s.moves),
          },
          {
            key: 'seconds',
            title: t('planning.plan.certificate.seconds'),
            align: 'right',
            render: (_, s) => n(s.seconds, 3),
          },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
        {t('planning.plan.certificate.versions', {
          policy: plan.policyVersion,
          rules: plan.ruleTableVersion,
        })}
      </Typography.Paragraph>
    </Card>
  );
}
