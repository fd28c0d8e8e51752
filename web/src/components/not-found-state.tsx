import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

interface Props {
  /** Defaults to "Halaman tidak ditemukan". */
  title?: string;
  /** Defaults to the general "address does not exist" sentence. */
  body?: ReactNode;
  /** 1 when it is the whole page (no other h1 on it). */
  level?: 1 | 2;
}

/**
 * A page or record that does not exist, with the way back: to the home page (the dashboard or the
 * role's start page). Used for unknown addresses, malformed ids and ids the server does not know.
 */
export function NotFoundState({ title, body, level = 1 }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const Heading = level === 1 ? 'h1' : 'h2';
  return (
    <Result
      status="404"
      title={
        <Heading className="result-title" data-testid="not-found">
          {title ?? t('state.notFoundTitle')}
        </Heading>
      }
      subTitle={body ?? t('state.notFoundBody')}
      extra={
        <Button type="primary" onClick={() => navigate('/')} data-testid="not-found-home">
          {t('state.toHome')}
        </Button>
      }
    />
  );
}
