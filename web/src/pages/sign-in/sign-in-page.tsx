import { CheckCircleFilled } from '@ant-design/icons';
import { Alert, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation } from 'react-router';
import { takeSessionExpired } from '../../api/session-expiry';
import { useSession } from '../../api/use-session';
import { BrandMark } from '../../app/brand-mark';
import { LanguageSwitch } from '../../app/language-switch';
import { homePath } from '../../app/nav-items';
import { useDocumentTitle } from '../../components/page-header';
import { SignInForm } from './sign-in-form';
import './sign-in.css';

/** Where signed-out visitors land: the product's promise on the left, the form on the right. */
export default function SignInPage() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from;
  useDocumentTitle(t('signIn.title'));
  const [expired] = useState(takeSessionExpired);
  if (session.data) return <Navigate to={from ?? homePath(session.data)} replace />;

  return (
    <div className="sign-in">
      <section className="sign-in-hero" aria-labelledby="hero-title">
        <BrandMark />
        <div className="sign-in-hero-body">
          <Typography.Title level={2} id="hero-title" className="sign-in-hero-title">
            {t('signIn.heroTitle')}
          </Typography.Title>
          <p className="sign-in-hero-text">{t('signIn.heroBody')}</p>
          <ul className="sign-in-points">
            {(['point1', 'point2', 'point3'] as const).map((k) => (
              <li key={k}>
                <CheckCircleFilled aria-hidden /> {t(`signIn.${k}`)}
              </li>
            ))}
          </ul>
        </div>
        <p className="sign-in-hero-foot">{t('app.tagline')}</p>
      </section>
      <main className="sign-in-main">
        <div className="sign-in-toolbar">
          <LanguageSwitch />
        </div>
        <div className="sign-in-panel">
          <Typography.Title level={1} className="sign-in-title">
            {t('signIn.title')}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t('signIn.subtitle')}</Typography.Paragraph>
          {expired && (
            <Alert type="info" showIcon title={t('state.sessionExpired')} className="sign-in-alert" />
          )}
          <SignInForm redirectTo={from} />
        </div>
        <footer className="sign-in-footer">
          © {new Date().getFullYear()} {t('signIn.footer')} · {t('app.instansi')}
          {' · '}
          <Link to="/transparansi">{t('process.transparency.link')}</Link>
        </footer>
      </main>
    </div>
  );
}
