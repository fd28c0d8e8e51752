import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportRunDto } from '../../api/use-import-export';
import { formatNumber } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';

/** What the file was and what the import did (or would do on a dry run). */
export function ImportSummary({ report }: { report: ImportRunDto }) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const n = (v: number) => formatNumber(v, lng);
  const count = (severity: 'ERROR' | 'WARNING') =>
    n(report.problems.filter((p) => p.severity === severity).length);
  return (
    <Descriptions size="small" bordered column={{ xs: 1, md: 3 }} data-testid="import-summary">
      <Descriptions.Item label={t('importExport.summary.file')}>{report.fileName}</Descriptions.Item>
      <Descriptions.Item label={t('importExport.summary.format')}>
        {report.format}
        {report.sheet ? ` · ${report.sheet}` : ''}
      </Descriptions.Item>
      <Descriptions.Item label={t('importExport.summary.headerRow')}>
        {report.headerRow ?? '-'}
      </Descriptions.Item>
      <Descriptions.Item label={t('importExport.summary.rows')}>
        <span data-testid="import-rows">{n(report.rows)}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('importExport.summary.errors')}>
        <span data-testid="import-errors">{count('ERROR')}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('importExport.summary.warnings')}>{count('WARNING')}</Descriptions.Item>
      <Descriptions.Item label={t('importExport.summary.created')}>
        <span data-testid="written-created">{n(report.written.created)}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('importExport.summary.updated')}>
        <span data-testid="written-updated">{n(report.written.updated)}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('importExport.summary.unchanged')}>
        <span data-testid="written-unchanged">{n(report.written.unchanged)}</span>
      </Descriptions.Item>
    </Descriptions>
  );
}
