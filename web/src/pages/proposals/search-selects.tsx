import { Select } from 'antd';
import { useState } from 'react';
import { useEmployeePage } from '../../api/use-employees';
import { usePositionPage } from '../../api/use-positions';
import { formatNip } from '../../lib/format';
import { useDebouncedValue } from '../../lib/use-debounced-value';

interface Props<T> {
  id?: string;
  value?: T;
  onChange?: (value: T) => void;
  'aria-label'?: string;
}

/** An employee picked by name or NIP (the server searches); the value is the NIP. */
export function EmployeeSearchSelect(props: Props<string>) {
  const [text, setText] = useState('');
  const q = useDebouncedValue(text.trim(), 300);
  const page = useEmployeePage({ q, pageSize: 10 }, q.length >= 2);
  return (
    <Select<string>
      {...props}
      showSearch={{ filterOption: false, onSearch: setText }}
      loading={page.isFetching}
      options={(page.data?.items ?? []).map((e) => ({
        value: e.nip,
        label: `${e.name} (${formatNip(e.nip)})`,
      }))}
    />
  );
}

/** A target post picked by name (vacant posts first is the server's business); the value is its id. */
export function PositionSearchSelect(props: Props<number>) {
  const [text, setText] = useState('');
  const q = useDebouncedValue(text.trim(), 300);
  const page = usePositionPage({ q, pageSize: 10, vacant: 'true' }, q.length >= 2);
  return (
    <Select<number>
      {...props}
      showSearch={{ filterOption: false, onSearch: setText }}
      loading={page.isFetching}
      options={(page.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.name}, ${p.unitName}` }))}
    />
  );
}
