import { Card, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEmployeePage } from '../../api/use-employees';
import { useMatchExplanation } from '../../api/use-matches';
import { useCan } from '../../api/use-session';
import { ErrorState } from '../../components/error-state';
import { WhyNotAnswer } from '../../components/fit-explanation-why-not';
import { PageLoading } from '../../components/page-loading';
import { formatNip } from '../../lib/format';
import { useDebouncedValue } from '../../lib/use-debounced-value';

/**
 * "Why was this person not recommended here?" for any employee, picked by name or NIP through the
 * employee search: the blocking rules, or the score gap to the top candidate component by component.
 */
export function WhyNotPanel({ positionId }: { positionId: number }) {
  const { t } = useTranslation();
  const canSearch = useCan('employee.list');
  const [text, setText] = useState('');
  const [nip, setNip] = useState<string | null>(null);
  const q = useDebouncedValue(text.trim(), 250);
  const people = useEmployeePage({ q, pageSize: 10 }, canSearch && q.length >= 2);
  const answer = useMatchExplanation(nip, nip ? positionId : null);
  if (!canSearch) return null;
  return (
    <Card title={<h2 className="card-heading">{t('matching.whyNot.title')}</h2>} data-testid="why-not-panel">
      <Typography.Paragraph type="secondary">{t('matching.whyNot.intro')}</Typography.Paragraph>
      <label htmlFor="why-not-search" className="visually-hidden">
        {t('matching.whyNot.pick')}
      </label>
      <Select
        id="why-not-search"
        showSearch
        allowClear
        style={{ width: '100%', maxWidth: 520 }}
        placeholder={t('matching.whyNot.placeholder')}
        aria-label={t('matching.whyNot.pick')}
        filterOption={false}
        onSearch={setText}
        onChange={(v: string | undefined) => setNip(v ?? null)}
        loading={people.isFetching}
        notFoundContent={q.length >= 2 && !people.isFetching ? t('matching.whyNot.noResults') : null}
        options={(q.length >= 2 ? (people.data?.items ?? []) : []).map((e) => ({
          value: e.nip,
          label: `${e.fullName} · ${formatNip(e.nip)}`,
        }))}
        data-testid="why-not-search"
      />
      <div className="why-not-result">
        {nip &&
          (answer.isPending ? (
            <PageLoading rows={4} />
          ) : answer.isError ? (
            <ErrorState error={answer.error} onRetry={() => void answer.refetch()} />
          ) : (
            <WhyNotAnswer explanation={answer.data} />
          ))}
      </div>
    </Card>
  );
}
