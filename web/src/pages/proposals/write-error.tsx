import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error';
import { isStaleVersion } from '../../api/use-proposals';
import { useLanguage } from '../../lib/use-language';

/**
 * A refused write in the user's language. A stale version (409) gets its own wording: the record
 * was reloaded, the user checks it and tries again.
 */
export function WriteError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const lng = useLanguage();
  if (!error) return null;
  const message = isStaleVersion(error)
    ? t('process.confirm.stale')
    : isApiError(error)
      ? error.messageIn(lng)
      : t('state.unexpected');
  return (
    <Alert
      type={isStaleVersion(error) ? 'warning' : 'error'}
      showIcon
      role="alert"
      data-testid="write-error"
      title={message}
    />
  );
}
