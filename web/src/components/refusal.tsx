import { LockOutlined } from '@ant-design/icons';
import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

interface Props {
  title?: string;
  message?: string;
  /** 1 when the refusal is the whole page (its heading is the page's h1). */
  level?: 1 | 2;
}

/** Shown when the server (or the session's actions) refuses the page; says why and offers a way out. */
export function Refusal({ title, message, level = 1 }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const Heading = level === 1 ? 'h1' : 'h2';
  return (
    <Result
      status="403"
      icon={<LockOutlined className="refusal-icon" aria-hidden />}
      title={
        <Heading className="result-title" data-testid="refusal">
          {title ?? t('state.forbiddenTitle')}
        </Heading>
      }
      subTitle={<span role="alert">{message ?? t('state.forbiddenBody')}</span>}
      extra={
        <Button type="primary" onClick={() => navigate('/')}>
          {t('state.toHome')}
        </Button>
      }
    />
  );
}
