import { SearchOutlined } from '@ant-design/icons';
import { Col, Form, Input, Row, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { POSITION_KINDS } from '../../../../src/core/model/position';
import { UnitTreeSelect } from '../../components/unit-tree-select';
import type { ListPatch } from '../../lib/use-list-params';
import { useSearchText } from '../../lib/use-search-text';
import type { POSITION_LIST_SHAPE, PositionListUrl } from './position-list-params';

interface Props {
  params: PositionListUrl;
  onChange: (patch: ListPatch<typeof POSITION_LIST_SHAPE>, opts?: { replace?: boolean }) => void;
  fieldErrors: Record<string, string>;
}

const help = (errors: Record<string, string>, field: string) =>
  errors[field] ? { validateStatus: 'error' as const, help: errors[field] } : {};

/** Search, unit, kind and the "vacant only" switch; all kept in the URL. */
export function PositionFilters({ params, onChange, fieldErrors }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useSearchText(params.q, (q) => onChange({ q }, { replace: true }));

  return (
    <Form
      layout="vertical"
      className="filters"
      role="search"
      aria-label={t('positions.filtersLabel')}
      onSubmitCapture={(e) => e.preventDefault()}
    >
      <Row gutter={[16, 0]} align="bottom">
        <Col xs={24} md={12} lg={7}>
          <Form.Item label={t('positions.searchLabel')} htmlFor="position-q" {...help(fieldErrors, 'q')}>
            <Input
              id="position-q"
              value={text}
              onChange={(e) => setText(e.target.value)}
              placeholder={t('positions.searchPlaceholder')}
              prefix={<SearchOutlined aria-hidden />}
              allowClear
              autoComplete="off"
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} lg={7}>
          <Form.Item
            label={t('positions.unitLabel')}
            htmlFor="position-unit"
            {...help(fieldErrors, 'unitId')}
          >
            <UnitTreeSelect
              id="position-unit"
              value={params.unitId}
              onChange={(unitId) => onChange({ unitId: unitId ?? null })}
              placeholder={t('employees.unitPlaceholder')}
              purpose="position.list"
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} lg={6}>
          <Form.Item label={t('positions.kindLabel')} htmlFor="position-kind" {...help(fieldErrors, 'kind')}>
            <Select<string[]>
              id="position-kind"
              mode="multiple"
              value={params.kind}
              onChange={(v) => onChange({ kind: v })}
              options={POSITION_KINDS.map((k) => ({ value: k, label: t(`enum.kind.${k}`) }))}
              placeholder={t('employees.kindPlaceholder')}
              allowClear
              maxTagCount="responsive"
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} lg={4}>
          <Form.Item
            label={t('positions.vacantOnly')}
            htmlFor="position-vacant"
            {...help(fieldErrors, 'vacant')}
          >
            <Switch
              id="position-vacant"
              checked={params.vacant === 'true'}
              onChange={(on) => onChange({ vacant: on ? 'true' : null })}
              data-testid="vacant-only"
            />
          </Form.Item>
        </Col>
      </Row>
    </Form>
  );
}
