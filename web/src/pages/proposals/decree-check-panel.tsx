import { Alert, Button, Descriptions, Form, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError } from '../../api/api-error';
import { type DecreeCheck, useDecreeCheck } from '../../api/use-decree';
import { type ProposalDetail, useProposalWrite } from '../../api/use-proposals';
import { LocalDatePicker } from '../../components/local-date-picker';
import { useLanguage } from '../../lib/use-language';
import { ElectionRefusal } from './election-refusal';
import { WriteError } from './write-error';

type Finding = DecreeCheck['findings'][number];
const GROUPS = ['JPT', 'ADMINISTRATOR', 'PENGAWAS', 'JF', 'PELAKSANA'] as const;

/** Where a finding is fixed: the settings card, the SK date above, the board, the approval form. */
function FixLink({ finding }: { finding: Finding }) {
  const { t } = useTranslation();
  if (finding.field.startsWith('skSignatory') || finding.field.startsWith('excerptSigner'))
    return <Link to="/usulan#process-settings">{t('process.decree.check.fixSettings')}</Link>;
  if (finding.field === 'date') return <a href="#sk-date">{t('process.decree.check.fixDate')}</a>;
  if (finding.field === 'board') return <Link to="/sidang-tpk">{t('process.decree.check.fixBoard')}</Link>;
  if (finding.field === 'mendagriApproval')
    return <a href="#mendagri-approval">{t('process.decree.check.fixApproval')}</a>;
  return null;
}

/**
 * Before the SK: what the server's check finds for the chosen SK date, each finding with a link to
 * where it is fixed, the title the SK will carry, and the issue button, disabled with the reason
 * while anything is found. The page refreshes from the proposal the server answers with.
 */
export function DecreeCheckPanel({ proposal }: { proposal: ProposalDetail }) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const [date, setDate] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  const check = useDecreeCheck(proposal.id, date, proposal.version, true);
  const write = useProposalWrite(proposal.id);
  const atMyDesk =
    proposal.transitions.includes('issueSk') ||
    proposal.blockedTransitions.some((b) => b.transition === 'issueSk');
  if (check.isPending)
    return <Typography.Text type="secondary">{t('process.decree.check.loading')}</Typography.Text>;
  if (check.isError) return <WriteError error={check.error} />;
  const c = check.data;
  const dateFindings = c.findings.filter((f) => f.field === 'date').map((f) => f.message[lng]);
  const sentDate = isApiError(write.error) ? write.error.fieldMessages(lng).date : undefined;
  const dateErrors = [...dateFindings, ...(sentDate && !dateFindings.includes(sentDate) ? [sentDate] : [])];
  const election = c.findings.find((f) => f.field === 'mendagriApproval');
  const reason = c.refusal ? c.refusal.message[lng] : t('process.decree.check.blocked');
  const action = t('process.decree.check.issue');
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="decree-check">
      <Typography.Title level={3} className="section-title">
        {t('process.decree.check.title')}
      </Typography.Title>
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label={t('process.decree.check.subject')}>
          <span data-testid="decree-subject">{c.title.subject}</span>
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            {t('process.decree.check.subjectHelp')}
          </Typography.Paragraph>
        </Descriptions.Item>
        <Descriptions.Item label={t('process.decree.check.moves')}>
          {GROUPS.filter((g) => c.title.counts[g] > 0)
            .map((g) => `${t(`process.decree.check.group.${g}`)}: ${c.title.counts[g]}`)
            .join(' · ') || '0'}
        </Descriptions.Item>
      </Descriptions>
      {c.findings.length === 0 ? (
        <Alert
          type="success"
          showIcon
          title={t('process.decree.check.clean')}
          data-testid="decree-check-clean"
        />
      ) : (
        <Alert
          type="warning"
          showIcon
          title={t('process.decree.check.findings', { count: c.findings.length })}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid="decree-findings">
              {c.findings.map((f) => (
                <li
                  key={`${f.code}-${f.field}-${f.message.en}`}
                  data-testid="decree-finding"
                  data-code={f.code}
                >
                  {f.message[lng]} <FixLink finding={f} />
                </li>
              ))}
            </ul>
          }
        />
      )}
      {election && (
        <div id="mendagri-approval">
          <ElectionRefusal proposal={proposal} message={election.message[lng]} write={write} />
        </div>
      )}
      {atMyDesk && (
        <Form layout="vertical" onFinish={() => setAsking(true)}>
          <Form.Item
            label={t('process.decree.check.date')}
            htmlFor="sk-date"
            extra={t('process.decree.check.dateHelp')}
            {...(dateErrors.length > 0
              ? { validateStatus: 'error' as const, help: dateErrors.join(' ') }
              : {})}
          >
            <LocalDatePicker
              id="sk-date"
              data-testid="sk-date"
              value={date ?? c.date}
              max={proposal.tmt}
              allowClear={false}
              onChange={(v) => setDate(v)}
              {...(dateErrors.length > 0 ? { status: 'error' as const } : {})}
            />
          </Form.Item>
          <Space direction="vertical">
            <Button
              type="primary"
              htmlType="submit"
              data-testid="issue-sk"
              disabled={!c.allowed}
              loading={write.isPending}
              aria-describedby={c.allowed ? undefined : 'issue-sk-reason'}
            >
              {action}
            </Button>
            {!c.allowed && (
              <Typography.Text type="secondary" id="issue-sk-reason" data-testid="issue-sk-reason">
                {reason}
              </Typography.Text>
            )}
          </Space>
        </Form>
      )}
      {!sentDate && <WriteError error={write.error} />}
      <Modal
        open={asking}
        title={t('process.confirm.title', { action, number: proposal.number })}
        okText={t('process.confirm.ok')}
        cancelText={t('process.confirm.cancel')}
        onCancel={() => setAsking(false)}
        onOk={() => {
          setAsking(false);
          write.mutate({
            path: 'issue-sk',
            body: { version: proposal.version, ...(date ? { date } : {}) },
          });
        }}
        destroyOnHidden
      >
        <Typography.Paragraph>{t('process.confirm.body')}</Typography.Paragraph>
      </Modal>
    </Space>
  );
}
