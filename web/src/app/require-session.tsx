import { Button, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { isApiError } from '../api/api-error';
import { useSession } from '../api/use-session';
import { useLanguage } from '../lib/use-language';
import { AppLayout } from './app-layout';

/** The authenticated part of the app: signed-out visitors go to the sign-in page and come back after. */
export function RequireSession() {
  const { t } = useTranslation();
  const location = useLocation();
  const lng = useLanguage();
  const session = useSession();
  if (session.isPending) {
    return (
      <div className="boot-screen" role="status" aria-live="polite">
        <Spin size="large" />
        <span className="visually-hidden">{t('common.loading')}</span>
      </div>
    );
  }
  if (session.isError) {
    return (
      <main className="boot-screen">
        <div className="boot-error" role="alert">
          <h1>{t('state.errorTitle')}</h1>
          <p>{isApiError(session.error) ? session.error.messageIn(lng) : t('state.unexpected')}</p>
          <Button type="primary" onClick={() => void session.refetch()}>
            {t('common.retry')}
          </Button>
        </div>
      </main>
    );
  }
  if (!session.data) {
    const from = `${location.pathname}${location.search}`;
    return <Navigate to="/masuk" replace state={from === '/' ? null : { from }} />;
  }
  return <AppLayout />;
}
