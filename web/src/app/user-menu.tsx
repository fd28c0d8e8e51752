import { LogoutOutlined } from '@ant-design/icons';
import { Avatar, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSignedInUser, useSignOut } from '../api/use-session';

function initials(name: string): string {
  const words = name
    .replace(/[^\p{L}\s]/gu, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 1);
  return ((words[0]?.[0] ?? '') + (words[1]?.[0] ?? '')).toUpperCase() || '?';
}

/** The signed-in user (name and role) with the sign-out action. */
export function UserMenu({ compact }: { compact: boolean }) {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const role = t(`enum.role.${user.role}`);
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'who', type: 'group', label: `${t('user.signedInAs')} ${user.username}` },
          { type: 'divider' },
          { key: 'sign-out', icon: <LogoutOutlined />, label: t('user.signOut'), danger: true },
        ],
        onClick: ({ key }) => {
          if (key === 'sign-out')
            signOut.mutate(undefined, { onSettled: () => navigate('/masuk', { replace: true }) });
        },
      }}
    >
      <button
        type="button"
        className="user-button"
        aria-label={`${t('user.menu')}: ${user.displayName}, ${role}`}
        data-testid="user-menu"
      >
        <Avatar style={{ backgroundColor: '#f2b705', color: '#0b2f52', fontWeight: 600 }}>
          {initials(user.displayName)}
        </Avatar>
        {!compact && (
          <span className="user-button-text">
            <span className="user-name" data-testid="user-name">
              {user.displayName}
            </span>
            <span className="user-role" data-testid="user-role">
              {role}
            </span>
          </span>
        )}
      </button>
    </Dropdown>
  );
}
