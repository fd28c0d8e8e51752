import { Button } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * What a page shows when its code fails to load (e.g. a new version was deployed) or it crashes:
 * a plain apology and a reload, instead of a blank screen. Kept light: it is part of the first load.
 */
export function RouteError({ inShell = false }: { inShell?: boolean }) {
  const { t } = useTranslation();
  // Inside the shell the page already sits in the <main> landmark.
  const Container = inShell ? 'div' : 'main';
  return (
    <Container className="boot-screen">
      <div className="boot-error" role="alert">
        <h1>{t('state.errorTitle')}</h1>
        <p>{t('state.unexpected')}</p>
        <Button type="primary" onClick={() => window.location.reload()}>
          {t('common.retry')}
        </Button>
      </div>
    </Container>
  );
}
