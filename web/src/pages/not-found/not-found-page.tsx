import { useTranslation } from 'react-i18next';
import { NotFoundState } from '../../components/not-found-state';
import { useDocumentTitle } from '../../components/page-header';

/** Any address the app does not know. */
export default function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('state.notFoundTitle'));
  return <NotFoundState />;
}
