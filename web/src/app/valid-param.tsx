import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { NotFoundState } from '../components/not-found-state';
import { useDocumentTitle } from '../components/page-header';

/**
 * Renders the page only when its address parameter is well formed, the 404 page otherwise: a
 * malformed id never reaches a page that would wait forever for a query it cannot send.
 */
export function ValidParam({
  name,
  valid,
  children,
}: {
  name: string;
  valid: (value: string) => boolean;
  children: ReactNode;
}) {
  const value = useParams()[name];
  return value !== undefined && valid(value) ? children : <InvalidAddress />;
}

function InvalidAddress() {
  const { t } = useTranslation();
  useDocumentTitle(t('state.notFoundTitle'));
  return <NotFoundState />;
}
