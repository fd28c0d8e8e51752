import { Select } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEmployeePage } from '../../api/use-employees';
import { formatNip } from '../../lib/format';
import { useDebouncedValue } from '../../lib/use-debounced-value';

export interface KnownPerson {
  readonly nip: string;
  readonly name: string;
}

interface Props {
  id?: string;
  value?: string | string[] | undefined;
  onChange?: (value: string | string[]) => void;
  /** Several people (a team, a list of participants) or one. */
  multiple?: boolean;
  /** People already chosen (an entry being changed), so their names show before any search. */
  known?: readonly KnownPerson[];
  /** Called with the chosen people and their names (the value holds NIPs only). */
  onPick?: (people: KnownPerson[]) => void;
  'aria-label'?: string;
  'data-testid'?: string;
  status?: 'error';
}

/**
 * People picked by name or NIP; the server searches and answers only with the people the caller
 * may see (an OPD head: their own units). The value is the NIP (or the NIPs).
 */
export function PersonPicker({ known = [], multiple = false, onPick, ...props }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const q = useDebouncedValue(text.trim(), 300);
  const page = useEmployeePage({ q, pageSize: 15 }, q.length >= 2);
  // Names of everyone seen so far, so a chosen person keeps their label after the next search.
  const seen = useRef(new Map<string, string>());
  for (const k of known) seen.current.set(k.nip, k.name);
  const found = page.data?.items ?? [];
  for (const e of found) seen.current.set(e.nip, e.name);
  const chosen = props.value === undefined ? [] : Array.isArray(props.value) ? props.value : [props.value];
  const nips = [...new Set([...chosen, ...found.map((e) => e.nip)])];
  const unitOf = new Map(found.map((e) => [e.nip, e.currentUnitName]));
  return (
    <Select<string | string[]>
      {...props}
      onChange={(value) => {
        props.onChange?.(value);
        const picked = value === undefined ? [] : Array.isArray(value) ? value : [value];
        onPick?.(picked.map((nip) => ({ nip, name: seen.current.get(nip) ?? nip })));
      }}
      {...(multiple ? { mode: 'multiple' as const } : {})}
      style={{ width: '100%' }}
      placeholder={t('registers.person.placeholder')}
      showSearch={{ filterOption: false, onSearch: setText }}
      loading={page.isFetching}
      notFoundContent={q.length >= 2 && !page.isFetching ? t('registers.person.notFound') : null}
      options={nips.map((nip) => {
        const unit = unitOf.get(nip);
        return {
          value: nip,
          label: `${seen.current.get(nip) ?? nip} (${formatNip(nip)})${unit ? ` · ${unit}` : ''}`,
        };
      })}
    />
  );
}
