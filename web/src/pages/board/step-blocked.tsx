import { InfoCircleOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BoardSession, BoardStep } from '../../api/use-board';
import { useLanguage } from '../../lib/use-language';

/** The id a disabled control points at with `aria-describedby`, so its reason is read with it. */
export const blockedId = (sessionId: number, step: BoardStep) => `board-${sessionId}-${step}-blocked`;

/**
 * Why a step of the session is not available to the caller, in the server's words (the rule comes
 * from the core; the web only shows it). Renders nothing when the step is allowed.
 */
export function StepBlocked({
  session,
  step,
  action,
}: {
  session: BoardSession;
  step: BoardStep;
  action: string;
}) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const p = session.permissions[step];
  if (p.allowed || !p.messages) return null;
  return (
    <Typography.Paragraph
      type="secondary"
      className="board-blocked"
      id={blockedId(session.id, step)}
      data-testid={`${step}-blocked`}
      data-rule={p.rule ?? undefined}
    >
      <InfoCircleOutlined aria-hidden /> {t('board.blockedStep', { action, reason: p.messages[lng] })}
    </Typography.Paragraph>
  );
}

/** Props for a control of a step: disabled, pointing at its reason, when the step is refused. */
export function stepProps(session: BoardSession, step: BoardStep) {
  const allowed = session.permissions[step].allowed;
  return allowed ? {} : { disabled: true, 'aria-describedby': blockedId(session.id, step) };
}
