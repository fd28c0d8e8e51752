import { FileOutlined, LinkOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EvidenceView as Evidence } from '../../api/use-registers';
import { formatNumber } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';

/** Evidence as a reader sees it: the kept file to download, the link to open, or the document's number. */
export function EvidenceView({
  evidence,
  downloadUrl,
  compact = false,
}: {
  evidence: Evidence;
  downloadUrl: string;
  /** In a table: the file's name only (the link's accessible name still says "Unduh"). */
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const lng = useLanguage();
  if (evidence.kind === 'ATTACHMENT' && evidence.file) {
    const kib = formatNumber(Math.max(1, Math.round(evidence.file.bytes / 1024)), lng);
    const label = t('registers.evidence.download', { name: evidence.file.fileName });
    return (
      <a
        href={downloadUrl}
        download={evidence.file.fileName}
        data-testid="evidence-download"
        {...(compact ? { 'aria-label': label, title: `${label} (${kib} KiB)` } : {})}
      >
        <FileOutlined aria-hidden /> {compact ? evidence.file.fileName : `${label} (${kib} KiB)`}
      </a>
    );
  }
  if (evidence.kind === 'LINK') {
    return (
      <a href={evidence.reference} target="_blank" rel="noopener noreferrer" data-testid="evidence-link">
        <LinkOutlined aria-hidden /> {t('registers.evidence.open')}
      </a>
    );
  }
  return <Typography.Text data-testid="evidence-document">{evidence.reference}</Typography.Text>;
}
