import { Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProposalDetail } from '../../api/use-proposals';
import { useSignedInUser } from '../../api/use-session';
import { formatDateTime } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';

/** Every transition of the proposal, oldest first: the new state, who (role), when and why. */
export function ProposalHistory({ history }: { history: ProposalDetail['history'] }) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const { timeZone } = useSignedInUser();
  const state = (s: string) => t(`process.state.${s}`, { defaultValue: s });
  return (
    <Timeline
      data-testid="proposal-history"
      items={history.map((h) => ({
        key: `${h.occurredAt}-${h.toState}`,
        content: (
          <div>
            <strong>
              {h.fromState === 'NONE'
                ? state(h.toState)
                : h.fromState === h.toState
                  ? t(`process.transition.${h.transition}`, { defaultValue: state(h.toState) })
                  : t('process.detail.historyEntry', { from: state(h.fromState), to: state(h.toState) })}
            </strong>
            <div className="cell-sub">
              {formatDateTime(h.occurredAt, lng, timeZone)} ·{' '}
              {h.actorUserId === null
                ? t('process.detail.bySystem', {
                    role: t(`enum.role.${h.actorRole}`, { defaultValue: h.actorRole }),
                  })
                : t('process.detail.by', {
                    role: t(`enum.role.${h.actorRole}`, { defaultValue: h.actorRole }),
                    user: h.actorName ?? `#${h.actorUserId}`,
                  })}
            </div>
            {h.reason && <Typography.Text italic>“{h.reason}”</Typography.Text>}
          </div>
        ),
      }))}
    />
  );
}
