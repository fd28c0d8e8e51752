import { Segmented, Space, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEmployeeMatches } from '../../api/use-matches';
import { useCan, useSession } from '../../api/use-session';
import { ErrorState } from '../../components/error-state';
import { FitExplanationDrawer } from '../../components/fit-explanation-drawer';
import { PageLoading } from '../../components/page-loading';
import { formatDate, formatNumber } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';
import { MatchTable } from './match-table';

const TOPS = [10, 20, 50] as const;

/**
 * Whether to offer the tab: to those the server lets read matches, and to an employee on their own
 * profile (the API still decides: it answers 403 to anyone else).
 */
export function useCanSeeMatches(nip: string): boolean {
  const canRead = useCan('match.read');
  const ownNip = useSession().data?.employeeNip;
  return canRead || (!!ownNip && ownNip === nip);
}

/** The "Kecocokan jabatan" tab: the person's best posts, optionally the blocked ones, and each one's explanation. */
export function MatchTab({ nip }: { nip: string }) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const [top, setTop] = useState<number>(10);
  const [showBlocked, setShowBlocked] = useState(false);
  const [openId, setOpenId] = useState<number | null>(null);
  const q = useEmployeeMatches(nip, top, showBlocked);

  if (q.isPending) return <PageLoading rows={6} />;
  if (q.isError) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
  const m = q.data;
  return (
    <div className="match-tab" data-testid="match-tab">
      <Typography.Paragraph type="secondary">{t('matching.intro')}</Typography.Paragraph>
      <Space wrap size="middle" className="match-controls">
        <span>
          {t('matching.top')}{' '}
          <Segmented
            value={top}
            onChange={(v) => setTop(Number(v))}
            options={TOPS.map((n) => ({ value: n, label: t('matching.topOption', { count: n }) }))}
          />
        </span>
        <span>
          <Switch
            checked={showBlocked}
            onChange={setShowBlocked}
            aria-label={t('matching.showBlocked')}
            data-testid="show-blocked"
          />{' '}
          {t('matching.showBlocked')}
        </span>
      </Space>
      <Typography.Paragraph type="secondary" className="match-counts">
        {t('matching.eligibleCount', { count: m.eligibleCount })} ·{' '}
        {t('matching.blockedCount', { count: m.blockedCount })}
        {m.current && ` · ${t('matching.current', { score: formatNumber(m.current.score, lng, 1) })}`}
      </Typography.Paragraph>
      <MatchTable
        items={m.matches}
        blocked={false}
        label={t('matching.matchesTable')}
        onOpen={setOpenId}
        testId="match-table"
      />
      {m.blocked && (
        <>
          <h3 className="match-blocked-heading">{t('matching.blockedTitle')}</h3>
          <MatchTable
            items={m.blocked}
            blocked
            label={t('matching.blockedTable')}
            onOpen={setOpenId}
            testId="blocked-table"
          />
        </>
      )}
      <Typography.Paragraph type="secondary" className="fit-versions">
        {t('matching.asOf', {
          date: formatDate(m.asOf, lng) ?? m.asOf,
          policy: m.policyVersion,
          rules: m.ruleTableVersion,
        })}
      </Typography.Paragraph>
      <FitExplanationDrawer nip={nip} positionId={openId} onClose={() => setOpenId(null)} />
    </div>
  );
}
