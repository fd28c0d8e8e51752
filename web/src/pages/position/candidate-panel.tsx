import { Card, Segmented, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePositionCandidates } from '../../api/use-matches';
import { ErrorState } from '../../components/error-state';
import { FitExplanationDrawer } from '../../components/fit-explanation-drawer';
import { PageLoading } from '../../components/page-loading';
import { CandidateTable } from './candidate-table';
import { WhyNotPanel } from './why-not-panel';

const TOPS = [10, 20, 50] as const;

/** The post's ranked candidates with the explanation drawer, and the "why not" control beside them. */
export function CandidatePanel({ positionId }: { positionId: number }) {
  const { t } = useTranslation();
  const [top, setTop] = useState<number>(10);
  const [openNip, setOpenNip] = useState<string | null>(null);
  const q = usePositionCandidates(positionId, top);
  return (
    <div style={{ display: 'grid', gap: 16, marginTop: 16 }}>
      <Card
        title={<h2 className="card-heading">{t('matching.candidates.title')}</h2>}
        extra={
          <Segmented
            size="small"
            value={top}
            onChange={(v) => setTop(Number(v))}
            options={TOPS.map((n) => ({ value: n, label: t('matching.topOption', { count: n }) }))}
          />
        }
        data-testid="candidate-panel"
      >
        <Typography.Paragraph type="secondary">{t('matching.candidates.intro')}</Typography.Paragraph>
        {q.isPending ? (
          <PageLoading rows={5} />
        ) : q.isError ? (
          <ErrorState error={q.error} onRetry={() => void q.refetch()} />
        ) : (
          <>
            <Typography.Paragraph type="secondary" data-testid="candidate-counts">
              {t('matching.candidates.counts', {
                eligible: q.data.eligibleCount,
                blocked: q.data.blockedCount,
              })}
              {q.data.hiddenCount > 0 && ` ${t('matching.candidates.hidden', { count: q.data.hiddenCount })}`}
            </Typography.Paragraph>
            <CandidateTable candidates={q.data.candidates} onOpen={setOpenNip} />
          </>
        )}
      </Card>
      <WhyNotPanel positionId={positionId} />
      <FitExplanationDrawer
        nip={openNip}
        positionId={openNip ? positionId : null}
        onClose={() => setOpenNip(null)}
      />
    </div>
  );
}
