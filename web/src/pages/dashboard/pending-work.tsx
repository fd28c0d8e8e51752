import { CoffeeOutlined, RightOutlined } from '@ant-design/icons';
import { Badge, Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DashboardDto } from '../../api/types';
import { useSignedInUser } from '../../api/use-session';
import { formatNumber } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';

/** What waits for the signed-in role (proposals, reviews, approvals as those features land). */
export function PendingWork({ items }: { items: DashboardDto['pendingWork'] }) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const user = useSignedInUser();
  return (
    <Card
      title={<h2 className="card-heading">{t('dashboard.pendingTitle')}</h2>}
      className="pending-card"
      data-testid="pending-work"
    >
      {items.length === 0 ? (
        <div className="pending-empty">
          <span className="pending-empty-icon" aria-hidden>
            <CoffeeOutlined />
          </span>
          <Typography.Text strong>{t('dashboard.pendingEmpty')}</Typography.Text>
          <Typography.Paragraph type="secondary">
            {t('dashboard.pendingEmptyHint', { role: t(`enum.role.${user.role}`) })}
          </Typography.Paragraph>
        </div>
      ) : (
        <ul className="pending-list">
          {items.map((item) => (
            <li key={`${item.kind}:${item.href}`}>
              <Link to={item.href} className="pending-item">
                <span>{item.title}</span>
                <span className="pending-count">
                  <Badge count={formatNumber(item.count, lng)} color="#1559a6" />
                  <RightOutlined aria-hidden />
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
