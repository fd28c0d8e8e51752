import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The Penata logo and the instansi, at the top of the navigation. */
export function BrandMark({ collapsed, tone = 'dark' }: { collapsed?: boolean; tone?: 'dark' | 'light' }) {
  const { t } = useTranslation();
  return (
    <Link to="/" className={`brand brand-${tone}`} aria-label={`${t('app.name')}, ${t('app.instansi')}`}>
      <svg className="brand-logo" viewBox="0 0 64 64" aria-hidden="true" focusable="false">
        <rect width="64" height="64" rx="14" fill={tone === 'dark' ? '#f2b705' : '#0b2f52'} />
        <path
          d="M20 48V16h14a10 10 0 0 1 0 20h-8v12"
          fill="none"
          stroke={tone === 'dark' ? '#0b2f52' : '#f2b705'}
          strokeWidth="6"
          strokeLinejoin="round"
          strokeLinecap="round"
        />
      </svg>
      {!collapsed && (
        <span className="brand-text">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-sub">{t('app.instansi')}</span>
        </span>
      )}
    </Link>
  );
}
