import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDashboard } from '../../api/use-dashboard';
import { useSignedInUser } from '../../api/use-session';
import { ErrorState } from '../../components/error-state';
import { PageHeader } from '../../components/page-header';
import { PageLoading } from '../../components/page-loading';
import { formatDate } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';
import { DashboardBody } from './dashboard-body';
import './dashboard.css';

/** The workforce at a glance, and what waits for the signed-in role. */
export default function DashboardPage() {
  const { t } = useTranslation();
  const lng = useLanguage();
  const user = useSignedInUser();
  const dashboard = useDashboard();
  const instansi = user.instansiName || t('app.instansi');

  return (
    <div className="page" data-testid="dashboard-page">
      <PageHeader
        title={t('dashboard.title')}
        subtitle={t('dashboard.subtitle', { instansi })}
        extra={
          dashboard.data && (
            <Typography.Text type="secondary">
              {t('common.asOf', { date: formatDate(dashboard.data.asOf, lng) })}
            </Typography.Text>
          )
        }
      />
      {dashboard.isPending && <PageLoading rows={10} />}
      {dashboard.isError && <ErrorState error={dashboard.error} onRetry={() => void dashboard.refetch()} />}
      {dashboard.data && <DashboardBody data={dashboard.data} />}
    </div>
  );
}
