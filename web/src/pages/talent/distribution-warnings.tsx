import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TalentGridDto } from '../../api/use-talent';
import { useLanguage } from '../../lib/use-language';

/** The distribution-curve check per OPD (DOMAIN.md 5.3): a warning, never a block. */
export function DistributionWarnings({ distribution }: { distribution: TalentGridDto['distribution'] }) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const warned = distribution.filter((d) => d.warnings.length > 0);
  return (
    <section aria-labelledby="distribution-title" data-testid="distribution-warnings">
      <h2 className="card-heading" id="distribution-title">
        {t('evaluation.talent.warningsTitle')}
      </h2>
      {warned.length === 0 ? (
        <Typography.Paragraph type="secondary">{t('evaluation.talent.noWarnings')}</Typography.Paragraph>
      ) : (
        <div className="stack">
          {warned.map((d) => (
            <Alert
              key={d.unitId}
              type="warning"
              showIcon
              message={
                <>
                  <strong>{d.unitName}</strong>
                  {!d.gradeRecorded && (
                    <span className="cell-sub"> ({t('evaluation.talent.gradeDefault')})</span>
                  )}
                </>
              }
              description={
                <ul className="plain-list">
                  {d.warnings.map((w) => (
                    <li key={w.kind}>{w.messages[lng]}</li>
                  ))}
                </ul>
              }
            />
          ))}
        </div>
      )}
    </section>
  );
}
