import { TeamOutlined, UserAddOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Popconfirm, Space, Table, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import {
  type Participant,
  participationEvidenceUrl,
  useProgram,
  useRemoveParticipant,
} from '../../api/use-registers';
import { useSignedInUser } from '../../api/use-session';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { PageHeader } from '../../components/page-header';
import { PageLoading } from '../../components/page-loading';
import { formatNip, formatNumber } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';
import { BulkParticipants } from './bulk-participants';
import { EvidenceView } from './evidence-view';
import { IndexEffect } from './index-effect';
import { ParticipantForm } from './participant-form';
import { ProgramForm } from './program-form';
import { spanText } from './program-span';
import { serverErrors } from './server-errors';
import './registers.css';

/**
 * One programme with its participants: their role, span, hours, outcome, evidence and how each
 * part moves the person's index; single and bulk entry for those the server lets write.
 */
export default function ProgramPage() {
  const { t } = useTranslation();
  const lng = useLanguage();
  const { message } = App.useApp();
  const user = useSignedInUser();
  const id = Number(useParams().id);
  const detail = useProgram(id);
  const remove = useRemoveParticipant(id);
  const [editing, setEditing] = useState<Participant | 'new' | null>(null);
  const [bulk, setBulk] = useState(false);
  const [editProgram, setEditProgram] = useState(false);
  const { unplaced } = serverErrors(remove.error, lng, []);

  if (detail.isPending) return <PageLoading rows={8} />;
  if (detail.isError)
    return (
      <div className="page">
        <ErrorState level={1} error={detail.error} onRetry={() => void detail.refetch()} />
      </div>
    );
  const { program, participants, actions } = detail.data;
  const canWrite = actions.includes('evaluation.write');
  const canManage = actions.includes('evaluation.period.manage');
  const writeReason = canWrite ? null : t('registers.participants.noWriteReason');
  return (
    <div className="page" data-testid="program-page">
      <PageHeader
        title={program.name}
        back={{ to: '/program', label: t('registers.program.back') }}
        subtitle={`${program.code} · ${spanText(t, lng, program.startDate, program.endDate)}`}
        extra={
          <Tooltip title={canManage ? null : t('registers.program.noWriteReason')}>
            <Button disabled={!canManage} onClick={() => setEditProgram(true)} data-testid="program-edit">
              {t('registers.program.edit')}
            </Button>
          </Tooltip>
        }
      />
      <div className="stack">
        <Card>
          <Descriptions column={1} size="small" className="register-detail">
            <Descriptions.Item label={t('registers.program.field.description')}>
              {program.description}
            </Descriptions.Item>
            <Descriptions.Item label={t('registers.program.col.lead')}>
              {program.leadUnitName ?? '–'}
            </Descriptions.Item>
          </Descriptions>
        </Card>
        <Card
          title={
            <span>
              {t('registers.participants.title')} ·{' '}
              {t('registers.participants.count', { n: formatNumber(participants.length, lng) })}
            </span>
          }
          extra={
            <Space wrap>
              <Tooltip title={writeReason}>
                <Button
                  icon={<UserAddOutlined aria-hidden />}
                  disabled={!canWrite}
                  onClick={() => setEditing('new')}
                  data-testid="participant-add"
                >
                  {t('registers.participants.add')}
                </Button>
              </Tooltip>
              <Tooltip title={writeReason}>
                <Button
                  type="primary"
                  icon={<TeamOutlined aria-hidden />}
                  disabled={!canWrite}
                  onClick={() => setBulk(true)}
                  data-testid="participant-bulk"
                >
                  {t('registers.participants.bulk')}
                </Button>
              </Tooltip>
            </Space>
          }
        >
          {user.role === 'OPD_HEAD' && (
            <Typography.Paragraph type="secondary">
              {t('registers.participants.scopeNote')}
            </Typography.Paragraph>
          )}
          {unplaced && <Alert type="error" showIcon message={unplaced} className="form-alert" />}
          <Typography.Paragraph type="secondary">{t('registers.effect.intro')}</Typography.Paragraph>
          {participants.length === 0 ? (
            <EmptyState title={t('registers.participants.empty')} />
          ) : (
            <Table<Participant>
              rowKey="id"
              dataSource={participants}
              size="small"
              pagination={{ pageSize: 25, hideOnSinglePage: true, showSizeChanger: false }}
              scroll={{ x: 1000 }}
              data-testid="participant-table"
              columns={[
                {
                  key: 'person',
                  title: t('registers.participants.col.person'),
                  render: (_, p) => (
                    <>
                      <Link to={`/pegawai/${p.nip}`}>{p.name}</Link>
                      <br />
                      <Typography.Text type="secondary">{formatNip(p.nip)}</Typography.Text>
                    </>
                  ),
                },
                {
                  key: 'role',
                  title: t('registers.participants.col.role'),
                  render: (_, p) => t(`registers.programRole.${p.role}`),
                },
                {
                  key: 'span',
                  title: t('registers.participants.col.span'),
                  // Newest parts first, so what was just added is on the first page.
                  sorter: (a, b) => a.startDate.localeCompare(b.startDate) || a.id - b.id,
                  defaultSortOrder: 'descend',
                  render: (_, p) => spanText(t, lng, p.startDate, p.endDate),
                },
                {
                  key: 'hours',
                  title: t('registers.participants.col.hours'),
                  align: 'right',
                  render: (_, p) => formatNumber(p.hours, lng, 1),
                },
                {
                  key: 'outcome',
                  title: t('registers.participants.col.outcome'),
                  render: (_, p) => t(`registers.outcome.${p.outcome}`),
                },
                {
                  key: 'evidence',
                  title: t('registers.participants.col.evidence'),
                  render: (_, p) => (
                    <EvidenceView
                      compact
                      evidence={p.evidence}
                      downloadUrl={participationEvidenceUrl(program.id, p.id)}
                    />
                  ),
                },
                {
                  key: 'effect',
                  title: t('registers.participants.col.effect'),
                  render: (_, p) => <IndexEffect effects={p.effects} />,
                },
                {
                  key: 'actions',
                  title: t('registers.participants.col.actions'),
                  render: (_, p) => (
                    <Space>
                      <Tooltip title={writeReason}>
                        <Button size="small" disabled={!canWrite} onClick={() => setEditing(p)}>
                          {t('registers.participants.edit')}
                        </Button>
                      </Tooltip>
                      <Popconfirm
                        title={t('registers.participants.removeConfirm', { name: p.name })}
                        okText={t('registers.participants.remove')}
                        cancelText={t('registers.participants.cancel')}
                        disabled={!canWrite}
                        onConfirm={() =>
                          remove.mutate(
                            { id: p.id, version: p.version },
                            { onSuccess: () => void message.success(t('registers.participants.removed')) },
                          )
                        }
                      >
                        <Tooltip title={writeReason}>
                          <Button size="small" danger disabled={!canWrite}>
                            {t('registers.participants.remove')}
                          </Button>
                        </Tooltip>
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]}
            />
          )}
        </Card>
      </div>
      {editing && (
        <ParticipantForm
          program={program}
          participant={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
      {bulk && <BulkParticipants program={program} onClose={() => setBulk(false)} />}
      {editProgram && (
        <ProgramForm
          program={program}
          onClose={() => setEditProgram(false)}
          onSaved={() => setEditProgram(false)}
        />
      )}
    </div>
  );
}
