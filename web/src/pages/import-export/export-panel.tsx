import { DownloadOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, Radio, Row, Select, Switch, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EDUCATION_FIELDS } from '../../../../src/core/model/education';
import { GOLONGAN } from '../../../../src/core/model/golongan';
import { POSITION_KINDS } from '../../../../src/core/model/position';
import { usePeriods } from '../../api/use-evaluations';
import { type ExportKind, exportUrl } from '../../api/use-import-export';
import { usePlanRuns } from '../../api/use-plans';
import { useProposalList } from '../../api/use-proposals';
import { UnitTreeSelect } from '../../components/unit-tree-select';
import { periodOptions } from './period-options';

interface Filters {
  q?: string;
  unitId?: number;
  golongan?: number[];
  kind?: string[];
  educationField?: string[];
  vacant?: boolean;
  period?: string;
  planId?: number;
  proposalId?: number;
}

/** The API's kinds; `plan` and `sk-lampiran` name one record (a plan run, a proposal with its SK). */
type PanelKind = ExportKind;
const KINDS: readonly PanelKind[] = ['employees', 'positions', 'nine-box', 'plan', 'sk-lampiran'];
/** Proposals whose SK is issued: the only ones with a lampiran. */
const SK_ISSUED_OR_LATER = 'SK_ISSUED,ANNOUNCED,EFFECTIVE,CLOSED';

/** The filters each export takes, exactly those of its list. */
function queryOf(kind: PanelKind, f: Filters) {
  if (kind === 'plan') return { planId: f.planId };
  if (kind === 'sk-lampiran') return { proposalId: f.proposalId };
  if (kind === 'employees')
    return {
      q: f.q?.trim(),
      unitId: f.unitId,
      golongan: f.golongan,
      kind: f.kind,
      educationField: f.educationField,
    };
  if (kind === 'positions')
    return { q: f.q?.trim(), unitId: f.unitId, kind: f.kind, vacant: f.vacant ? 'true' : undefined };
  return { period: f.period, unitId: f.unitId };
}

/** Succeeded plan runs, newest first (mounted only for a plan export, so others do not ask). */
function PlanPicker(props: { value?: number; onChange: (planId?: number) => void }) {
  const { t } = useTranslation();
  const runs = usePlanRuns();
  const options = (runs.data?.items ?? [])
    .filter((r) => r.state === 'SUCCEEDED')
    .map((r) => ({ value: r.id, label: `#${r.id} · ${r.scenarioName} v${r.planVersion} · ${r.asOf}` }));
  return (
    <Form.Item label={t('importExport.export.planLabel')} htmlFor="export-plan">
      <Select<number>
        id="export-plan"
        value={props.value}
        onChange={(planId) => props.onChange(planId)}
        loading={runs.isLoading}
        options={options}
        placeholder={t('importExport.export.planPlaceholder')}
        showSearch
        optionFilterProp="label"
        allowClear
      />
    </Form.Item>
  );
}

/** Proposals with an issued SK (mounted only for an SK lampiran export). */
function ProposalPicker(props: { value?: number; onChange: (proposalId?: number) => void }) {
  const { t } = useTranslation();
  const list = useProposalList({ inbox: false, state: SK_ISSUED_OR_LATER });
  const options = (list.data?.items ?? []).map((p) => ({
    value: p.id,
    label: `${p.number} · ${p.title} (${p.round})`,
  }));
  return (
    <Form.Item label={t('importExport.export.proposalLabel')} htmlFor="export-proposal">
      <Select<number>
        id="export-proposal"
        value={props.value}
        onChange={(proposalId) => props.onChange(proposalId)}
        loading={list.isLoading}
        options={options}
        placeholder={t('importExport.export.proposalPlaceholder')}
        showSearch
        optionFilterProp="label"
        allowClear
      />
    </Form.Item>
  );
}

