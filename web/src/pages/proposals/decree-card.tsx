import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LocalDate } from '../../../../src/core/model/local-date';
import { objectionWindow } from '../../../../src/core/workflow/objection-window';
import type { Transition } from '../../../../src/core/workflow/proposal-states';
import type { ProposalDetail } from '../../api/use-proposals';
import { formatDate, formatNip } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';
import { DecreeCheckPanel } from './decree-check-panel';
import { DecreeSigning } from './decree-signing';

/** The steps this card offers itself, with their dates; the actions card leaves them out. */
const DECREE_STEPS: readonly Transition[] = ['issueSk', 'signSk'];

/** The proposal as the actions card should see it: without the SK's own steps. */
export function withoutDecreeSteps(p: ProposalDetail): ProposalDetail {
  return {
    ...p,
    transitions: p.transitions.filter((t) => !DECREE_STEPS.includes(t)),
    blockedTransitions: p.blockedTransitions.filter((b) => !DECREE_STEPS.includes(b.transition)),
  };
}

/**
 * The SK: before it, the pre-issue check and the issue button (approved proposals); once issued, its
 * number, date, signatory, the PDF, the signature and the announcement's objection window.
 */
export function DecreeCard({ proposal }: { proposal: ProposalDetail }) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const d = proposal.decree;
  const window =
    proposal.announcedOn && proposal.objectionWindowDays !== null
      ? objectionWindow(proposal.announcedOn as LocalDate, proposal.objectionWindowDays)
      : null;
  return (
    <Card title={<h2 className="card-heading">{t('process.decree.title')}</h2>} data-testid="decree-card">
      {d ? (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label={t('process.decree.number')}>
              <span data-testid="decree-number">{d.number}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('process.decree.date')}>
              {formatDate(d.decreeDate, lng)}
            </Descriptions.Item>
            <Descriptions.Item label={t('process.col.tmt')}>{formatDate(d.tmt, lng)}</Descriptions.Item>
            <Descriptions.Item label={t('process.decree.signatory')}>
              {d.signatoryName}
              {d.signatoryNip ? ` (NIP ${formatNip(d.signatoryNip)})` : ''}
              <br />
              {d.signatoryTitle}
            </Descriptions.Item>
            {proposal.announcedOn && (
              <Descriptions.Item label={t('process.decree.announcedOn')}>
                {formatDate(proposal.announcedOn, lng)}
              </Descriptions.Item>
            )}
            {window && (
              <Descriptions.Item label={t('process.decree.windowEnds')}>
                <span data-testid="objection-window-end">{formatDate(window.closesOn, lng)}</span> (
                {t('process.decree.windowDays', { days: proposal.objectionWindowDays })})
              </Descriptions.Item>
            )}
          </Descriptions>
          <Button
            icon={<DownloadOutlined aria-hidden />}
            href={`/api/proposals/${proposal.id}/sk.pdf`}
            data-testid="download-sk"
          >
            {t('process.decree.download')}
          </Button>
          <DecreeSigning proposal={proposal} decree={d} />
        </Space>
      ) : proposal.state === 'APPROVED' ? (
        <DecreeCheckPanel proposal={proposal} />
      ) : (
        <Typography.Text type="secondary">{t('process.decree.none')}</Typography.Text>
      )}
    </Card>
  );
}
