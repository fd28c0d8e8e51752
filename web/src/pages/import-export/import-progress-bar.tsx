import { Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UploadProgress } from '../../api/use-import-export';

/**
 * The upload as a real percentage; then, while the server reads and checks the file (which it
 * does not report), an honest moving bar without a number.
 */
export function ImportProgressBar({ progress, fileName }: { progress: UploadProgress; fileName: string }) {
  const { t } = useTranslation();
  const processing = progress.phase === 'process';
  return (
    <div data-testid="import-progress" aria-live="polite">
      <Typography.Text>
        {processing ? t('importExport.processing') : t('importExport.uploading', { name: fileName })}
      </Typography.Text>
      <Progress
        aria-label={t('importExport.progressLabel')}
        percent={processing ? 100 : Math.round(progress.fraction * 100)}
        status="active"
        showInfo={!processing}
      />
    </div>
  );
}
