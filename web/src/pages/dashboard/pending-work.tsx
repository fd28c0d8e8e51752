import { CoffeeOutlined, RightOutlined } from '@ant-design/icons';
import { Badge, Card, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DashboardDto } from '../../api/types';
import { useSignedInUser } from '../../api/use-session';
import { formatNumber } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';

type Item = DashboardDto['pendingWork'][number];

/** The line's title and its detail, in the user's language; `testId` names it for the journeys. */
function describe(item: Item, t: TFunction, n: (v: number) => string) {
  switch (item.kind) {
    case 'proposal':
      return {
        testId: `pending-proposal-${item.step}`,
        title: t(`dashboard.pending.proposal.${item.step}`),
        detail: t('dashboard.pending.proposalDetail', { count: n(item.count), moves: n(item.moves) }),
      };
    case 'boardDeclaration':
      return {
        testId: 'pending-board-declaration',
        title: item.subject
          ? t('dashboard.pending.boardDeclarationOne', { session: item.subject })
          : t('dashboard.pending.boardDeclaration'),
        detail: t('dashboard.pending.boardDeclarationDetail', {
          count: n(item.count),
          undeclared: n(item.undeclared),
        }),
      };
    case 'evaluation':
      return {
        testId: `pending-evaluation-${item.subject}`,
        title: t('dashboard.pending.evaluation', {
          period: item.subject,
          kind: t(`evaluation.kind.${item.periodKind}`),
        }),
        detail: t('dashboard.pending.evaluationDetail', { count: n(item.count) }),
      };
  }
}

/**
 * What waits for the signed-in user: proposals on their desk (the proposal inbox's "only what waits
 * for me"), board declarations, evaluations to fill; each line opens the list behind it.
 */
export function PendingWork({ items }: { items: DashboardDto['pendingWork'] }) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const user = useSignedInUser();
  const n = (v: number) => formatNumber(v, lng);
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
          {items.map((item) => {
            const line = describe(item, t, n);
            return (
              <li key={line.testId}>
                <Link
                  to={item.href}
                  className="pending-item"
                  data-testid={line.testId}
                  aria-label={`${line.title}: ${line.detail}`}
                >
                  <span className="pending-text">
                    <span className="pending-title">{line.title}</span>
                    <span className="pending-detail">{line.detail}</span>
                  </span>
                  <span className="pending-count">
                    {/* The exact number is in the detail line; the badge never abbreviates it to 99+. */}
                    <Badge
                      count={n(item.count)}
                      overflowCount={Number.MAX_SAFE_INTEGER}
                      color="#1559a6"
                      aria-hidden
                    />
                    <RightOutlined aria-hidden />
                  </span>
                </Link>
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
