import { Layout, Menu } from 'antd';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSignedInUser } from '../api/use-session';
import { BrandMark } from './brand-mark';
import { navGroups, toMenuItems } from './nav-items';

/** The navigation column: the brand and the menu the user's role allows. */
export const ShellSider = memo(function ShellSider({
  collapsed,
  selected,
}: {
  collapsed: boolean;
  selected: string | undefined;
}) {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const items = useMemo(() => toMenuItems(navGroups(user, t), collapsed), [user, t, collapsed]);
  return (
    <Layout.Sider
      className="shell-sider"
      width={248}
      collapsedWidth={72}
      collapsed={collapsed}
      trigger={null}
    >
      <BrandMark collapsed={collapsed} />
      <nav aria-label={t('app.mainNav')}>
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={selected ? [selected] : []}
          items={items}
          inlineCollapsed={collapsed}
        />
      </nav>
    </Layout.Sider>
  );
});
