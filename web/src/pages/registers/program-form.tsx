import { Alert, App, Button, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { type ProgramDetail, type ProgramItem, useSaveProgram } from '../../api/use-registers';
import { LocalDatePicker } from '../../components/local-date-picker';
import { useLanguage } from '../../lib/use-language';
import { serverErrors } from './server-errors';
import { UnitField } from './unit-field';

interface Values {
  code: string;
  name: string;
  description: string;
  leadUnitId: number | undefined;
  startDate: string | null;
  endDate: string | null;
}

/** "Tambah program" / "Ubah program" (BKPSDM): code, name, description, leading unit and span. */
export function ProgramForm({
  program,
  onClose,
  onSaved,
}: {
  program: ProgramItem | null;
  onClose: () => void;
  onSaved: (saved: ProgramDetail) => void;
}) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const { message } = App.useApp();
  const save = useSaveProgram();
  const [form] = Form.useForm<Values>();
  const { errorOf, unplaced } = serverErrors(save.error, lng, [
    'code',
    'name',
    'description',
    'leadUnitId',
    'startDate',
    'endDate',
  ]);
  const submit = (v: Values) =>
    save.mutate(
      {
        ...(program ? { id: program.id } : {}),
        body: {
          code: v.code.trim().toUpperCase(),
          name: v.name,
          description: v.description,
          leadUnitId: v.leadUnitId ?? null,
          startDate: v.startDate ?? '',
          endDate: v.endDate ?? null,
          ...(program ? { version: program.version } : {}),
        },
      },
      {
        onSuccess: (saved) => {
          void message.success(t('registers.program.saved'));
          onSaved(saved);
        },
      },
    );
  return (
    <Modal
      open
      title={program ? t('registers.program.editTitle') : t('registers.program.addTitle')}
      onCancel={onClose}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('registers.program.cancel')}
        </Button>,
        <Button
          key="save"
          type="primary"
          loading={save.isPending}
          onClick={() => form.submit()}
          data-testid="program-save"
        >
          {t('registers.program.save')}
        </Button>,
      ]}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        data-testid="program-form"
        initialValues={
          program
            ? {
                code: program.code,
                name: program.name,
                description: program.description,
                leadUnitId: program.leadUnitId ?? undefined,
                startDate: program.startDate,
                endDate: program.endDate,
              }
            : {}
        }
      >
        {unplaced && <Alert type="error" showIcon message={unplaced} className="form-alert" />}
        <Form.Item
          name="code"
          label={t('registers.program.field.code')}
          extra={t('registers.program.field.codeHelp')}
          rules={[
            {
              required: true,
              pattern: /^[A-Za-z0-9][A-Za-z0-9-]{1,39}$/,
              message: t('registers.program.rule.code'),
            },
          ]}
          {...errorOf('code')}
        >
          <Input maxLength={40} data-testid="program-code" />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('registers.program.field.name')}
          rules={[
            { required: true, min: 3, max: 200, whitespace: true, message: t('registers.program.rule.name') },
          ]}
          {...errorOf('name')}
        >
          <Input maxLength={200} data-testid="program-name" />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('registers.program.field.description')}
          rules={[
            {
              required: true,
              min: 3,
              max: 2000,
              whitespace: true,
              message: t('registers.program.rule.description'),
            },
          ]}
          {...errorOf('description')}
        >
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
        <Form.Item
          name="leadUnitId"
          label={t('registers.program.field.leadUnit')}
          htmlFor="program-lead-unit"
          {...errorOf('leadUnitId')}
        >
          <UnitField
            id="program-lead-unit"
            placeholder={t('registers.filters.unit')}
            purpose="evaluation.write"
          />
        </Form.Item>
        <Form.Item
          name="startDate"
          label={t('registers.program.field.startDate')}
          htmlFor="program-start"
          rules={[{ required: true, message: t('registers.program.rule.startDate') }]}
          {...errorOf('startDate')}
        >
          <LocalDatePicker id="program-start" />
        </Form.Item>
        <Form.Item
          name="endDate"
          label={t('registers.program.field.endDate')}
          htmlFor="program-end"
          {...errorOf('endDate')}
        >
          <LocalDatePicker id="program-end" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
