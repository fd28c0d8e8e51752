import { UploadOutlined } from '@ant-design/icons';
import { Button, Form, Input, Modal, Select, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TENURE_OVERRIDE_GROUNDS } from '../../../../src/core/eligibility/tenure-override';
import {
  TENURE_OVERRIDE_DOCUMENT_MAX_BYTES,
  TENURE_OVERRIDE_REASON,
} from '../../../../src/core/workflow/tenure-override-rules';
import { isApiError } from '../../api/api-error';
import { type ProposalDetail, useProposalWrite } from '../../api/use-proposals';
import { formatNip } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';
import { WriteError } from './write-error';

type Item = ProposalDetail['items'][number];
interface Values {
  ground: string;
  reason: string;
}

/** The file's bytes as base64 (what the API takes), read in the browser. */
const base64Of = (file: File): Promise<string> =>
  new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });

/**
 * "Pengecualian masa jabatan 2 tahun" for one move (DOMAIN.md 15.6): the head of BKPSDM picks the
 * ground from the fixed list, writes the reason and attaches the PDF. The server decides whether it
 * is accepted; the field errors it names are shown next to their controls.
 */
export function TenureOverrideModal({
  proposal,
  item,
  onClose,
}: {
  proposal: ProposalDetail;
  item: Item;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const write = useProposalWrite(proposal.id);
  const [form] = Form.useForm<Values>();
  const [file, setFile] = useState<File | null>(null);
  const fieldError = isApiError(write.error) ? write.error.fieldMessages(lng) : {};
  const errorOf = (field: string) =>
    fieldError[field] ? { validateStatus: 'error' as const, help: fieldError[field] } : {};
  const mib = TENURE_OVERRIDE_DOCUMENT_MAX_BYTES / (1024 * 1024);
  const submit = async (v: Values) => {
    if (!file) return;
    write.mutate(
      {
        path: `items/${item.id}/tenure-override`,
        body: {
          version: proposal.version,
          ground: v.ground,
          reason: v.reason,
          document: { fileName: file.name, contentBase64: await base64Of(file) },
        },
      },
      { onSuccess: onClose },
    );
  };
  return (
    <Modal
      open
      title={t('process.override.title', { name: item.employeeName })}
      okText={t('process.override.save')}
      cancelText={t('process.confirm.cancel')}
      okButtonProps={{ loading: write.isPending, disabled: !file }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {formatNip(item.nip)} · {item.toPositionName}
      </Typography.Paragraph>
      <Typography.Paragraph>{t('process.override.intro')}</Typography.Paragraph>
      <WriteError error={write.error} />
      <Form<Values> form={form} layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item
          name="ground"
          label={t('process.override.ground')}
          rules={[{ required: true, message: t('process.override.groundRequired') }]}
          {...errorOf('ground')}
        >
          <Select
            options={TENURE_OVERRIDE_GROUNDS.map((g) => ({
              value: g,
              label: t(`process.override.grounds.${g}`),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('process.override.reason')}
          rules={[
            {
              required: true,
              min: TENURE_OVERRIDE_REASON.min,
              message: t('process.override.reasonHint', { min: TENURE_OVERRIDE_REASON.min }),
            },
          ]}
          {...errorOf('reason')}
        >
          <Input.TextArea rows={3} maxLength={TENURE_OVERRIDE_REASON.max} showCount />
        </Form.Item>
        <Form.Item
          label={t('process.override.document')}
          required
          extra={t('process.override.documentHint', { mib })}
          {...errorOf('document.contentBase64')}
        >
          <Upload
            accept="application/pdf,.pdf"
            maxCount={1}
            beforeUpload={(f) => {
              setFile(f);
              return false;
            }}
            onRemove={() => setFile(null)}
          >
            <Button icon={<UploadOutlined />}>{t('process.override.pick')}</Button>
          </Upload>
        </Form.Item>
      </Form>
    </Modal>
  );
}
