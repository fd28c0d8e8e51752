import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnits } from '../api/use-units';
import { buildUnitTree, toUnitOptions, type UnitOption } from '../lib/unit-tree';

interface Props {
  id: string;
  value: number | undefined;
  onChange: (unitId: number | undefined) => void;
  placeholder: string;
  status?: 'error';
}

/** Pick one unit from the instansi's tree; typing filters by name or code. */
export function UnitTreeSelect({ id, value, onChange, placeholder, status }: Props) {
  const { t } = useTranslation();
  const units = useUnits();
  const options = useMemo(
    () => (units.data ? toUnitOptions(buildUnitTree(units.data.units)) : []),
    [units.data],
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
