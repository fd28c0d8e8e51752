import { Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';

/** The placeholder while a page's code or first data arrive: the page's shape, announced politely. */
export function PageLoading({ rows = 6 }: { rows?: number }) {
  const { t } = useTranslation();
  return (
    <div className="page-loading" role="status" aria-live="polite" aria-busy="true">
      <span className="visually-hidden">{t('common.loading')}</span>
      <Skeleton.Input active size="large" style={{ width: 320, marginBottom: 16 }} />
      <Skeleton active paragraph={{ rows }} />
    </div>
  );
}
