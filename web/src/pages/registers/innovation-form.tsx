import { Alert, App, Button, Drawer, Form, Input, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INNOVATION_STATUSES } from '../../../../src/core/appraisal/records';
import { type InnovationDetail, useSaveInnovation } from '../../api/use-registers';
import { LocalDatePicker } from '../../components/local-date-picker';
import { useLanguage } from '../../lib/use-language';
import {
  EvidenceField,
  type EvidenceValue,
  evidenceValueOf,
  hasEvidence,
  NEW_EVIDENCE,
  toEvidenceInput,
} from './evidence-field';
import { serverErrors } from './server-errors';
import { TeamEditor, type TeamMember } from './team-editor';
import { UnitField } from './unit-field';

type Stage = (typeof INNOVATION_STATUSES)[number];
const DATE_FIELDS = ['proposedOn', 'implementedOn', 'replicatedOn', 'awardedOn'] as const;

interface Values {
  title: string;
  description: string;
  unitId: number | undefined;
  status: Stage;
  proposedOn: string | null;
  implementedOn: string | null;
  replicatedOn: string | null;
  awardedOn: string | null;
  evidence: EvidenceValue;
}

/**
 * The lifecycle's dates up to the chosen stage, in the core's order (a replication is optional on
 * the way to an award; the server judges which dates a stage needs and their order).
 */
const datesShown = (stage: Stage | undefined) =>
  DATE_FIELDS.filter((_, i) => i <= INNOVATION_STATUSES.indexOf(stage ?? 'PROPOSED'));

/**
 * "Tambah inovasi" / "Ubah inovasi": title, description, unit, stage and its dates, the team
 * (people found by name or NIP, one lead) and the evidence. The server decides; its field errors
 * are shown under the controls they name.
 */
export function InnovationForm({
  innovation,
  onClose,
  onSaved,
}: {
  innovation: InnovationDetail | null;
  onClose: () => void;
  onSaved: (saved: InnovationDetail) => void;
}) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const { message } = App.useApp();
  const save = useSaveInnovation();
  const [form] = Form.useForm<Values>();
  const [team, setTeam] = useState<TeamMember[]>(
    innovation?.members.map((m) => ({ nip: m.nip, name: m.name, role: m.role })) ?? [],
  );
  const stage = Form.useWatch('status', form);
  const { errorOf, unplaced } = serverErrors(save.error, lng, [
    'title',
    'description',
    'unitId',
    'status',
    ...DATE_FIELDS,
    'evidence',
    'members',
  ]);
  const submit = (v: Values) => {
    const shown = new Set<string>(datesShown(v.status));
    const dates = Object.fromEntries(DATE_FIELDS.map((f) => [f, shown.has(f) ? (v[f] ?? null) : null]));
    save.mutate(
      {
        ...(innovation ? { id: innovation.id } : {}),
        body: {
          unitId: v.unitId ?? 0,
          title: v.title,
          description: v.description,
          status: v.status,
          ...dates,
          proposedOn: v.proposedOn ?? '',
          evidence: toEvidenceInput(v.evidence),
          members: team.map((m) => ({ nip: m.nip, role: m.role })),
          ...(innovation ? { version: innovation.version } : {}),
        },
      },
      {
        onSuccess: (saved) => {
          void message.success(t('registers.innovation.saved'));
          onSaved(saved);
        },
      },
    );
  };
  const initial: Partial<Values> = innovation
    ? {
        title: innovation.title,
        description: innovation.description,
        unitId: innovation.unitId,
        status: innovation.status,
        proposedOn: innovation.proposedOn,
        implementedOn: innovation.implementedOn,
        replicatedOn: innovation.replicatedOn,
        awardedOn: innovation.awardedOn,
        evidence: evidenceValueOf(innovation.evidence),
      }
    : { status: 'PROPOSED', evidence: NEW_EVIDENCE };
  return (
    <Drawer
      open
      width="min(680px, 100vw)"
      title={innovation ? t('registers.innovation.editTitle') : t('registers.innovation.addTitle')}
      onClose={onClose}
      destroyOnHidden
      footer={
        <Space>
          <Button
            type="primary"
            loading={save.isPending}
            onClick={() => form.submit()}
            data-testid="innovation-save"
          >
            {t('registers.innovation.save')}
          </Button>
          <Button onClick={onClose}>{t('registers.innovation.cancel')}</Button>
        </Space>
      }
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={submit}
        data-testid="innovation-form"
      >
        {unplaced && <Alert type="error" showIcon message={unplaced} className="form-alert" />}
        <Form.Item
          name="title"
          label={t('registers.innovation.field.title')}
          rules={[
            {
              required: true,
              min: 3,
              max: 200,
              whitespace: true,
              message: t('registers.innovation.rule.title'),
            },
          ]}
          {...errorOf('title')}
        >
          <Input maxLength={200} data-testid="innovation-title" />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('registers.innovation.field.description')}
          rules={[
            {
              required: true,
              min: 3,
              max: 2000,
              whitespace: true,
              message: t('registers.innovation.rule.description'),
            },
          ]}
          {...errorOf('description')}
        >
          <Input.TextArea rows={3} maxLength={2000} showCount data-testid="innovation-description" />
        </Form.Item>
        <Form.Item
          name="unitId"
          label={t('registers.innovation.field.unit')}
          htmlFor="innovation-unit"
          rules={[{ required: true, message: t('registers.innovation.rule.unit') }]}
          {...errorOf('unitId')}
        >
          <UnitField
            id="innovation-unit"
            placeholder={t('registers.filters.unit')}
            purpose="evaluation.write"
          />
        </Form.Item>
        <Form.Item
          name="status"
          label={t('registers.innovation.field.stage')}
          rules={[{ required: true, message: t('registers.innovation.rule.stage') }]}
          {...errorOf('status')}
        >
          <Select
            data-testid="innovation-stage"
            options={INNOVATION_STATUSES.map((s) => ({ value: s, label: t(`registers.stage.${s}`) }))}
          />
        </Form.Item>
        {datesShown(stage).map((field) => (
          <Form.Item
            key={field}
            name={field}
            label={t(`registers.innovation.field.${field}`)}
            htmlFor={`innovation-${field}`}
            rules={
              field === 'replicatedOn' && stage === 'AWARDED'
                ? []
                : [{ required: true, message: t('registers.innovation.rule.date') }]
            }
            {...errorOf(field)}
          >
            <LocalDatePicker id={`innovation-${field}`} data-testid={`innovation-${field}`} />
          </Form.Item>
        ))}
        <Form.Item
          label={t('registers.innovation.field.team')}
          extra={t('registers.innovation.field.teamHint')}
          required
          {...errorOf('members')}
        >
          <TeamEditor team={team} onChange={setTeam} />
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
      </Form>
    </Drawer>
  );
}
