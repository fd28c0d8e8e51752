import { Button, Descriptions, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProposalDetail } from '../../api/use-proposals';
import { formatDate } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';

type Item = ProposalDetail['items'][number];

/**
 * The exception to the 2-year minimum recorded for a move, as the board and the PPK see it: the
 * ground, the reason, who approved it and when, and the attached document. `onRemove` is given only
 * when the caller may remove it (the server's `actions`).
 */
export function TenureOverrideDetails({
  proposal,
  item,
  onRemove,
}: {
  proposal: ProposalDetail;
  item: Item;
  onRemove?: (() => void) | undefined;
}) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const o = item.tenureOverride;
  if (!o) return null;
  return (
    <Descriptions
      size="small"
      column={1}
      bordered
      title={t('process.override.recorded')}
      data-testid="tenure-override-details"
      extra={
        onRemove && (
          <Popconfirm
            title={t('process.override.removeConfirm')}
            okText={t('process.confirm.ok')}
            cancelText={t('process.confirm.cancel')}
            onConfirm={onRemove}
          >
            <Button size="small" danger>
              {t('process.override.remove')}
            </Button>
          </Popconfirm>
        )
      }
    >
      <Descriptions.Item label={t('process.override.ground')}>
        {t(`process.override.grounds.${o.ground}`)}
      </Descriptions.Item>
      <Descriptions.Item label={t('process.override.reason')}>{o.reason}</Descriptions.Item>
      <Descriptions.Item label={t('process.override.approvedBy')}>
        {t('process.override.approvedOn', {
          name: o.approvedByName ?? `#${o.approvedByUserId ?? '-'}`,
          date: formatDate(o.approvedAt, lng),
        })}
      </Descriptions.Item>
      <Descriptions.Item label={t('process.override.document')}>
        <a
          href={`/api/proposals/${proposal.id}/items/${item.id}/tenure-override.pdf`}
          aria-label={`${t('process.override.download')}: ${item.employeeName}`}
        >
          {o.documentName}
        </a>{' '}
        <span className="cell-sub">({Math.ceil(o.documentBytes / 1024)} KB)</span>
      </Descriptions.Item>
    </Descriptions>
  );
}
