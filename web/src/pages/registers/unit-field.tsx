import type { Action } from '../../../../src/core/policies/actions';
import { UnitTreeSelect } from '../../components/unit-tree-select';

/** The unit picker as a form control (the form passes the value and the change handler). */
export function UnitField({
  id,
  value,
  onChange,
  placeholder,
  purpose,
}: {
  id: string;
  value?: number | undefined;
  onChange?: (unitId: number | undefined) => void;
  placeholder: string;
  purpose: Action;
}) {
  return (
    <UnitTreeSelect
      id={id}
      value={value}
      onChange={(unitId) => onChange?.(unitId)}
      placeholder={placeholder}
      purpose={purpose}
    />
  );
}
