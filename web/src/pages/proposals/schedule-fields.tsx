import { Form, Input, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ScheduleCheckDto } from '../../api/use-proposal-drafts';
import { LocalDatePicker } from '../../components/local-date-picker';
import { useLanguage } from '../../lib/use-language';
import { fieldFeedback } from './schedule-feedback';

/** The Indonesian date picker as a form control: Form.Item gives it `value` and `onChange`. */
export function TmtPicker(props: {
  id?: string;
  value?: string;
  onChange?: (value: string | null) => void;
  min?: string;
  status?: 'error' | 'warning';
}) {
  return (
    <LocalDatePicker
      id={props.id}
      value={props.value}
      onChange={(v) => props.onChange?.(v)}
      {...(props.min ? { min: props.min } : {})}
      {...(props.status ? { status: props.status } : {})}
      allowClear={false}
      data-testid="tmt-picker"
    />
  );
}

/** Messages under a field, one per line (a refusal first). */
const lines = (messages: readonly string[]) =>
  messages.length === 0 ? undefined : messages.map((m) => <div key={m}>{m}</div>);

/**
 * The round and TMT of a proposal, with the server's checks of the values being typed under each
 * field (a refusal in red, a warning in amber) and, for the TMT, why its starting value was chosen.
 * The checks come from the core through the API; nothing here decides a rule.
 */
export function ScheduleFields({
  checks,
  earliestTmt,
  reasons,
}: {
  checks: readonly ScheduleCheckDto[] | undefined;
  earliestTmt?: string | undefined;
  reasons?: readonly { message: { id: string; en: string } }[] | undefined;
}) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const round = fieldFeedback(checks, 'round', lng);
  const tmt = fieldFeedback(checks, 'tmt', lng);
  return (
    <Space wrap align="start" size="large">
      <Form.Item
        name="round"
        label={t('drafts.propose.round')}
        rules={[{ required: true, message: t('drafts.propose.roundHelp') }]}
        extra={round.messages.length === 0 ? t('drafts.propose.roundHelp') : undefined}
        {...(round.status ? { validateStatus: round.status, help: lines(round.messages) } : {})}
        style={{ minWidth: 200 }}
      >
        <Input placeholder={t('drafts.propose.roundPlaceholder')} data-testid="round-input" />
      </Form.Item>
      <Form.Item
        name="tmt"
        label={t('drafts.propose.tmt')}
        rules={[{ required: true }]}
        {...(tmt.status ? { validateStatus: tmt.status, help: lines(tmt.messages) } : {})}
        extra={
          reasons && reasons.length > 0 ? (
            <details data-testid="tmt-reasons">
              <summary>{t('drafts.propose.why')}</summary>
              <ul style={{ margin: '4px 0', paddingLeft: 20 }}>
                {reasons.map((r) => (
                  <li key={r.message.id}>{r.message[lng]}</li>
                ))}
                {tmt.passed.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            </details>
          ) : undefined
        }
        style={{ minWidth: 240 }}
      >
        <TmtPicker min={earliestTmt} {...(tmt.status ? { status: tmt.status } : {})} />
      </Form.Item>
    </Space>
  );
}
