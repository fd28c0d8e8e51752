import { DownloadOutlined, InboxOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Col, Form, Row, Select, Space, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error';
import { usePeriods } from '../../api/use-evaluations';
import {
  type ImportKind,
  type ImportRunDto,
  importReportUrl,
  type UploadProgress,
  useImportUpload,
} from '../../api/use-import-export';
import { formatNumber } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';
import { ImportTemplates, isTemplateKind } from '../registers/import-templates';
import { ImportProgressBar } from './import-progress-bar';
import { ImportSummary } from './import-summary';
import { periodOptions } from './period-options';
import { ProblemTable } from './problem-table';

const KINDS: readonly ImportKind[] = [
  'employees',
  'positions',
  'units',
  'evaluations',
  'innovations',
  'program-participants',
];

/**
 * Upload a file for a dry run (the report with every problem), then "Simpan" commits the same
 * file: offered only when the dry run is clean, and all rows or none are written.
 */
export function ImportPanel() {
  const { t } = useTranslation();
  const lng = useLanguage();
  const upload = useImportUpload();
  const [kind, setKind] = useState<ImportKind>('employees');
  const [period, setPeriod] = useState<string | undefined>();
  const [mapping, setMapping] = useState<{ name: string; text: string } | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [report, setReport] = useState<ImportRunDto | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const periods = usePeriods(kind === 'evaluations');

  const send = async (chosen: File, dryRun: boolean) => {
    setFailure(null);
    setProgress({ phase: 'upload', fraction: 0 });
    try {
      const result = await upload.mutateAsync({
        kind,
        file: chosen,
        dryRun,
        mappingText: mapping?.text,
        period: kind === 'evaluations' ? period : undefined,
        onProgress: setProgress,
      });
      setReport(result);
    } catch (error) {
      setReport(null);
      setFailure(isApiError(error) ? error.messageIn(lng) : t('state.unexpected'));
    } finally {
      setProgress(null);
    }
  };
  const reset = () => {
    setFile(null);
    setReport(null);
    setFailure(null);
  };
  const needsPeriod = kind === 'evaluations' && !period;
  const errors = report?.problems.filter((p) => p.severity === 'ERROR').length ?? 0;

  return (
    <div className="stack" data-testid="import-panel">
      <Form layout="vertical">
        <Row gutter={[16, 0]}>
          <Col xs={24} md={8}>
            <Form.Item label={t('importExport.kindLabel')} htmlFor="import-kind">
              <Select<ImportKind>
                id="import-kind"
                value={kind}
                onChange={(k) => {
                  setKind(k);
                  reset();
                }}
                options={KINDS.map((k) => ({ value: k, label: t(`importExport.kind.${k}`) }))}
              />
            </Form.Item>
          </Col>
          {kind === 'evaluations' && (
            <Col xs={24} md={8}>
              <Form.Item label={t('importExport.periodLabel')} htmlFor="import-period">
                <Select<string>
                  id="import-period"
                  value={period}
                  onChange={setPeriod}
                  loading={periods.isLoading}
                  options={periodOptions(periods.data?.items)}
                  placeholder={t('importExport.periodRequired')}
                />
              </Form.Item>
            </Col>
          )}
          {kind !== 'evaluations' && (
            <Col xs={24} md={16}>
              <Form.Item label={t('importExport.mappingLabel')}>
                <Space wrap>
                  <Upload
                    accept=".json,application/json"
                    maxCount={1}
                    showUploadList={false}
                    beforeUpload={(f) => {
                      void f.text().then((text) => setMapping({ name: f.name, text }));
                      return false;
                    }}
                  >
                    <Button icon={<UploadOutlined aria-hidden />} data-testid="choose-mapping">
                      {mapping
                        ? t('importExport.mappingChosen', { name: mapping.name })
                        : t('importExport.mappingChoose')}
                    </Button>
                  </Upload>
                  {mapping && (
                    <Button onClick={() => setMapping(null)}>{t('importExport.mappingClear')}</Button>
                  )}
                </Space>
              </Form.Item>
            </Col>
          )}
        </Row>
      </Form>
      {isTemplateKind(kind) && <ImportTemplates kind={kind} />}
      <Upload.Dragger
        accept=".csv,.xlsx"
        maxCount={1}
        showUploadList={false}
        disabled={needsPeriod || progress !== null}
        data-testid="import-drop"
        beforeUpload={(f) => {
          setFile(f);
          void send(f, true);
          return false;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined aria-hidden />
        </p>
        <p className="ant-upload-text">
          {needsPeriod ? t('importExport.periodRequired') : t('importExport.drop')}
        </p>
        <p className="ant-upload-hint">{t('importExport.dropHint')}</p>
      </Upload.Dragger>
      {progress && file && <ImportProgressBar progress={progress} fileName={file.name} />}
      {failure && <Alert type="error" showIcon message={failure} data-testid="import-failure" />}
      {report && !progress && (
        <>
          {report.committed ? (
            <Alert
              type="success"
              showIcon
              data-testid="import-committed"
              message={t('importExport.committed', report.written)}
            />
          ) : errors > 0 ? (
            <Alert
              type="error"
              showIcon
              data-testid="import-bad"
              message={t('importExport.bad', { count: errors })}
            />
          ) : (
            <Alert
              type="success"
              showIcon
              data-testid="import-clean"
              message={t('importExport.clean', { rows: formatNumber(report.rows, lng) })}
            />
          )}
          <ImportSummary report={report} />
          <Space wrap>
            {file && report.ok && report.dryRun && !report.committed && (
              <Button
                type="primary"
                loading={upload.isPending}
                onClick={() => void send(file, false)}
                data-testid="import-commit"
              >
                {t('importExport.commit')}
              </Button>
            )}
            <Button
              icon={<DownloadOutlined aria-hidden />}
              href={importReportUrl(report.reportId)}
              data-testid="import-report-download"
            >
              {t('importExport.downloadReport')}
            </Button>
            <Button onClick={reset}>{t('importExport.startOver')}</Button>
          </Space>
          {report.problems.length > 0 && <ProblemTable problems={report.problems} />}
        </>
      )}
    </div>
  );
}
