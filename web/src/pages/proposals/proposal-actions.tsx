import { Button, Input, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TRANSITION_RULES, type Transition } from '../../../../src/core/workflow/proposal-states';
import { type ProposalDetail, TRANSITION_PATHS, type useProposalWrite } from '../../api/use-proposals';
import { useLanguage } from '../../lib/use-language';

const MIN_REASON = 5;
const DANGER: ReadonlySet<Transition> = new Set(['reject', 'return', 'withdraw', 'cancel']);

/**
 * Exactly the transitions the server grants the caller now, each behind a confirmation; those whose
 * rule requires a reason (the workflow table, not a copy of it) ask for one before they can be sent.
 * Steps at the caller's desk that a guard refuses today (the objection window still open, the TMT
 * not reached) are shown disabled with the server's reason, never offered to fail.
 */
export function ProposalActions({
  proposal,
  write,
  stepsInDecreeCard = false,
}: {
  proposal: ProposalDetail;
  write: ReturnType<typeof useProposalWrite>;
  /** The caller's next step is issuing or signing the SK, whose buttons sit in the SK card. */
  stepsInDecreeCard?: boolean;
}) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const [asking, setAsking] = useState<Transition | null>(null);
  const [reason, setReason] = useState('');
  const blocked = proposal.blockedTransitions;
  if (proposal.transitions.length === 0 && blocked.length === 0) {
    return (
      <Typography.Text type="secondary">
        {t(stepsInDecreeCard ? 'process.detail.stepsInDecreeCard' : 'process.detail.noActions')}
      </Typography.Text>
    );
  }
  const required = asking ? TRANSITION_RULES[asking].reasonRequired : false;
  const label = (name: Transition) => t(`process.transition.${name}`);
  return (
    <>
      <Space wrap data-testid="proposal-actions">
        {proposal.transitions.map((name) => (
          <Button
            key={name}
            type={DANGER.has(name) ? 'default' : 'primary'}
            danger={DANGER.has(name)}
            loading={write.isPending && write.variables?.path === TRANSITION_PATHS[name]}
            onClick={() => {
              setReason('');
              setAsking(name);
            }}
          >
            {label(name)}
          </Button>
        ))}
        {blocked.map((b) => (
          <Button key={b.transition} disabled aria-describedby={`blocked-${b.transition}`}>
            {label(b.transition)}
          </Button>
        ))}
      </Space>
      {blocked.length > 0 && (
        <ul className="blocked-steps" data-testid="blocked-transitions">
          {blocked.map((b) => (
            <li key={b.transition} id={`blocked-${b.transition}`} data-transition={b.transition}>
              <Typography.Text type="secondary">
                {t('process.detail.blockedStep', { action: label(b.transition), reason: b.message[lng] })}
              </Typography.Text>
            </li>
          ))}
        </ul>
      )}
      <Modal
        open={asking !== null}
        title={asking ? t('process.confirm.title', { action: label(asking), number: proposal.number }) : ''}
        okText={t('process.confirm.ok')}
        cancelText={t('process.confirm.cancel')}
        okButtonProps={{
          disabled: required && reason.trim().length < MIN_REASON,
          danger: asking ? DANGER.has(asking) : false,
        }}
        onCancel={() => setAsking(null)}
        confirmLoading={write.isPending}
        onOk={async () => {
          if (!asking) return;
          const trimmed = reason.trim();
          // The dialog stays open until the server has answered, so the page shows the new state (or
          // the refusal next to the buttons) as soon as it closes.
          await write
            .mutateAsync({
              path: TRANSITION_PATHS[asking]!,
              body: { version: proposal.version, ...(trimmed ? { reason: trimmed } : {}) },
            })
            .catch(() => undefined);
          setAsking(null);
        }}
        destroyOnHidden
      >
        <Typography.Paragraph>{t('process.confirm.body')}</Typography.Paragraph>
        <label htmlFor="transition-reason" className="field-label">
          {required ? t('process.confirm.reasonLabel') : t('process.confirm.reasonOptional')}
        </label>
        <Input.TextArea
          id="transition-reason"
          rows={3}
          maxLength={2000}
          placeholder={required ? t('process.confirm.reasonHint') : ''}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          aria-required={required}
        />
      </Modal>
    </>
  );
}
