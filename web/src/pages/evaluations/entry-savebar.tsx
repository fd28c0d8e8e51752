import { Button, Input, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { evidenceValid } from './entry-rows';

interface Props {
  readonly evidence: string;
  readonly onEvidence: (reference: string) => void;
  readonly dirtyCount: number;
  readonly invalidCount: number;
  readonly canSave: boolean;
  readonly saving: boolean;
  readonly onDiscard: () => void;
  readonly onSave: () => void;
}

/** Above an editable grid: the evidence reference, the count of changed rows, discard and save. */
export function EntrySaveBar({
  evidence,
  onEvidence,
  dirtyCount,
  invalidCount,
  canSave,
  saving,
  onDiscard,
  onSave,
}: Props) {
  const { t } = useTranslation();
  const evidenceMissing = dirtyCount > 0 && !evidenceValid(evidence);
  return (
    <div className="entry-savebar">
      <label htmlFor="entry-evidence" className="entry-evidence-label">
        {t('evaluation.entry.evidence')}
      </label>
      <Input
        id="entry-evidence"
        value={evidence}
        onChange={(e) => onEvidence(e.target.value)}
        placeholder={t('evaluation.entry.evidencePlaceholder')}
        style={{ maxWidth: 320 }}
        status={evidenceMissing ? 'error' : undefined}
      />
      <Space wrap>
        <Typography.Text type="secondary" data-testid="dirty-count">
          {t('evaluation.entry.dirtyRows', { count: dirtyCount })}
        </Typography.Text>
        <Button onClick={onDiscard} disabled={dirtyCount === 0 || saving}>
          {t('evaluation.entry.discard')}
        </Button>
        <Button type="primary" onClick={onSave} disabled={!canSave} loading={saving}>
          {t('evaluation.entry.save', { count: dirtyCount })}
        </Button>
      </Space>
      {evidenceMissing && <div className="cell-error">{t('evaluation.entry.evidenceRule')}</div>}
      {invalidCount > 0 && (
        <div className="cell-error" data-testid="invalid-rows">
          {t('evaluation.entry.invalidRows', { count: invalidCount })}
        </div>
      )}
    </div>
  );
}
