import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useDocumentTitle } from '../../components/page-header';

/** Any address the app does not know. */
export default function NotFoundPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  useDocumentTitle(t('state.notFoundTitle'));
  return (
    <Result
      status="404"
      title={<h1 className="result-title">{t('state.notFoundTitle')}</h1>}
      subTitle={t('state.notFoundBody')}
      extra={
        <Button type="primary" onClick={() => navigate('/')}>
          {t('state.toHome')}
        </Button>
      }
    />
  );
}
