import {
  Alert,
  Button,
  Card,
  Checkbox,
  Col,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Space,
  Switch,
} from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { isApiError } from '../../api/api-error';
import { useSaveScenario, useScenario } from '../../api/use-plans';
import { useCan } from '../../api/use-session';
import { ErrorState } from '../../components/error-state';
import { PageHeader } from '../../components/page-header';
import { PageLoading } from '../../components/page-loading';
import { Refusal } from '../../components/refusal';
import { applyFieldErrors } from '../../lib/form-errors';
import { useLanguage } from '../../lib/use-language';
import { PositionListInput } from './position-list-input';
import { useScenarioRules } from './scenario-form-rules';
import {
  SCENARIO_FIELDS,
  type ScenarioFormValues,
  toFormValues,
  toScenarioInput,
} from './scenario-form-values';
import { UnitListInput } from './unit-list-input';

const BOXES = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((b) => ({ label: String(b), value: b }));

/** Creates a scenario (`/baru`) or saves an edit as the scenario's next version (`/:id/ubah`). */
export default function ScenarioEditorPage() {
  const { id: param } = useParams();
  const id = param ? Number(param) : undefined;
  const canEdit = useCan('scenario.edit');
  const { t } = useTranslation();
  const existing = useScenario(id);
  if (!canEdit) return <Refusal title={t('planning.editor.newTitle')} message={t('state.forbiddenBody')} />;
  if (id === undefined) return <ScenarioForm scenario={null} />;
  if (existing.isPending) return <PageLoading rows={10} />;
  if (existing.isError)
    return <ErrorState error={existing.error} onRetry={() => void existing.refetch()} level={1} />;
  return <ScenarioForm key={existing.data.id} scenario={existing.data} />;
}

