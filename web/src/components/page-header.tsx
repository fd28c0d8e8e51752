import { ArrowLeftOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

interface Props {
  title: ReactNode;
  subtitle?: ReactNode;
  /** A link back to the parent page, shown above the title. */
  back?: { to: string; label: string };
  extra?: ReactNode;
  /** Tags or badges shown next to the title. */
  tags?: ReactNode;
  /** The browser tab's title when `title` is not plain text. */
  documentTitle?: string;
}

/** "Data pegawai · Penata" in the browser tab and history. */
export function useDocumentTitle(title: string | undefined) {
  const { t } = useTranslation();
  const app = t('app.name');
  useEffect(() => {
    document.title = title ? `${title} · ${app}` : `${app} · ${t('app.instansi')}`;
  }, [title, app, t]);
}

/** "← Daftar pegawai": the way back to the parent page. */
export function BackLink({ to, label }: { to: string; label: string }) {
  return (
    <Link to={to} className="page-back">
      <ArrowLeftOutlined aria-hidden /> {label}
    </Link>
  );
}

/** The title block every page starts with; the title is the page's only h1. */
export function PageHeader({ title, subtitle, back, extra, tags, documentTitle }: Props) {
  useDocumentTitle(documentTitle ?? (typeof title === 'string' ? title : undefined));
  return (
    <header className="page-header">
      {back && <BackLink to={back.to} label={back.label} />}
      <div className="page-header-row">
        <div className="page-header-text">
          <div className="page-title-line">
            <Typography.Title level={1} className="page-title">
              {title}
            </Typography.Title>
            {tags}
          </div>
          {subtitle && <Typography.Paragraph className="page-subtitle">{subtitle}</Typography.Paragraph>}
        </div>
        {extra && <div className="page-header-extra">{extra}</div>}
      </div>
    </header>
  );
}
