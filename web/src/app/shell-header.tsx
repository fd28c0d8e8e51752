import { MenuFoldOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { Button, Layout, Tag, Tooltip } from 'antd';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useHealth } from '../api/use-health';
import { useSignedInUser } from '../api/use-session';
import { LanguageSwitch } from './language-switch';
import { UserMenu } from './user-menu';

interface Props {
  collapsed: boolean;
  compact: boolean;
  onToggle: () => void;
}

/** The top bar: menu toggle, the instansi (and the demo label), language and the signed-in user. */
export const ShellHeader = memo(function ShellHeader({ collapsed, compact, onToggle }: Props) {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const health = useHealth();
  const toggleLabel = collapsed ? t('app.expand') : t('app.collapse');
  return (
    <Layout.Header className="shell-header">
      <Tooltip title={toggleLabel}>
        <Button
          type="text"
          aria-label={toggleLabel}
          aria-expanded={!collapsed}
          icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
          onClick={onToggle}
        />
      </Tooltip>
      <div className="shell-header-title">
        <span className="shell-instansi">{user.instansiName || t('app.instansi')}</span>
        {health.data?.demo && (
          <Tag color="gold" className="demo-tag">
            {t('app.demoMode')}
          </Tag>
        )}
      </div>
      <div className="shell-header-actions">
        <LanguageSwitch size="small" />
        <UserMenu compact={compact} />
      </div>
    </Layout.Header>
  );
});