function ScenarioForm({ scenario }: { scenario: Parameters<typeof toFormValues>[0] }) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const navigate = useNavigate();
  const [form] = Form.useForm<ScenarioFormValues>();
  const save = useSaveScenario();
  const [topError, setTopError] = useState<unknown>(null);
  const initial = useMemo(() => toFormValues(scenario), [scenario]);

  const { range, tenureOrder, nips, boxes } = useScenarioRules();

  const submit = (values: ScenarioFormValues) => {
    setTopError(null);
    // mutateAsync: the saved scenario refetches (and may re-render this form) before we navigate.
    save
      .mutateAsync({
        id: scenario?.id ?? null,
        version: scenario?.version ?? null,
        input: toScenarioInput(values),
      })
      .then(
        (saved) => {
          // The scenario page says what was saved (the shell has no antd <App> for toasts).
          navigate(`/rencana-mutasi/skenario/${saved.id}`, { state: { savedVersion: saved.version } });
        },
        (error: unknown) => {
          if (!isApiError(error) || !applyFieldErrors(form, error, lng, SCENARIO_FIELDS)) setTopError(error);
        },
      );
  };

  const title = scenario
    ? t('planning.editor.editTitle', { name: scenario.name })
    : t('planning.editor.newTitle');
  const back = scenario ? `/rencana-mutasi/skenario/${scenario.id}` : '/rencana-mutasi';
  return (
    <div className="page" data-testid="scenario-editor-page">
      <PageHeader
        title={title}
        subtitle={scenario ? t('planning.editor.editHint', { next: scenario.currentVersion + 1 }) : undefined}
        back={{ to: back, label: scenario?.name ?? t('planning.list.title') }}
      />
      <Form<ScenarioFormValues>
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={submit}
        onFinishFailed={() => setTopError(null)}
        data-testid="scenario-form"
      >
        <div className="stack">
          {topError !== null && <ErrorState error={topError} />}
          <Card title={<h2 className="card-heading">{t('planning.scenario.scope')}</h2>}>
            <Row gutter={16}>
              <Col xs={24} md={12}>
                <Form.Item
                  name="name"
                  label={t('planning.field.name')}
                  rules={[
                    {
                      required: true,
                      whitespace: true,
                      min: 3,
                      max: 120,
                      message: t('planning.rule.nameLength'),
                    },
                  ]}
                >
                  <Input />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item name="scope.mode" label={t('planning.field.mode')}>
                  <Radio.Group
                    options={(['VACANCIES', 'WHOLE_CITY'] as const).map((m) => ({
                      value: m,
                      label: t(`planning.mode.${m}`),
                    }))}
                  />
                </Form.Item>
              </Col>
              <Col span={24}>
                <Form.Item name="description" label={t('planning.field.description')}>
                  <Input.TextArea rows={2} maxLength={2000} />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item
                  name="scope.unitIds"
                  label={t('planning.field.unitIds')}
                  htmlFor="scope-units-input"
                >
                  <UnitListInput id="scope-units-input" />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item
                  name="scope.positionIds"
                  label={t('planning.field.positions')}
                  extra={t('planning.field.positionsHint')}
                  htmlFor="scope-positions-input"
                >
                  <PositionListInput id="scope-positions-input" />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item
                  name="scope.nips"
                  label={t('planning.field.nips')}
                  extra={t('planning.field.nipHint')}
                  rules={[nips]}
                >
                  <Input.TextArea rows={3} />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item name="policyVersion" label={t('planning.field.policyVersion')}>
                  <Input maxLength={60} />
                </Form.Item>
              </Col>
            </Row>
          </Card>
          <Card title={<h2 className="card-heading">{t('planning.scenario.objectives')}</h2>}>
            <Row gutter={16}>
              <Col xs={24} md={8}>
                <Form.Item
                  name="objectives.moveCost"
                  label={t('planning.field.moveCost')}
                  rules={[{ required: true }, range(0, 100, false)]}
                >
                  <InputNumber style={{ width: '100%' }} step={0.5} />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item
                  name="objectives.maxMoves"
                  label={t('planning.field.maxMoves')}
                  extra={t('planning.field.maxMovesHint')}
                  rules={[range(0, 100_000, true)]}
                >
                  <InputNumber style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item
                  name="objectives.candidatesPerEmployee"
                  label={t('planning.field.candidatesPerEmployee')}
                  rules={[{ required: true }, range(1, 500, true)]}
                >
                  <InputNumber style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item
                  name="objectives.forcedRotationYears"
                  label={t('planning.field.forcedRotationYears')}
                  extra={t('planning.field.emptyNoRule')}
                  rules={[range(0, 40, false)]}
                >
                  <InputNumber style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item
                  name="objectives.rotationPenalty"
                  label={t('planning.field.rotationPenalty')}
                  tooltip={t('planning.field.rotationPenaltyHelp')}
                  rules={[{ required: true }, range(0, 100, false)]}
                >
                  <InputNumber style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item
                  name="objectives.minTenureYears"
                  label={t('planning.field.minTenureYears')}
                  extra={t('planning.field.emptyNoRule')}
                  dependencies={['objectives.forcedRotationYears']}
                  rules={[range(0, 40, false), tenureOrder]}
                >
                  <InputNumber style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item
                  name="objectives.strategicFromTalentPoolOnly"
                  label={t('planning.field.strategicFromTalentPoolOnly')}
                  valuePropName="checked"
                >
                  <Switch />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item
                  name="objectives.allowOverqualifiedMoves"
                  label={t('planning.field.allowOverqualifiedMoves')}
                  tooltip={t('planning.field.allowOverqualifiedMovesHelp')}
                  valuePropName="checked"
                >
                  <Switch />
                </Form.Item>
              </Col>
              <Col span={24}>
                <Form.Item
                  name="objectives.talentPoolBoxes"
                  label={t('planning.field.talentPoolBoxes')}
                  rules={[boxes]}
                >
                  <Checkbox.Group options={BOXES} />
                </Form.Item>
              </Col>
            </Row>
          </Card>
          {save.isError && !topError && (
            <Alert type="error" showIcon message={t('planning.editor.invalid')} />
          )}
          <Space>
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              {scenario ? t('planning.editor.saveVersion') : t('planning.editor.save')}
            </Button>
            <Button onClick={() => navigate(back)}>{t('planning.editor.cancel')}</Button>
          </Space>
        </div>
      </Form>
    </div>
  );
}
