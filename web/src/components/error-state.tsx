import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/api-error';
import { useLanguage } from '../lib/use-language';
import { NotFoundState } from './not-found-state';
import { Refusal } from './refusal';

interface Props {
  error: unknown;
  onRetry?: () => void;
  /** Title for a 404, e.g. "Pegawai tidak ditemukan". */
  notFoundTitle?: string;
  /** Title for a 403, e.g. "Profil ini tidak dapat dibuka". */
  forbiddenTitle?: string;
  /** 1 when the error is the whole page (no other h1 on it). */
  level?: 1 | 2;
}

/** A failed load, in the user's language: refusals and missing records get their own wording. */
export function ErrorState({ error, onRetry, notFoundTitle, forbiddenTitle, level = 2 }: Props) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const Heading = level === 1 ? 'h1' : 'h2';
  if (isApiError(error) && error.status === 403) {
    return (
      <Refusal
        message={error.messageIn(lng)}
        level={level}
        {...(forbiddenTitle ? { title: forbiddenTitle } : {})}
      />
    );
  }
  const message = isApiError(error) ? error.messageIn(lng) : t('state.unexpected');
  const requestId = isApiError(error) ? error.body.requestId : undefined;
  if (isApiError(error) && error.status === 404) {
    return (
      <NotFoundState
        level={level}
        title={notFoundTitle ?? t('state.notFoundTitle')}
        body={<span role="alert">{message}</span>}
      />
    );
  }
  return (
    <Result
      status="error"
      title={<Heading className="result-title">{t('state.errorTitle')}</Heading>}
      subTitle={
        <span role="alert">
          {message}
          {requestId && (
            <>
              <br />
              {t('state.requestId', { id: requestId })}
            </>
          )}
        </span>
      }
      extra={
        onRetry && (
          <Button type="primary" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        )
      }
    />
  );
}
