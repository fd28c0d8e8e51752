import { Select } from 'antd';
import { useState } from 'react';
import { useEmployeePage } from '../../api/use-employees';
import { formatNip } from '../../lib/format';
import { useDebouncedValue } from '../../lib/use-debounced-value';

interface Props {
  id?: string;
  value?: string;
  onChange?: (value: string) => void;
  'aria-label'?: string;
  /** Options known before any search (the registered candidates), so their names show. */
  known: readonly { nip: string; name: string }[];
}

/** A candidate picked by name or NIP (the server searches); the value is the NIP. */
export function CandidateSearchSelect({ known, ...props }: Props) {
  const [text, setText] = useState('');
  const q = useDebouncedValue(text.trim(), 300);
  const page = useEmployeePage({ q, pageSize: 10 }, q.length >= 2);
  const found = (page.data?.items ?? []).map((e) => ({ nip: e.nip, name: e.name }));
  const options = [...known, ...found.filter((f) => !known.some((k) => k.nip === f.nip))];
  return (
    <Select<string>
      {...props}
      style={{ minWidth: 320 }}
      showSearch={{ filterOption: false, onSearch: setText }}
      loading={page.isFetching}
      options={options.map((e) => ({ value: e.nip, label: `${e.name} (${formatNip(e.nip)})` }))}
    />
  );
}
