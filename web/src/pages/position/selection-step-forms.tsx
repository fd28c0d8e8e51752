import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  ADMINISTRATIVE_OUTCOMES,
  SELECTION_STAGES,
  STAGE_STATUSES,
} from '../../../../src/core/selection/selection-model';
import type { SelectionDetail, useSelectionWrite } from '../../api/use-selections';
import { LocalDatePicker } from '../../components/local-date-picker';
import { CandidateSearchSelect } from './candidate-search-select';
import { SelectionChoiceForms } from './selection-choice-forms';

type Write = ReturnType<typeof useSelectionWrite>;

/** The forms of the steps the server offers the caller (`steps`); the server judges every submission. */
export function SelectionStepForms({ selection, write }: { selection: SelectionDetail; write: Write }) {
  return (
    <>
      {selection.steps.includes('stage') && <StageForm selection={selection} write={write} />}
      {selection.steps.includes('candidates') && <CandidatesForm selection={selection} write={write} />}
      <SelectionChoiceForms selection={selection} write={write} />
    </>
  );
}

interface StageValues {
  stage: string;
  status: string;
  date?: string;
}

function StageForm({ selection: s, write }: { selection: SelectionDetail; write: Write }) {
  const { t } = useTranslation();
  const open = s.stages.find((x) => x.status !== 'DONE' && x.stage !== 'RESULT');
  return (
    <Card type="inner" size="small" title={t('selection.form.stageTitle')}>
      <Form<StageValues>
        layout="inline"
        initialValues={{
          stage: open?.stage ?? 'ANNOUNCEMENT',
          status: open?.status === 'IN_PROGRESS' ? 'DONE' : 'IN_PROGRESS',
          date: open?.date ?? undefined,
        }}
        onFinish={(v) =>
          write.mutate({
            path: `stages/${v.stage}`,
            body: { version: s.version, status: v.status, date: v.date ? v.date : null },
          })
        }
      >
        <Form.Item name="stage" label={t('selection.form.stage')}>
          <Select
            style={{ minWidth: 260 }}
            options={SELECTION_STAGES.filter((x) => x !== 'RESULT').map((x) => ({
              value: x,
              label: t(`selection.stage.${x}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="status" label={t('selection.form.status')}>
          <Select
            style={{ minWidth: 140 }}
            options={STAGE_STATUSES.map((x) => ({ value: x, label: t(`selection.stageStatus.${x}`) }))}
          />
        </Form.Item>
        <Form.Item name="date" label={t('selection.form.date')}>
          <LocalDatePicker />
        </Form.Item>
        <Button htmlType="submit" loading={write.isPending}>
          {t('selection.form.save')}
        </Button>
      </Form>
    </Card>
  );
}

interface CandidateValues {
  candidates: { nip: string; administrative: string }[];
}

function CandidatesForm({ selection: s, write }: { selection: SelectionDetail; write: Write }) {
  const { t } = useTranslation();
  return (
    <Card type="inner" size="small" title={t('selection.form.candidatesTitle')}>
      <Typography.Paragraph type="secondary">{t('selection.form.candidatesHelp')}</Typography.Paragraph>
      <Form<CandidateValues>
        layout="vertical"
        initialValues={{
          candidates:
            s.candidates.length > 0
              ? s.candidates.map((c) => ({ nip: c.nip, administrative: c.administrative }))
              : [{ nip: '', administrative: 'PENDING' }],
        }}
        onFinish={(v) => write.mutate({ path: 'candidates', body: { version: s.version, ...v } })}
      >
        <Form.List name="candidates">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <Space key={field.key} align="start" wrap>
                  <Form.Item
                    name={[field.name, 'nip']}
                    label={t('selection.form.employee')}
                    rules={[{ required: true }]}
                  >
                    <CandidateSearchSelect
                      aria-label={`${t('selection.form.employee')} ${index + 1}`}
                      known={s.candidates}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'administrative']} label={t('selection.col.administrative')}>
                    <Select
                      aria-label={`${t('selection.col.administrative')} ${index + 1}`}
                      style={{ width: 160 }}
                      options={ADMINISTRATIVE_OUTCOMES.map((x) => ({
                        value: x,
                        label: t(`selection.administrative.${x}`),
                      }))}
                    />
                  </Form.Item>
                  {fields.length > 1 && (
                    <Button
                      icon={<DeleteOutlined aria-hidden />}
                      aria-label={t('selection.form.removeCandidate', { index: index + 1 })}
                      onClick={() => remove(field.name)}
                      style={{ marginTop: 30 }}
                    />
                  )}
                </Space>
              ))}
              <Space>
                <Button
                  icon={<PlusOutlined aria-hidden />}
                  onClick={() => add({ nip: '', administrative: 'PENDING' })}
                >
                  {t('selection.form.addCandidate')}
                </Button>
                <Button htmlType="submit" type="primary" loading={write.isPending}>
                  {t('selection.form.save')}
                </Button>
              </Space>
            </>
          )}
        </Form.List>
      </Form>
    </Card>
  );
}
