import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Action } from '../../../src/core/policies/actions';
import { useUnits } from '../api/use-units';
import { buildUnitTree, choosableUnits, toUnitOptions, type UnitOption } from '../lib/unit-tree';

interface Props {
  id: string;
  value: number | undefined;
  onChange: (unitId: number | undefined) => void;
  placeholder: string;
  status?: 'error';
  /**
   * What the page does with the chosen unit; only units the caller may do it on are offered (an OPD
   * head sees their own units). Default: list its employees.
   */
  purpose?: Action;
}

/** Pick one unit from the instansi's tree, among those the caller may choose; typing filters by name or code. */
export function UnitTreeSelect({
  id,
  value,
  onChange,
  placeholder,
  status,
  purpose = 'employee.list',
}: Props) {
  const { t } = useTranslation();
  const units = useUnits();
  const options = useMemo(
    () => (units.data ? toUnitOptions(buildUnitTree(choosableUnits(units.data.units, purpose))) : []),
    [units.data, purpose],
  );
  return (
    <TreeSelect<number>
      id={id}
      value={value}
      onChange={(v) => onChange(v ?? undefined)}
      treeData={options}
      placeholder={placeholder}
      allowClear
      showSearch={{
        filterTreeNode: (input, node) => (node as unknown as UnitOption).search.includes(input.toLowerCase()),
      }}
      loading={units.isPending}
      notFoundContent={units.isError ? t('state.errorTitle') : undefined}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { maxHeight: 420, minWidth: 320 } } }}
      treeDefaultExpandAll={false}
      style={{ width: '100%' }}
      {...(status ? { status } : {})}
    />
  );
}
