import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDemoAccounts } from '../../api/use-demo-accounts';

/** In demo mode: the demo accounts, one click fills the form. Nothing at all otherwise. */
export function DemoAccounts({ onPick }: { onPick: (username: string, password: string) => void }) {
  const { t } = useTranslation();
  const { data } = useDemoAccounts();
  if (!data?.demo || data.accounts.length === 0) return null;
  const password = data.password ?? '';
  return (
    <section className="demo-accounts" aria-labelledby="demo-title">
      <div className="demo-accounts-head">
        <Typography.Title level={2} id="demo-title" className="demo-accounts-title">
          {t('signIn.demoTitle')}
        </Typography.Title>
        <Tag color="gold">{t('app.demoMode')}</Tag>
      </div>
      <Typography.Paragraph type="secondary" className="demo-accounts-hint">
        {t('signIn.demoHint', { password })}
      </Typography.Paragraph>
      <ul className="demo-account-list">
        {data.accounts.map((a) => (
          <li key={a.username}>
            <button
              type="button"
              className="demo-account"
              data-username={a.username}
              aria-label={t('signIn.demoUse', { username: a.username })}
              onClick={() => onPick(a.username, password)}
            >
              <span className="demo-account-role">{t(`enum.role.${a.role}`)}</span>
              <span className="demo-account-user">{a.username}</span>
              <span className="demo-account-desc">{a.description}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
