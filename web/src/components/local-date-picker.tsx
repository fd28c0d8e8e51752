import { DatePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import type { CSSProperties } from 'react';
// Month and weekday names for the picker's panel (antd's locale comes from ConfigProvider in app.tsx).
import 'dayjs/locale/id';
import 'dayjs/locale/en-gb';
import { useLanguage } from '../lib/use-language';

// Strict 'YYYY-MM-DD' parsing (antd extends it too, but this file should not rely on that).
dayjs.extend(customParseFormat);

/** Dates travel as ISO local dates ('YYYY-MM-DD'); people read and type day first. */
const ISO = 'YYYY-MM-DD';
/** The first format is the display; the others are accepted when typed (dd/mm/yyyy, d/m/yyyy, ISO). */
const FORMATS = ['DD/MM/YYYY', 'D/M/YYYY', 'DD-MM-YYYY', ISO];

/**
 * `value` and `onChange` are optional only so the picker can sit inside an antd `Form.Item name=...`,
 * which passes them (and `id`) itself.
 */
export interface LocalDatePickerProps {
  value?: string | null | undefined;
  onChange?: (value: string | null) => void;
  id?: string;
  'aria-label'?: string;
  disabled?: boolean;
  /** Earliest selectable date, 'YYYY-MM-DD' (inclusive). */
  min?: string;
  /** Latest selectable date, 'YYYY-MM-DD' (inclusive). */
  max?: string;
  status?: 'error' | 'warning';
  placeholder?: string;
  allowClear?: boolean;
  style?: CSSProperties;
  'data-testid'?: string;
}

/**
 * A date field that shows Indonesian dates (dd/mm/yyyy, Indonesian month names in the panel) instead of
 * the browser's native mm/dd/yyyy input, while the value stays the 'YYYY-MM-DD' string the API speaks.
 *
 * @example
 * <LocalDatePicker id="tmt" value={tmt} onChange={setTmt} min="2027-01-01" />
 * <Form.Item name="validFrom" label="Berlaku sejak"><LocalDatePicker /></Form.Item>
 */
export function LocalDatePicker({
  value,
  onChange,
  id,
  disabled,
  min,
  max,
  status,
  placeholder,
  allowClear = true,
  style,
  ...rest
}: LocalDatePickerProps) {
  const lng = useLanguage();
  const parsed = value ? dayjs(value, ISO, true) : null;
  const current = parsed?.isValid() ? parsed.locale(lng === 'en' ? 'en-gb' : 'id') : null;
  const minDay = min ? dayjs(min, ISO, true) : null;
  const maxDay = max ? dayjs(max, ISO, true) : null;
  const outOfRange = (d: Dayjs) =>
    Boolean((minDay && d.isBefore(minDay, 'day')) || (maxDay && d.isAfter(maxDay, 'day')));
  return (
    <DatePicker
      id={id}
      aria-label={rest['aria-label']}
      data-testid={rest['data-testid']}
      value={current}
      onChange={(d) => onChange?.(d ? d.format(ISO) : null)}
      format={FORMATS}
      placeholder={placeholder ?? (lng === 'en' ? 'dd/mm/yyyy' : 'hh/bb/tttt')}
      disabled={disabled}
      disabledDate={min || max ? outOfRange : undefined}
      allowClear={allowClear}
      style={{ width: '100%', ...style }}
      {...(status ? { status } : {})}
    />
  );
}
