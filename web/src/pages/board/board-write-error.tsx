import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error';
import { isStaleVersion } from '../../api/use-proposals';
import { useLanguage } from '../../lib/use-language';

/**
 * A refused write on a session, next to the control that sent it, in the user's language. The
 * server's message names the rule in words; the bare rule code is not shown. A stale version says
 * the session was reloaded.
 */
export function BoardWriteError({ error, testId }: { error: unknown; testId?: string }) {
  const { t } = useTranslation();
  const lng = useLanguage();
  if (!error) return null;
  const stale = isStaleVersion(error);
  const message = stale
    ? t('process.confirm.stale')
    : isApiError(error)
      ? error.messageIn(lng)
      : t('state.unexpected');
  return (
    <Alert
      type={stale ? 'warning' : 'error'}
      showIcon
      role="alert"
      data-testid={testId ?? 'board-write-error'}
      title={message}
    />
  );
}
