import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../lib/use-language';

/**
 * The plan's explanation attached to a move. Its shape belongs to the planner, so the page shows its
 * message when it has one and the remaining facts as plain pairs; a hand-made move has none.
 */
export function PlanExplanation({ explanation }: { explanation: unknown }) {
  const { t } = useTranslation();
  const lng = useLanguage();
  if (!explanation || typeof explanation !== 'object') {
    return <Typography.Text type="secondary">{t('process.detail.noExplanation')}</Typography.Text>;
  }
  const { message, ...rest } = explanation as Record<string, unknown>;
  const text =
    message && typeof message === 'object' ? (message as Record<string, string>)[lng] : (message as string);
  const facts = Object.entries(rest).filter(([, v]) => ['string', 'number', 'boolean'].includes(typeof v));
  return (
    <div>
      <strong>{t('process.detail.explanation')}</strong>
      {text && <Typography.Paragraph>{text}</Typography.Paragraph>}
      {facts.length > 0 && (
        <Typography.Paragraph type="secondary">
          {facts.map(([k, v]) => `${k}: ${String(v)}`).join(' · ')}
        </Typography.Paragraph>
      )}
    </div>
  );
}
