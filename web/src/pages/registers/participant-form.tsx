import { Alert, App, Button, Form, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { type Participant, type ProgramDetail, useSaveParticipant } from '../../api/use-registers';
import { useLanguage } from '../../lib/use-language';
import { evidenceValueOf, NEW_EVIDENCE, toEvidenceInput } from './evidence-field';
import { ParticipationFields, type SharedParticipationValues } from './participant-fields';
import { PersonPicker } from './person-picker';
import { serverErrors } from './server-errors';

interface Values extends SharedParticipationValues {
  nip: string;
}

/** "Tambah peserta" / "Ubah": one person's part in a programme, with its evidence. */
export function ParticipantForm({
  program,
  participant,
  onClose,
}: {
  program: ProgramDetail['program'];
  participant: Participant | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const { message } = App.useApp();
  const save = useSaveParticipant(program.id);
  const [form] = Form.useForm<Values>();
  const { errorOf, unplaced } = serverErrors(save.error, lng, [
    'nip',
    'role',
    'startDate',
    'endDate',
    'hours',
    'outcome',
    'evidence',
  ]);
  const submit = (v: Values) =>
    save.mutate(
      {
        ...(participant ? { id: participant.id } : {}),
        body: {
          nip: v.nip,
          role: v.role,
          startDate: v.startDate ?? '',
          endDate: v.endDate ?? '',
          hours: v.hours ?? 0,
          outcome: v.outcome,
          evidence: toEvidenceInput(v.evidence),
          ...(participant ? { version: participant.version } : {}),
        },
      },
      {
        onSuccess: () => {
          void message.success(t('registers.participants.saved'));
          onClose();
        },
      },
    );
  return (
    <Modal
      open
      width={640}
      title={
        participant
          ? t('registers.participants.editTitle', { name: participant.name })
          : t('registers.participants.addTitle', { program: program.name })
      }
      onCancel={onClose}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('registers.participants.cancel')}
        </Button>,
        <Button
          key="save"
          type="primary"
          loading={save.isPending}
          onClick={() => form.submit()}
          data-testid="participant-save"
        >
          {t('registers.participants.save')}
        </Button>,
      ]}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        data-testid="participant-form"
        initialValues={
          participant
            ? {
                nip: participant.nip,
                role: participant.role,
                startDate: participant.startDate,
                endDate: participant.endDate,
                hours: participant.hours,
                outcome: participant.outcome,
                evidence: evidenceValueOf(participant.evidence),
              }
            : {
                role: 'MEMBER',
                outcome: 'ONGOING',
                startDate: program.startDate,
                endDate: program.endDate,
                evidence: NEW_EVIDENCE,
              }
        }
      >
        {unplaced && <Alert type="error" showIcon message={unplaced} className="form-alert" />}
        <Form.Item
          name="nip"
          label={t('registers.participants.field.person')}
          rules={[{ required: true, message: t('registers.participants.rule.person') }]}
          {...errorOf('nip')}
        >
          <PersonPicker
            data-testid="participant-person"
            known={participant ? [{ nip: participant.nip, name: participant.name }] : []}
          />
        </Form.Item>
        <ParticipationFields span={program} errorOf={errorOf} idPrefix="participant" />
      </Form>
    </Modal>
  );
}
