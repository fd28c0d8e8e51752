import { Form, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { PROGRAM_OUTCOMES, PROGRAM_ROLES } from '../../../../src/core/appraisal/records';
import { LocalDatePicker } from '../../components/local-date-picker';
import { EvidenceField, type EvidenceValue, hasEvidence } from './evidence-field';

type ErrorOf = (control: string) => { validateStatus?: 'error'; help?: string };

export interface SharedParticipationValues {
  role: (typeof PROGRAM_ROLES)[number];
  startDate: string | null;
  endDate: string | null;
  hours: number | null;
  outcome: (typeof PROGRAM_OUTCOMES)[number];
  evidence: EvidenceValue;
}

/**
 * The fields one part in a programme takes (role, span inside the programme's span, hours, outcome,
 * evidence), shared by the single and the bulk entry. Hours are not clamped: a wrong number is
 * shown as wrong, never silently changed.
 */
export function ParticipationFields({
  span,
  errorOf,
  idPrefix,
}: {
  span: { startDate: string; endDate: string | null };
  errorOf: ErrorOf;
  idPrefix: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item
        name="role"
        label={t('registers.participants.field.role')}
        rules={[{ required: true, message: t('registers.participants.rule.role') }]}
        {...errorOf('role')}
      >
        <Select
          data-testid={`${idPrefix}-role`}
          options={PROGRAM_ROLES.map((r) => ({ value: r, label: t(`registers.programRole.${r}`) }))}
        />
      </Form.Item>
      <Form.Item
        name="startDate"
        label={t('registers.participants.field.startDate')}
        htmlFor={`${idPrefix}-start`}
        rules={[{ required: true, message: t('registers.participants.rule.date') }]}
        {...errorOf('startDate')}
      >
        <LocalDatePicker
          id={`${idPrefix}-start`}
          min={span.startDate}
          {...(span.endDate ? { max: span.endDate } : {})}
        />
      </Form.Item>
      <Form.Item
        name="endDate"
        label={t('registers.participants.field.endDate')}
        htmlFor={`${idPrefix}-end`}
        rules={[{ required: true, message: t('registers.participants.rule.date') }]}
        {...errorOf('endDate')}
      >
        <LocalDatePicker
          id={`${idPrefix}-end`}
          min={span.startDate}
          {...(span.endDate ? { max: span.endDate } : {})}
        />
      </Form.Item>
      <Form.Item
        name="hours"
        label={t('registers.participants.field.hours')}
        htmlFor={`${idPrefix}-hours`}
        rules={[
          {
            required: true,
            type: 'number',
            min: 0,
            max: 5000,
            message: t('registers.participants.rule.hours'),
          },
        ]}
        {...errorOf('hours')}
      >
        <InputNumber
          id={`${idPrefix}-hours`}
          decimalSeparator=","
          style={{ width: 160 }}
          data-testid={`${idPrefix}-hours`}
        />
      </Form.Item>
      <Form.Item
        name="outcome"
        label={t('registers.participants.field.outcome')}
        rules={[{ required: true, message: t('registers.participants.rule.outcome') }]}
        {...errorOf('outcome')}
      >
        <Select
          data-testid={`${idPrefix}-outcome`}
          options={PROGRAM_OUTCOMES.map((o) => ({ value: o, label: t(`registers.outcome.${o}`) }))}
        />
      </Form.Item>
      <Form.Item
        name="evidence"
        label={t('registers.evidence.label')}
        required
        rules={[
          {
            validator: (_, v: EvidenceValue | undefined) =>
              hasEvidence(v)
                ? Promise.resolve()
                : Promise.reject(new Error(t('registers.evidence.required'))),
          },
        ]}
        {...errorOf('evidence')}
      >
        <EvidenceField />
      </Form.Item>
    </>
  );
}