/** Choose what to export, its filters and the format; the download is a plain link. */
export function ExportPanel() {
  const { t } = useTranslation();
  const [kind, setKind] = useState<PanelKind>('employees');
  const [format, setFormat] = useState<'xlsx' | 'csv'>('xlsx');
  const [filters, setFilters] = useState<Filters>({});
  const periods = usePeriods(kind === 'nine-box');
  const set = (patch: Filters) => setFilters((f) => ({ ...f, ...patch }));
  const golonganOptions = useMemo(
    () => GOLONGAN.map((g) => ({ value: g.code, label: `${g.label} · ${g.pangkat}` })),
    [],
  );
  const kindOptions = POSITION_KINDS.map((k) => ({ value: k, label: t(`enum.kind.${k}`) }));
  const single = kind === 'plan' || kind === 'sk-lampiran';
  const chosen = kind === 'plan' ? filters.planId : kind === 'sk-lampiran' ? filters.proposalId : 0;
  const href = exportUrl(kind, format, queryOf(kind, filters));

  return (
    <div className="stack" data-testid="export-panel">
      <Typography.Paragraph type="secondary">{t('importExport.export.hint')}</Typography.Paragraph>
      <Form layout="vertical">
        <Row gutter={[16, 0]}>
          <Col xs={24} md={12}>
            <Form.Item label={t('importExport.export.kindLabel')} htmlFor="export-kind">
              <Select<PanelKind>
                id="export-kind"
                value={kind}
                onChange={(k) => {
                  setKind(k);
                  setFilters({});
                }}
                options={KINDS.map((k) => ({ value: k, label: t(`importExport.export.kind.${k}`) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label={t('importExport.export.formatLabel')}>
              <Radio.Group
                value={format}
                onChange={(e) => setFormat(e.target.value)}
                optionType="button"
                options={[
                  { value: 'xlsx', label: 'XLSX' },
                  { value: 'csv', label: 'CSV' },
                ]}
              />
            </Form.Item>
          </Col>
          {kind === 'plan' && (
            <Col xs={24} md={12}>
              <PlanPicker value={filters.planId} onChange={(planId) => set({ planId })} />
            </Col>
          )}
          {kind === 'sk-lampiran' && (
            <Col xs={24} md={12}>
              <ProposalPicker value={filters.proposalId} onChange={(proposalId) => set({ proposalId })} />
            </Col>
          )}
          {kind !== 'nine-box' && !single && (
            <Col xs={24} md={12}>
              <Form.Item label={t('employees.searchLabel')} htmlFor="export-q">
                <Input
                  id="export-q"
                  value={filters.q}
                  onChange={(e) => set({ q: e.target.value })}
                  allowClear
                />
              </Form.Item>
            </Col>
          )}
          {!single && (
            <Col xs={24} md={12}>
              <Form.Item label={t('importExport.export.unitLabel')} htmlFor="export-unit">
                <UnitTreeSelect
                  id="export-unit"
                  value={filters.unitId}
                  onChange={(unitId) => set({ unitId })}
                  placeholder={t('employees.unitPlaceholder')}
                  purpose="data.export"
                />
              </Form.Item>
            </Col>
          )}
          {kind === 'employees' && (
            <>
              <Col xs={24} md={12}>
                <Form.Item label={t('employees.golonganLabel')} htmlFor="export-golongan">
                  <Select<number[]>
                    id="export-golongan"
                    mode="multiple"
                    value={filters.golongan}
                    onChange={(golongan) => set({ golongan })}
                    options={golonganOptions}
                    allowClear
                    maxTagCount="responsive"
                  />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item label={t('employees.educationLabel')} htmlFor="export-education">
                  <Select<string[]>
                    id="export-education"
                    mode="multiple"
                    value={filters.educationField}
                    onChange={(educationField) => set({ educationField })}
                    options={EDUCATION_FIELDS.map((f) => ({
                      value: f,
                      label: t(`enum.educationField.${f}`),
                    }))}
                    allowClear
                    maxTagCount="responsive"
                  />
                </Form.Item>
              </Col>
            </>
          )}
          {kind !== 'nine-box' && !single && (
            <Col xs={24} md={12}>
              <Form.Item label={t('employees.kindLabel')} htmlFor="export-position-kind">
                <Select<string[]>
                  id="export-position-kind"
                  mode="multiple"
                  value={filters.kind}
                  onChange={(k) => set({ kind: k })}
                  options={kindOptions}
                  allowClear
                  maxTagCount="responsive"
                />
              </Form.Item>
            </Col>
          )}
          {kind === 'positions' && (
            <Col xs={24} md={12}>
              <Form.Item label={t('importExport.export.vacantLabel')} htmlFor="export-vacant">
                <Switch
                  id="export-vacant"
                  checked={filters.vacant ?? false}
                  onChange={(vacant) => set({ vacant })}
                />
              </Form.Item>
            </Col>
          )}
          {kind === 'nine-box' && (
            <Col xs={24} md={12}>
              <Form.Item label={t('importExport.periodLabel')} htmlFor="export-period">
                <Select<string>
                  id="export-period"
                  value={filters.period}
                  onChange={(period) => set({ period })}
                  loading={periods.isLoading}
                  options={periodOptions(periods.data?.items)}
                  placeholder={t('importExport.export.periodPlaceholder')}
                  allowClear
                />
              </Form.Item>
            </Col>
          )}
        </Row>
      </Form>
      <Button
        type="primary"
        icon={<DownloadOutlined aria-hidden />}
        href={chosen === undefined ? undefined : href}
        disabled={chosen === undefined}
        data-testid="export-download"
      >
        {t('importExport.export.download')}
      </Button>
    </div>
  );
}
