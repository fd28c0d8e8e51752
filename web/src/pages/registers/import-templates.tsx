import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TEMPLATE_KIND_VALUES } from '../../../../src/contract/import-export';
import { importTemplateUrl } from '../../api/use-registers';

type TemplateKind = (typeof TEMPLATE_KIND_VALUES)[number];

/** The import kinds with a template (the server's list; typed against the contract). */
const TEMPLATE_KINDS: readonly TemplateKind[] = ['innovations', 'program-participants'];

export const isTemplateKind = (kind: string): kind is TemplateKind =>
  (TEMPLATE_KINDS as readonly string[]).includes(kind);

/** The empty files to fill in for the registers' imports, offered next to the upload. */
export function ImportTemplates({ kind }: { kind: TemplateKind }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="info"
      showIcon
      data-testid="import-templates"
      message={t('registers.importTemplates.title')}
      description={
        <Space direction="vertical">
          <span>
            {t('registers.importTemplates.hint', { what: t(`registers.importTemplates.what.${kind}`) })}
          </span>
          <Space wrap>
            <Button
              icon={<DownloadOutlined aria-hidden />}
              href={importTemplateUrl(kind, 'xlsx')}
              data-testid="template-xlsx"
            >
              {t('registers.importTemplates.xlsx')}
            </Button>
            <Button
              icon={<DownloadOutlined aria-hidden />}
              href={importTemplateUrl(kind, 'csv')}
              data-testid="template-csv"
            >
              {t('registers.importTemplates.csv')}
            </Button>
          </Space>
        </Space>
      }
    />
  );
}
