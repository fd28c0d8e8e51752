import { Button, Card, Form, Input, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SelectionDetail, useSelectionWrite } from '../../api/use-selections';
import { LocalDatePicker } from '../../components/local-date-picker';
import { formatNip } from '../../lib/format';

type Write = ReturnType<typeof useSelectionWrite>;

/** The committee's shortlist (BKPSDM) and the PPK's choice, when the server offers them. */
export function SelectionChoiceForms({ selection: s, write }: { selection: SelectionDetail; write: Write }) {
  const { t } = useTranslation();
  const label = (c: { name: string; nip: string }) => `${c.name} (${formatNip(c.nip)})`;
  return (
    <>
      {s.steps.includes('shortlist') && (
        <Card type="inner" size="small" title={t('selection.form.shortlistTitle')}>
          <Typography.Paragraph type="secondary">{t('selection.form.shortlistHelp')}</Typography.Paragraph>
          <Form<{ shortlist: string[]; reason?: string }>
            layout="vertical"
            initialValues={{ shortlist: s.shortlist.map((c) => c.nip), reason: s.shortlistReason ?? '' }}
            onFinish={(v) =>
              write.mutate({
                path: 'shortlist',
                body: { version: s.version, shortlist: v.shortlist, reason: v.reason?.trim() || null },
              })
            }
          >
            <Form.Item
              name="shortlist"
              label={t('selection.form.shortlistPick')}
              rules={[{ required: true }]}
            >
              <Select
                mode="multiple"
                options={s.candidates
                  .filter((c) => c.qualified)
                  .map((c) => ({ value: c.nip, label: label(c) }))}
              />
            </Form.Item>
            <Form.Item name="reason" label={t('selection.form.reason')}>
              <Input.TextArea rows={2} />
            </Form.Item>
            <Button htmlType="submit" type="primary" loading={write.isPending}>
              {t('selection.form.save')}
            </Button>
          </Form>
        </Card>
      )}
      {s.steps.includes('result') && (
        <Card
          type="inner"
          size="small"
          title={t('selection.form.resultTitle')}
          data-testid="selection-result-form"
        >
          <Form<{ nip: string; decidedOn: string; decreeNumber: string }>
            layout="vertical"
            onFinish={(v) => write.mutate({ path: 'result', body: { version: s.version, ...v } })}
          >
            <Form.Item name="nip" label={t('selection.form.chosen')} rules={[{ required: true }]}>
              <Select options={s.shortlist.map((c) => ({ value: c.nip, label: `${c.rank}. ${label(c)}` }))} />
            </Form.Item>
            <Form.Item name="decidedOn" label={t('selection.decidedOn')} rules={[{ required: true }]}>
              <LocalDatePicker />
            </Form.Item>
            <Form.Item
              name="decreeNumber"
              label={t('selection.decreeNumber')}
              rules={[{ required: true, min: 3 }]}
            >
              <Input placeholder="800.1.3.2/214/BKPSDM/2026" />
            </Form.Item>
            <Button htmlType="submit" type="primary" loading={write.isPending}>
              {t('selection.form.save')}
            </Button>
          </Form>
        </Card>
      )}
    </>
  );
}
