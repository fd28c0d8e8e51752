import { Alert, Button, Checkbox, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProposalDetail, useProposalWrite } from '../../api/use-proposals';
import { LocalDatePicker } from '../../components/local-date-picker';
import { formatNip } from '../../lib/format';

interface Values {
  letterNo: string;
  letterDate: string;
  subject: string;
  coveredNips: string[];
}

/**
 * The SK was refused inside an election-period window (WORKFLOW_ELECTION_WINDOW): the rule in
 * words and a form to attach the Mendagri's written approval (number, date, the NIPs it covers).
 */
export function ElectionRefusal({
  proposal,
  message,
  write,
}: {
  proposal: ProposalDetail;
  message: string;
  write: ReturnType<typeof useProposalWrite>;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="election-refusal"
      title={t('process.decree.election')}
      description={
        <>
          <p>{message}</p>
          <p>{t('process.decree.electionHint')}</p>
          <Form<Values>
            form={form}
            layout="vertical"
            initialValues={{ coveredNips: proposal.items.map((i) => i.nip) }}
            onFinish={(v) =>
              write.mutate({
                path: 'mendagri-approvals',
                body: { version: proposal.version, ...v },
              })
            }
          >
            <Form.Item
              name="letterNo"
              label={t('process.decree.letterNo')}
              rules={[{ required: true, min: 3 }]}
            >
              <Input />
            </Form.Item>
            <Form.Item name="letterDate" label={t('process.decree.letterDate')} rules={[{ required: true }]}>
              <LocalDatePicker />
            </Form.Item>
            <Form.Item
              name="subject"
              label={t('process.decree.subject')}
              rules={[{ required: true, min: 3 }]}
            >
              <Input />
            </Form.Item>
            <Form.Item
              name="coveredNips"
              label={t('process.decree.coveredNips')}
              rules={[{ required: true }]}
            >
              <Checkbox.Group
                options={proposal.items.map((i) => ({
                  value: i.nip,
                  label: `${i.employeeName} (${formatNip(i.nip)})`,
                }))}
              />
            </Form.Item>
            <Button htmlType="submit" type="primary" loading={write.isPending}>
              {t('process.decree.addApproval')}
            </Button>
          </Form>
        </>
      }
    />
  );
}
