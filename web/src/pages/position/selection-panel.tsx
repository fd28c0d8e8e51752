import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePositionSelections } from '../../api/use-selections';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { OpenSelectionDrawer } from './open-selection-drawer';
import { SelectionRecord } from './selection-record';

/**
 * "Seleksi JPT" on a JPT post's page: every selection of the post, newest first, each with the forms
 * its `steps` allow the caller; "open a selection" only when the server says `canOpen`.
 */
export function SelectionPanel({ positionId }: { positionId: number }) {
  const { t } = useTranslation();
  const selections = usePositionSelections(positionId);
  const [opening, setOpening] = useState(false);
  const data = selections.data;
  return (
    <Card
      title={<h2 className="card-heading">{t('selection.title')}</h2>}
      data-testid="selection-panel"
      extra={
        data?.canOpen && (
          <Button icon={<PlusOutlined aria-hidden />} onClick={() => setOpening(true)}>
            {t('selection.form.open')}
          </Button>
        )
      }
    >
      <Typography.Paragraph type="secondary">{t('selection.intro')}</Typography.Paragraph>
      {selections.isPending ? (
        <Skeleton active />
      ) : selections.isError ? (
        <ErrorState error={selections.error} onRetry={() => void selections.refetch()} />
      ) : data && data.items.length > 0 ? (
        <div className="stack">
          {data.items.map((s) => (
            <SelectionRecord key={s.id} positionId={positionId} selection={s} />
          ))}
        </div>
      ) : (
        <EmptyState title={t('selection.none')} />
      )}
      {opening && <OpenSelectionDrawer positionId={positionId} onClose={() => setOpening(false)} />}
    </Card>
  );
}
