import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProposalDetail } from '../../api/use-proposals';

type Item = ProposalDetail['items'][number];

const COLORS = { COMPLETED: 'green', IN_PROGRESS: 'gold', OTHER_CHOSEN: 'red', NONE: 'red' } as const;

/**
 * For a move into a JPT post: "Seleksi JPT: selesai / sedang berjalan / belum ada", linking to the
 * selection on the post's page. Anything but COMPLETED is a warning: the server refuses the SK.
 */
export function JptSelectionTag({ item }: { item: Item }) {
  const { t } = useTranslation();
  const s = item.jptSelection;
  if (!s) return null;
  const tag = (
    <Tag color={COLORS[s.state]} data-testid="jpt-selection-tag">
      {t(`selection.proposal.state.${s.state}`)}
    </Tag>
  );
  return (
    <div>
      {s.state === 'COMPLETED' ? tag : <Tooltip title={t('selection.proposal.warning')}>{tag}</Tooltip>}
      <Link
        to={`/jabatan/${item.toPositionId}`}
        className="cell-sub"
        aria-label={t('selection.proposal.linkLabel', { position: item.toPositionName })}
      >
        {t('selection.proposal.link')}
      </Link>
    </div>
  );
}
