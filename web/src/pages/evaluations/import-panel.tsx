import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Table, Tag, Tooltip, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error';
import { type ImportReport, type PeriodItem, useImportRecords } from '../../api/use-evaluations';
import { useLanguage } from '../../lib/use-language';

type Problem = ImportReport['problems'][number];

/** A file's bytes as base64, in slices so large files do not overflow the call stack. */
async function toBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * Import of a CSV/XLSX file into an open period: checked first (dry run) with the row report
 * (row, column, value, rule, message); written only on a second, explicit step and only when no
 * row is bad.
 */
export function ImportPanel({ period }: { period: PeriodItem }) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const run = useImportRecords(period.id);
  const [file, setFile] = useState<{ fileName: string; contentBase64: string } | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  if (period.status !== 'OPEN') return <Alert type="info" showIcon message={t('evaluation.import.closed')} />;

  const send = async (body: { fileName: string; contentBase64: string }, dryRun: boolean) => {
    setFailure(null);
    try {
      const result = await run.mutateAsync({ ...body, dryRun });
      setReport(result);
      if (result.committed) setFile(null);
    } catch (error) {
      setReport(null);
      setFailure(isApiError(error) ? error.messageIn(lng) : t('state.unexpected'));
    }
  };

  const errors = report?.problems.filter((p) => p.severity === 'ERROR') ?? [];
  return (
    <div className="stack" data-testid="import-panel">
      <Typography.Paragraph>{t('evaluation.import.hint')}</Typography.Paragraph>
      <Space wrap>
        <Upload
          accept=".csv,.xlsx"
          maxCount={1}
          showUploadList={false}
          beforeUpload={(f) => {
            void toBase64(f).then((contentBase64) => {
              const body = { fileName: f.name, contentBase64 };
              setFile(body);
              void send(body, true);
            });
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} loading={run.isPending && !report}>
            {t('evaluation.import.choose')}
          </Button>
        </Upload>
        {file && report && !report.committed && errors.length === 0 && (
          <Button type="primary" loading={run.isPending} onClick={() => void send(file, false)}>
            {t('evaluation.import.commit', { count: report.validRows })}
          </Button>
        )}
      </Space>
      {failure && <Alert type="error" showIcon message={failure} />}
      {report && (
        <>
          <Typography.Text type="secondary">
            {t('evaluation.import.file', { name: report.fileName, format: report.format })}
          </Typography.Text>
          {report.committed && (
            <Alert
              type="success"
              showIcon
              data-testid="import-committed"
              message={t('evaluation.import.committed', {
                skp: report.counts.skp,
                attendance: report.counts.attendance,
              })}
            />
          )}
          {!report.committed &&
            (errors.length > 0 ? (
              <Alert type="error" showIcon message={t('evaluation.import.bad', { count: errors.length })} />
            ) : (
              <Alert type="success" showIcon message={t('evaluation.import.clean', { rows: report.rows })} />
            ))}
          {report.problems.length > 0 && <ProblemTable problems={report.problems} />}
        </>
      )}
    </div>
  );
}

function ProblemTable({ problems }: { problems: readonly Problem[] }) {
  const { t } = useTranslation();
  const lng = useLanguage();
  return (
    <Table<Problem>
      size="small"
      data-testid="import-report"
      rowKey={(p) => `${p.row}-${p.section}-${p.column}-${p.rule}`}
      dataSource={[...problems]}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      columns={[
        {
          key: 'row',
          title: t('evaluation.import.col.row'),
          render: (_, p) => p.row ?? t('evaluation.import.whole'),
        },
        { key: 'column', title: t('evaluation.import.col.column'), render: (_, p) => p.column ?? '' },
        {
          key: 'value',
          title: t('evaluation.import.col.value'),
          render: (_, p) => (p.value === undefined || p.value === null ? '' : String(p.value)),
        },
        {
          key: 'message',
          title: t('evaluation.import.col.message'),
          // The rule's internal code only in a tooltip: the message says what is wrong.
          render: (_, p) => (
            <Tooltip title={p.rule}>
              <span data-rule-code={p.rule}>{p.messages[lng]}</span>
            </Tooltip>
          ),
        },
        {
          key: 'severity',
          title: t('evaluation.import.col.severity'),
          render: (_, p) => (
            <Tag color={p.severity === 'ERROR' ? 'red' : 'gold'}>
              {t(`evaluation.import.severity.${p.severity}`)}
            </Tag>
          ),
        },
      ]}
    />
  );
}
