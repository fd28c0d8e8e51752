import { App, Button, Descriptions, Drawer, Popconfirm, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  type InnovationDetail,
  innovationEvidenceUrl,
  useDeleteInnovation,
  useInnovation,
} from '../../api/use-registers';
import { ErrorState } from '../../components/error-state';
import { PageLoading } from '../../components/page-loading';
import { formatDate, formatNip } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';
import { EvidenceView } from './evidence-view';
import { IndexEffect } from './index-effect';
import { serverErrors } from './server-errors';

type Effect = InnovationDetail['effects'][number];

/** One innovation read in full: its stage and dates, team, evidence and each member's index effect. */
export function InnovationDrawer({
  id,
  onClose,
  onEdit,
}: {
  id: number;
  onClose: () => void;
  onEdit: (innovation: InnovationDetail) => void;
}) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const { message } = App.useApp();
  const detail = useInnovation(id);
  const remove = useDeleteInnovation();
  const i = detail.data;
  const canEdit = i?.actions.includes('evaluation.write') ?? false;
  const date = (d: string | null) => formatDate(d, lng) ?? '–';
  const { unplaced } = serverErrors(remove.error, lng, []);
  return (
    <Drawer
      open
      width="min(760px, 100vw)"
      title={i?.title ?? t('registers.innovation.detail')}
      onClose={onClose}
      data-testid="innovation-drawer"
      footer={
        i && (
          <Space wrap>
            <Tooltip title={canEdit ? null : t('registers.innovation.noEditReason')}>
              <Button
                type="primary"
                disabled={!canEdit}
                onClick={() => onEdit(i)}
                data-testid="innovation-edit"
              >
                {t('registers.innovation.edit')}
              </Button>
            </Tooltip>
            <Popconfirm
              title={t('registers.innovation.deleteConfirm')}
              okText={t('registers.innovation.delete')}
              cancelText={t('registers.innovation.cancel')}
              disabled={!canEdit}
              onConfirm={() =>
                remove.mutate(
                  { id: i.id, version: i.version },
                  {
                    onSuccess: () => {
                      void message.success(t('registers.innovation.deleted'));
                      onClose();
                    },
                  },
                )
              }
            >
              <Tooltip title={canEdit ? null : t('registers.innovation.noEditReason')}>
                <Button danger disabled={!canEdit} loading={remove.isPending} data-testid="innovation-delete">
                  {t('registers.innovation.delete')}
                </Button>
              </Tooltip>
            </Popconfirm>
            <Button onClick={onClose}>{t('registers.innovation.close')}</Button>
            {unplaced && (
              <Typography.Text type="danger" role="alert">
                {unplaced}
              </Typography.Text>
            )}
          </Space>
        )
      }
    >
      {detail.isPending ? (
        <PageLoading rows={6} />
      ) : detail.isError ? (
        <ErrorState error={detail.error} onRetry={() => void detail.refetch()} />
      ) : (
        i && (
          <div className="stack">
            <Descriptions column={1} size="small" bordered className="register-detail">
              <Descriptions.Item label={t('registers.innovation.field.unit')}>{i.unitName}</Descriptions.Item>
              <Descriptions.Item label={t('registers.innovation.field.stage')}>
                <Tag color="blue">{t(`registers.stage.${i.status}`)}</Tag>
              </Descriptions.Item>
              <Descriptions.Item label={t('registers.innovation.field.proposedOn')}>
                {date(i.proposedOn)}
              </Descriptions.Item>
              {i.implementedOn && (
                <Descriptions.Item label={t('registers.innovation.field.implementedOn')}>
                  {date(i.implementedOn)}
                </Descriptions.Item>
              )}
              {i.replicatedOn && (
                <Descriptions.Item label={t('registers.innovation.field.replicatedOn')}>
                  {date(i.replicatedOn)}
                </Descriptions.Item>
              )}
              {i.awardedOn && (
                <Descriptions.Item label={t('registers.innovation.field.awardedOn')}>
                  {date(i.awardedOn)}
                </Descriptions.Item>
              )}
              <Descriptions.Item label={t('registers.innovation.field.description')}>
                {i.description}
              </Descriptions.Item>
              <Descriptions.Item label={t('registers.evidence.label')}>
                <EvidenceView evidence={i.evidence} downloadUrl={innovationEvidenceUrl(i.id)} />
              </Descriptions.Item>
            </Descriptions>
            <section aria-labelledby="innovation-effects-title">
              <Typography.Title level={3} className="section-title" id="innovation-effects-title">
                {t('registers.effect.title')}
              </Typography.Title>
              <Typography.Paragraph type="secondary">{t('registers.effect.intro')}</Typography.Paragraph>
              <Table<Effect>
                size="small"
                pagination={false}
                rowKey="employeeId"
                dataSource={i.effects}
                data-testid="innovation-team-effects"
                columns={[
                  {
                    key: 'person',
                    title: t('registers.effect.person'),
                    render: (_, e) => {
                      const role = i.members.find((m) => m.employeeId === e.employeeId)?.role;
                      return (
                        <>
                          <Link to={`/pegawai/${e.nip}`}>{e.name}</Link>
                          <br />
                          <Typography.Text type="secondary">
                            {formatNip(e.nip)}
                            {role ? ` · ${t(`registers.innovationRole.${role}`)}` : ''}
                          </Typography.Text>
                        </>
                      );
                    },
                  },
                  {
                    key: 'effect',
                    title: t('registers.effect.periods'),
                    render: (_, e) => <IndexEffect effects={e.periods} />,
                  },
                ]}
              />
            </section>
          </div>
        )
      )}
    </Drawer>
  );
}
