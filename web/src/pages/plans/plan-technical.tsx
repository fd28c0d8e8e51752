import { Collapse, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PlanResponse } from '../../api/use-plans';
import { CertificatePanel } from './certificate-panel';

/**
 * "Rincian teknis", closed until opened: the optimality certificate's figures, each solve of the
 * solver and the problem's size. A reader needs the totals, the badge and the moves first; these
 * are for whoever checks the proof.
 */
export function PlanTechnicalDetails({ plan }: { plan: NonNullable<PlanResponse['plan']> }) {
  const { t } = useTranslation();
  return (
    <Collapse
      data-testid="plan-technical"
      items={[
        {
          key: 'technical',
          label: (
            <>
              <Typography.Text strong>{t('planning.plan.technical')}</Typography.Text>{' '}
              <Typography.Text type="secondary">· {t('planning.plan.technicalHint')}</Typography.Text>
            </>
          ),
          children: <CertificatePanel plan={plan} />,
        },
      ]}
    />
  );
}
