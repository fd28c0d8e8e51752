import { Grid, Layout } from 'antd';
import { Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { useSignedInUser } from '../api/use-session';
import { PageLoading } from '../components/page-loading';
import { selectedNavKey } from './nav-items';
import { ShellHeader } from './shell-header';
import { ShellSider } from './shell-sider';

/**
 * The signed-in shell: navigation by role on the left, the user and the language on top. Sider and
 * header are memoised, so a URL change (a list's next page) re-renders only the page.
 */
export function AppLayout() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const { pathname } = useLocation();
  const screens = Grid.useBreakpoint();
  const [collapsedByUser, setCollapsedByUser] = useState<boolean | null>(null);
  const collapsed = collapsedByUser ?? !screens.lg;
  // Note: after moving to another page, start at its top and put the focus on the content, so
  // keyboard and screen-reader users continue from the new page rather than the old link.
  const shownPath = useRef(pathname);
  useEffect(() => {
    if (shownPath.current === pathname) return;
    shownPath.current = pathname;
    window.scrollTo(0, 0);
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [pathname]);
  const toggle = useCallback(() => setCollapsedByUser((c) => !(c ?? !screens.lg)), [screens.lg]);

  return (
    <Layout className="shell">
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <ShellSider collapsed={collapsed} selected={selectedNavKey(pathname, user)} />
      <Layout className="shell-body">
        <ShellHeader collapsed={collapsed} compact={!screens.md} onToggle={toggle} />
        <Layout.Content id="main" tabIndex={-1} className="shell-content">
          <Suspense fallback={<PageLoading />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
