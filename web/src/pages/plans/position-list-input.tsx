import { useQueries } from '@tanstack/react-query';
import { Select, Spin } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { http } from '../../api/http';
import type { PositionDetailDto } from '../../api/types';
import { usePositionPage } from '../../api/use-positions';
import { useDebouncedValue } from '../../lib/use-debounced-value';

/** Fewer letters match too much of the 1,400 posts of a city to be a useful list. */
const MIN_SEARCH = 2;

interface Option {
  value: number;
  label: string;
}

const optionOf = (p: { id: number; name: string; code: string; unitName: string }): Option => ({
  value: p.id,
  label: `${p.name} · ${p.unitName} (${p.code})`,
});

/**
 * A list of posts chosen by name or code: type to search the instansi's posts, pick to add, close a
 * tag to remove. The form keeps the ids the server wants; nobody types them.
 */
export function PositionListInput({
  id,
  value = [],
  onChange,
  'aria-invalid': invalid,
}: {
  id?: string;
  value?: number[];
  onChange?: (ids: number[]) => void;
  'aria-invalid'?: boolean;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), 250);
  const searching = q.length >= MIN_SEARCH;
  const found = usePositionPage({ q, pageSize: 20, sort: 'name' }, searching);
  // The chosen posts by id (a saved scenario brings ids only): one cached read each.
  const chosen = useQueries({
    queries: value.map((positionId) => ({
      queryKey: ['position', positionId],
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        http.get<PositionDetailDto>(`/api/positions/${positionId}`, {}, signal),
      staleTime: 5 * 60_000,
    })),
  });
  const options = useMemo(() => {
    const byId = new Map<number, Option>();
    value.forEach((positionId, i) => {
      const p = chosen[i]?.data;
      byId.set(
        positionId,
        p ? optionOf(p) : { value: positionId, label: t('planning.field.positionLoading') },
      );
    });
    if (searching) for (const p of found.data?.items ?? []) if (!byId.has(p.id)) byId.set(p.id, optionOf(p));
    return [...byId.values()];
  }, [value, chosen, found.data, searching, t]);

  return (
    <Select<number[], Option>
      id={id}
      mode="multiple"
      value={value}
      onChange={(ids) => onChange?.(ids)}
      options={options}
      placeholder={t('planning.field.positionsPlaceholder')}
      showSearch={{
        searchValue: search,
        onSearch: setSearch,
        filterOption: false,
        autoClearSearchValue: true,
      }}
      notFoundContent={
        !searching ? (
          t('planning.field.positionsType', { min: MIN_SEARCH })
        ) : found.isFetching ? (
          <Spin size="small" />
        ) : (
          t('planning.field.positionsNone')
        )
      }
      loading={found.isFetching}
      aria-invalid={invalid}
      style={{ width: '100%' }}
      data-testid="scenario-positions"
    />
  );
}
