import { Button, Card, Col, Form, Input, InputNumber, Row, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { isApiError } from '../../api/api-error';
import {
  type ProcessSettingsInput,
  useProcessSettings,
  useSaveProcessSettings,
} from '../../api/use-proposals';
import { useLanguage } from '../../lib/use-language';
import { fieldPath, NUMBERING_FIELDS, SIGNER_FIELDS, SIGNERS } from './process-settings-fields';
import { WriteError } from './write-error';

/** The anchor the SK check links to when a signatory is missing or incomplete. */
export const PROCESS_SETTINGS_ANCHOR = 'process-settings';

/**
 * Objection window, SK number pattern and signatories (name, office, NIP). Everyone in the process
 * reads them; only the head of BKPSDM (the server's `actions`) gets an editable form. A link to
 * `#process-settings` (from the SK check) scrolls here.
 */
export function ProcessSettingsCard() {
  const { t } = useTranslation();
  const lng = useLanguage();
  const settings = useProcessSettings();
  const save = useSaveProcessSettings();
  const location = useLocation();
  const card = useRef<HTMLDivElement>(null);
  const loaded = Boolean(settings.data);
  useEffect(() => {
    if (loaded && location.hash === `#${PROCESS_SETTINGS_ANCHOR}`) card.current?.scrollIntoView();
  }, [loaded, location.hash]);
  if (!settings.data) return null;
  const s = settings.data;
  const editable = s.actions.includes('process.settings.update');
  const fieldError = isApiError(save.error) ? save.error.fieldMessages(lng) : {};
  const errorOf = (field: string) =>
    fieldError[field] ? { validateStatus: 'error' as const, help: fieldError[field] } : {};
  const templateHelp = `${t('process.settings.templateHelp')} ${t('process.settings.sample', { number: s.sampleNumber })}`;
  return (
    <Card
      ref={card}
      id={PROCESS_SETTINGS_ANCHOR}
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
          {NUMBERING_FIELDS.map((f) => (
            <Col xs={f.span.xs} md={f.span.md} key={fieldPath(f.name)}>
              <Form.Item
                name={f.name}
                label={t(`process.settings.${f.label}`)}
                rules={[
                  { required: true },
                  // Out of range is said, never clamped behind the user's back (-5 does not become 0).
                  ...(f.range
                    ? [
                        {
                          type: 'integer' as const,
                          min: f.range.min,
                          max: f.range.max,
                          message: t('planning.rule.integer', { min: f.range.min, max: f.range.max }),
                        },
                      ]
                    : []),
                ]}
                {...(f.template ? { extra: templateHelp, ...errorOf(fieldPath(f.name)) } : {})}
              >
                {f.range ? <InputNumber style={{ width: '100%' }} /> : <Input />}
              </Form.Item>
            </Col>
          ))}
          {SIGNERS.map((who) => (
            <Col xs={24} md={12} key={who}>
              <fieldset>
                <legend>{t(`process.settings.${who}`)}</legend>
                {SIGNER_FIELDS.map((f) => (
                  <Form.Item
                    key={f.key}
                    name={[who, f.key]}
                    label={t(`process.settings.${f.label}`)}
                    {...(f.required ? { rules: [{ required: true }] } : {})}
                    {...(f.help ? { extra: t(`process.settings.${f.help}`) } : {})}
                    {...errorOf(`${who}.${f.key}`)}
                  >
                    <Input />
                  </Form.Item>
                ))}
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
