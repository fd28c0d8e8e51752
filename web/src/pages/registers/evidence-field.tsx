import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Input, Radio, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkEvidenceFile, EVIDENCE_FILE_MAX_BYTES } from '../../../../src/core/appraisal/register-evidence';
import type { EvidenceInput, EvidenceView } from '../../api/use-registers';
import { useLanguage } from '../../lib/use-language';

/** The evidence control's value: what the API takes, plus the name of a file already kept. */
export interface EvidenceValue {
  readonly kind: 'ATTACHMENT' | 'LINK' | 'DOCUMENT';
  readonly reference?: string;
  readonly file?: { readonly fileName: string; readonly contentBase64: string };
  readonly keptName?: string;
}

export const NEW_EVIDENCE: EvidenceValue = { kind: 'ATTACHMENT' };

/** An entry's stored evidence as the control's starting value (a kept file is not sent again). */
export const evidenceValueOf = (e: EvidenceView): EvidenceValue =>
  e.kind === 'ATTACHMENT'
    ? { kind: 'ATTACHMENT', reference: e.reference, ...(e.file ? { keptName: e.file.fileName } : {}) }
    : { kind: e.kind, reference: e.reference };

/** What the API is sent: a new file, or the kept file's reference, or the link or document number. */
export function toEvidenceInput(v: EvidenceValue): EvidenceInput {
  if (v.kind === 'ATTACHMENT' && v.file) return { kind: 'ATTACHMENT', file: { ...v.file } };
  return { kind: v.kind, reference: v.reference ?? '' };
}

/** Whether the control holds something to send (the server judges whether it is good). */
export const hasEvidence = (v: EvidenceValue | undefined): boolean =>
  !!v && (v.kind === 'ATTACHMENT' ? !!v.file || !!v.reference : !!v.reference?.trim());

const base64Of = (file: Blob): Promise<string> =>
  new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });

interface Props {
  id?: string;
  value?: EvidenceValue;
  onChange?: (value: EvidenceValue) => void;
}

/**
 * Evidence (*bukti dukung*): upload a PDF or a photo, give a link, or a document's number. A file
 * is checked at once with the core's own rule (type and size), and again by the server.
 */
export function EvidenceField({ id, value = NEW_EVIDENCE, onChange }: Props) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const mib = EVIDENCE_FILE_MAX_BYTES / (1024 * 1024);
  const pick = async (file: File) => {
    const issue = checkEvidenceFile(new Uint8Array(await file.arrayBuffer()), 'file');
    if (issue) {
      setFileProblem(`${file.name}: ${issue.message[lng]}`);
      return;
    }
    setFileProblem(null);
    onChange?.({ kind: 'ATTACHMENT', file: { fileName: file.name, contentBase64: await base64Of(file) } });
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }} id={id} data-testid="evidence-field">
      <Radio.Group
        aria-label={t('registers.evidence.kindLabel')}
        value={value.kind}
        onChange={(e) => {
          setFileProblem(null);
          onChange?.({ kind: e.target.value });
        }}
        optionType="button"
        options={(['ATTACHMENT', 'LINK', 'DOCUMENT'] as const).map((k) => ({
          value: k,
          label: t(`registers.evidence.kind.${k}`),
        }))}
      />
      {value.kind === 'ATTACHMENT' && (
        <>
          <Upload
            accept="application/pdf,image/png,image/jpeg,.pdf,.png,.jpg,.jpeg"
            maxCount={1}
            showUploadList={false}
            beforeUpload={(f) => {
              void pick(f);
              return false;
            }}
          >
            <Button icon={<UploadOutlined aria-hidden />} data-testid="evidence-file">
              {value.file || value.keptName ? t('registers.evidence.replace') : t('registers.evidence.pick')}
            </Button>
          </Upload>
          {(value.file || value.keptName) && (
            <Typography.Text data-testid="evidence-file-name">
              {t('registers.evidence.kept', { name: value.file?.fileName ?? value.keptName })}
            </Typography.Text>
          )}
          <Typography.Text type="secondary">{t('registers.evidence.fileHint', { mib })}</Typography.Text>
          {fileProblem && <Alert type="error" showIcon message={fileProblem} />}
        </>
      )}
      {value.kind === 'LINK' && (
        <Input
          aria-label={t('registers.evidence.kind.LINK')}
          value={value.reference ?? ''}
          onChange={(e) => onChange?.({ kind: 'LINK', reference: e.target.value })}
          placeholder={t('registers.evidence.linkPlaceholder')}
          maxLength={500}
          data-testid="evidence-link-input"
        />
      )}
      {value.kind === 'DOCUMENT' && (
        <Input
          aria-label={t('registers.evidence.kind.DOCUMENT')}
          value={value.reference ?? ''}
          onChange={(e) => onChange?.({ kind: 'DOCUMENT', reference: e.target.value })}
          placeholder={t('registers.evidence.documentPlaceholder')}
          maxLength={200}
          data-testid="evidence-document-input"
        />
      )}
    </Space>
  );
}
