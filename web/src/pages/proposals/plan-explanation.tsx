import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../lib/use-language';

const STATUSES = ['ELIGIBLE', 'ELIGIBLE_WITH_WARNINGS', 'BLOCKED'] as const;

/**
 * The plan's explanation attached to a move: its sentence in the reader's language and the
 * eligibility it was planned with, by name. Its other fields (components, reason codes) are the
 * planner's working data and stay off the screen; a hand-made move has no explanation.
 */
export function PlanExplanation({ explanation }: { explanation: unknown }) {
  const { t } = useTranslation();
  const lng = useLanguage();
  if (!explanation || typeof explanation !== 'object') {
    return <Typography.Text type="secondary">{t('process.detail.noExplanation')}</Typography.Text>;
  }
  const { message, eligibilityStatus } = explanation as Record<string, unknown>;
  const text =
    message && typeof message === 'object'
      ? (message as Record<string, string>)[lng]
      : typeof message === 'string'
        ? message
        : null;
  const status = STATUSES.find((s) => s === eligibilityStatus);
  return (
    <div>
      <strong>{t('process.detail.explanation')}</strong>
      {text && <Typography.Paragraph>{text}</Typography.Paragraph>}
      {status && <Tag>{t(`matching.status.${status}`)}</Tag>}
    </div>
  );
}
