import { Alert, Button, Descriptions, Form, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error';
import { type ProposalDetail, useProposalWrite } from '../../api/use-proposals';
import { LocalDatePicker } from '../../components/local-date-picker';
import { formatDate, formatNip } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';
import { WriteError } from './write-error';

type Decree = NonNullable<ProposalDetail['decree']>;

/**
 * The signature of an issued SK: who signed it and when, and who recorded it (the PPK, or BKPSDM on
 * his behalf); until then, for whoever the server lets sign (`signSk`), the signing date and the
 * button. Announcing waits for it. The SK's PDF does not change, so its hash stays valid.
 */
export function DecreeSigning({ proposal, decree }: { proposal: ProposalDetail; decree: Decree }) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const write = useProposalWrite(proposal.id);
  const [signedOn, setSignedOn] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  const s = decree.signing;
  if (s) {
    const role = t(`enum.role.${s.recordedByRole}` as 'enum.role.PPK');
    return (
      <Descriptions
        size="small"
        column={1}
        bordered
        title={t('process.decree.signing.title')}
        data-testid="decree-signed"
      >
        <Descriptions.Item label={t('process.decree.signing.signedBy')}>
          <span data-testid="decree-signer">
            {s.signerName}
            {s.signerNip ? ` (NIP ${formatNip(s.signerNip)})` : ''}
          </span>
          <br />
          {s.signerTitle}
        </Descriptions.Item>
        <Descriptions.Item label={t('process.decree.signing.signedOn')}>
          <span data-testid="decree-signed-on">{formatDate(s.signedOn, lng)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('process.decree.signing.recordedBy')}>
          {s.recordedByRole === 'PPK' ? role : t('process.decree.signing.onBehalf', { role })}
        </Descriptions.Item>
      </Descriptions>
    );
  }
  const canSign = proposal.transitions.includes('signSk');
  const fieldError = isApiError(write.error) ? write.error.fieldMessages(lng).signedOn : undefined;
  const action = t('process.decree.signing.sign');
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="decree-signing">
      <Alert type="info" showIcon title={t('process.decree.signing.notSigned')} />
      {canSign && (
        <Form layout="vertical" onFinish={() => setAsking(true)}>
          <Form.Item
            label={t('process.decree.signing.signedOn')}
            htmlFor="signed-on"
            extra={t('process.decree.signing.signedOnHelp')}
            {...(fieldError ? { validateStatus: 'error' as const, help: fieldError } : {})}
          >
            <LocalDatePicker
              id="signed-on"
              data-testid="signed-on"
              value={signedOn}
              min={decree.decreeDate}
              onChange={setSignedOn}
              {...(fieldError ? { status: 'error' as const } : {})}
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" data-testid="sign-sk" loading={write.isPending}>
            {action}
          </Button>
        </Form>
      )}
      <Typography.Text type="secondary">{t('process.decree.signing.digitalLater')}</Typography.Text>
      {!fieldError && <WriteError error={write.error} />}
      <Modal
        open={asking}
        title={t('process.confirm.title', { action, number: proposal.number })}
        okText={t('process.confirm.ok')}
        cancelText={t('process.confirm.cancel')}
        onCancel={() => setAsking(false)}
        onOk={() => {
          setAsking(false);
          write.mutate({
            path: 'sign-sk',
            body: { version: proposal.version, ...(signedOn ? { signedOn } : {}) },
          });
        }}
        destroyOnHidden
      >
        <Typography.Paragraph>
          {t('process.decree.signing.confirm', { number: decree.number, name: decree.signatoryName })}
        </Typography.Paragraph>
      </Modal>
    </Space>
  );
}
