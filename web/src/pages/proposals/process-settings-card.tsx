import { Button, Card, Col, Form, Input, InputNumber, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error';
import {
  type ProcessSettingsInput,
  useProcessSettings,
  useSaveProcessSettings,
} from '../../api/use-proposals';
import { useLanguage } from '../../lib/use-language';
import { WriteError } from './write-error';

/**
 * Objection window, SK number pattern and signatories. Everyone in the process reads them; only the
 * head of BKPSDM (the server's `actions`) gets an editable form.
 */
export function ProcessSettingsCard() {
  const { t } = useTranslation();
  const lng = useLanguage();
  const settings = useProcessSettings();
  const save = useSaveProcessSettings();
  if (!settings.data) return null;
  const s = settings.data;
  const editable = s.actions.includes('process.settings.update');
  const fieldError = isApiError(save.error) ? save.error.fieldMessages(lng) : {};
  const errorOf = (field: string) =>
    fieldError[field] ? { validateStatus: 'error' as const, help: fieldError[field] } : {};
  return (
    <Card
      title={<h2 className="card-heading">{t('process.settings.title')}</h2>}
      data-testid="process-settings"
    >
      {!editable && (
        <Typography.Paragraph type="secondary">{t('process.settings.readOnly')}</Typography.Paragraph>
      )}
      <Form<ProcessSettingsInput>
        layout="vertical"
        disabled={!editable}
        initialValues={s}
        onFinish={(v) => save.mutate(v)}
      >
        <WriteError error={save.error} />
        <Row gutter={16}>
          <Col xs={24} md={6}>
            <Form.Item
              name="objectionWindowDays"
              label={t('process.settings.objectionDays')}
              rules={[{ required: true }]}
            >
              <InputNumber min={0} max={90} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={18}>
            <Form.Item
              name={['numbering', 'template']}
              label={t('process.settings.template')}
              extra={`${t('process.settings.templateHelp')} ${t('process.settings.sample', { number: s.sampleNumber })}`}
              rules={[{ required: true }]}
              {...errorOf('numbering.template')}
            >
              <Input />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item
              name={['numbering', 'klasifikasi']}
              label={t('process.settings.klasifikasi')}
              rules={[{ required: true }]}
            >
              <Input />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item
              name={['numbering', 'unit']}
              label={t('process.settings.unit')}
              rules={[{ required: true }]}
            >
              <Input />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item
              name={['numbering', 'seqDigits']}
              label={t('process.settings.seqDigits')}
              rules={[{ required: true }]}
            >
              <InputNumber min={1} max={6} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          {(['skSignatory', 'excerptSigner'] as const).map((who) => (
            <Col xs={24} md={12} key={who}>
              <fieldset>
                <legend>{t(`process.settings.${who}`)}</legend>
                <Form.Item
                  name={[who, 'title']}
                  label={t('process.settings.signTitle')}
                  rules={[{ required: true }]}
                >
                  <Input />
                </Form.Item>
                <Form.Item name={[who, 'office']} label={t('process.settings.signOffice')}>
                  <Input />
                </Form.Item>
                <Form.Item
                  name={[who, 'name']}
                  label={t('process.settings.signName')}
                  rules={[{ required: true }]}
                >
                  <Input />
                </Form.Item>
              </fieldset>
            </Col>
          ))}
        </Row>
        {editable && (
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t('process.settings.save')}
          </Button>
        )}
        {save.isSuccess && <Typography.Text type="success"> {t('process.settings.saved')}</Typography.Text>}
      </Form>
    </Card>
  );
}
