import { ClearOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, Row, Select } from 'antd';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EDUCATION_FIELDS } from '../../../../src/core/model/education';
import { GOLONGAN } from '../../../../src/core/model/golongan';
import { POSITION_KINDS } from '../../../../src/core/model/position';
import { UnitTreeSelect } from '../../components/unit-tree-select';
import type { ListPatch } from '../../lib/use-list-params';
import { useSearchText } from '../../lib/use-search-text';
import type { EMPLOYEE_LIST_SHAPE, EmployeeListUrl } from './employee-list-params';

type Filters = Pick<EmployeeListUrl, 'q' | 'unitId' | 'golongan' | 'kind' | 'educationField'>;

interface Props extends Filters {
  onChange: (patch: ListPatch<typeof EMPLOYEE_LIST_SHAPE>, opts?: { replace?: boolean }) => void;
  onReset: () => void;
  hasFilters: boolean;
  /** The server's messages for the fields it refused, shown under those fields. */
  fieldErrors: Record<string, string>;
}

const help = (errors: Record<string, string>, field: string) =>
  errors[field]
    ? { validateStatus: 'error' as const, help: <span data-testid={`error-${field}`}>{errors[field]}</span> }
    : {};

/** Search (debounced) and filters of the employee list; every change lands in the URL. */
export const EmployeeFilters = memo(function EmployeeFilters({
  onChange,
  onReset,
  hasFilters,
  fieldErrors,
  ...params
}: Props) {
  const { t } = useTranslation();
  const [text, setText] = useSearchText(params.q, (q) => onChange({ q }, { replace: true }));

  const golonganOptions = useMemo(
    () => GOLONGAN.map((g) => ({ value: g.code, label: `${g.label} · ${g.pangkat}` })),
    [],
  );
  const kindOptions = POSITION_KINDS.map((k) => ({ value: k, label: t(`enum.kind.${k}`) }));
  const fieldOptions = EDUCATION_FIELDS.map((f) => ({ value: f, label: t(`enum.educationField.${f}`) }));

  return (
    <Form
      layout="vertical"
      className="filters"
      role="search"
      aria-label={t('employees.filtersLabel')}
      onSubmitCapture={(e) => e.preventDefault()}
    >
      <Row gutter={[16, 0]}>
        <Col xs={24} lg={8}>
          <Form.Item label={t('employees.searchLabel')} htmlFor="employee-q" {...help(fieldErrors, 'q')}>
            <Input
              id="employee-q"
              value={text}
              onChange={(e) => setText(e.target.value)}
              placeholder={t('employees.searchPlaceholder')}
              prefix={<SearchOutlined aria-hidden />}
              allowClear
              autoComplete="off"
              data-testid="employee-search"
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} lg={8}>
          <Form.Item
            label={t('employees.unitLabel')}
            htmlFor="employee-unit"
            {...help(fieldErrors, 'unitId')}
          >
            <UnitTreeSelect
              id="employee-unit"
              value={params.unitId}
              onChange={(unitId) => onChange({ unitId: unitId ?? null })}
              placeholder={t('employees.unitPlaceholder')}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} lg={8}>
          <Form.Item
            label={t('employees.golonganLabel')}
            htmlFor="employee-golongan"
            {...help(fieldErrors, 'golongan')}
          >
            <Select<number[]>
              id="employee-golongan"
              mode="multiple"
              value={params.golongan}
              onChange={(v) => onChange({ golongan: v })}
              options={golonganOptions}
              placeholder={t('employees.golonganPlaceholder')}
              allowClear
              maxTagCount="responsive"
              showSearch={{ optionFilterProp: 'label' }}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} lg={8}>
          <Form.Item label={t('employees.kindLabel')} htmlFor="employee-kind" {...help(fieldErrors, 'kind')}>
            <Select<string[]>
              id="employee-kind"
              mode="multiple"
              value={params.kind}
              onChange={(v) => onChange({ kind: v })}
              options={kindOptions}
              placeholder={t('employees.kindPlaceholder')}
              allowClear
              maxTagCount="responsive"
              showSearch={{ optionFilterProp: 'label' }}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} lg={8}>
          <Form.Item
            label={t('employees.educationLabel')}
            htmlFor="employee-education"
            {...help(fieldErrors, 'educationField')}
          >
            <Select<string[]>
              id="employee-education"
              mode="multiple"
              value={params.educationField}
              onChange={(v) => onChange({ educationField: v })}
              options={fieldOptions}
              placeholder={t('employees.educationPlaceholder')}
              allowClear
              maxTagCount="responsive"
              showSearch={{ optionFilterProp: 'label' }}
            />
          </Form.Item>
        </Col>
        <Col xs={24} lg={8} className="filters-actions">
          <Button icon={<ClearOutlined aria-hidden />} onClick={onReset} disabled={!hasFilters}>
            {t('employees.resetFilters')}
          </Button>
        </Col>
      </Row>
    </Form>
  );
});
