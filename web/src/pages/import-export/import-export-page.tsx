import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header';
import { ExportPanel } from './export-panel';
import { ImportPanel } from './import-panel';

/**
 * Import (dry run with the row report, then an explicit commit of all rows or none) and export
 * (the lists as XLSX or CSV with their filters) for the personnel office.
 */
export default function ImportExportPage() {
  const { t } = useTranslation();
  return (
    <div className="page" data-testid="import-export-page">
      <PageHeader title={t('importExport.title')} subtitle={t('importExport.subtitle')} />
      <Tabs
        items={[
          { key: 'import', label: t('importExport.tabImport'), children: <ImportPanel /> },
          { key: 'export', label: t('importExport.tabExport'), children: <ExportPanel /> },
        ]}
      />
    </div>
  );
}
