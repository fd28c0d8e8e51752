import { Button, Input, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TRANSITION_RULES, type Transition } from '../../../../src/core/workflow/proposal-states';
import { type ProposalDetail, TRANSITION_PATHS, type useProposalWrite } from '../../api/use-proposals';

const MIN_REASON = 5;
const DANGER: ReadonlySet<Transition> = new Set(['reject', 'return', 'withdraw', 'cancel']);

/**
 * Exactly the transitions the server grants the caller now, each behind a confirmation; those whose
 * rule requires a reason (the workflow table, not a copy of it) ask for one before they can be sent.
 */
export function ProposalActions({
  proposal,
  write,
}: {
  proposal: ProposalDetail;
  write: ReturnType<typeof useProposalWrite>;
}) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState<Transition | null>(null);
  const [reason, setReason] = useState('');
  if (proposal.transitions.length === 0) {
    return <Typography.Text type="secondary">{t('process.detail.noActions')}</Typography.Text>;
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
      </Space>
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
        onOk={() => {
          if (!asking) return;
          const trimmed = reason.trim();
          write.mutate({
            path: TRANSITION_PATHS[asking]!,
            body: { version: proposal.version, ...(trimmed ? { reason: trimmed } : {}) },
          });
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
