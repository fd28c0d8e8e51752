import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useUnits } from '../../api/use-units';
import { UnitTreeSelect } from '../../components/unit-tree-select';

/** A list of units: pick one in the unit tree to add it, close a tag to remove it. */
export function UnitListInput({
  id,
  value = [],
  onChange,
}: {
  id: string;
  value?: number[];
  onChange?: (ids: number[]) => void;
}) {
  const { t } = useTranslation();
  const units = useUnits();
  const name = (unitId: number) => units.data?.units.find((u) => u.id === unitId)?.name ?? `#${unitId}`;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <UnitTreeSelect
        id={id}
        value={undefined}
        onChange={(unitId) => {
          if (unitId !== undefined && !value.includes(unitId)) onChange?.([...value, unitId]);
        }}
        placeholder={t('planning.field.unitAdd')}
        purpose="scenario.edit"
      />
      {value.length > 0 && (
        <div data-testid="scope-units">
          {value.map((unitId) => (
            <Tag key={unitId} closable onClose={() => onChange?.(value.filter((u) => u !== unitId))}>
              {name(unitId)}
            </Tag>
          ))}
        </div>
      )}
    </Space>
  );
}
