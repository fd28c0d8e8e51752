import { Alert, App, Button, Drawer, Form, Input, InputNumber, Radio, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RATING_LABELS, RATINGS, type Rating } from '../../../../src/core/appraisal/ratings';
import { isApiError } from '../../api/api-error';
import {
  type EmployeeEvaluations,
  type PeriodItem,
  useCorrectRecord,
  useEmployeeEvaluations,
} from '../../api/use-evaluations';
import { ErrorState } from '../../components/error-state';
import { formatDate } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';
import type { RosterPerson } from './row-rules';

interface Values {
  kind: 'SKP' | 'ATTENDANCE';
  hasilKerja?: Rating;
  perilakuKerja?: Rating;
  workingDays?: number;
  unexcusedDays?: number;
  lateCount?: number;
  evidence: string;
  reason: string;
}

type Version = EmployeeEvaluations['evaluations'][number]['skp'][number];

/**
 * One person's records of a period: every stored version (entries and corrections with their
 * reasons), and, for those who may write, a correction form that adds a new version.
 */
export function CorrectionDrawer({
  period,
  person,
  canWrite,
  onClose,
}: {
  period: PeriodItem;
  person: RosterPerson | null;
  canWrite: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Drawer
      open={person !== null}
      onClose={onClose}
      width={640}
      title={person ? t('evaluation.correction.title', { name: person.name }) : ''}
      destroyOnHidden
    >
      {person && <DrawerBody period={period} person={person} canWrite={canWrite} onDone={onClose} />}
    </Drawer>
  );
}

function DrawerBody({
  period,
  person,
  canWrite,
  onDone,
}: {
  period: PeriodItem;
  person: RosterPerson;
  canWrite: boolean;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const { message } = App.useApp();
  const history = useEmployeeEvaluations(person.nip);
  const correct = useCorrectRecord(period.id);
  const [form] = Form.useForm<Values>();
  const [failure, setFailure] = useState<string | null>(null);
  const kind = Form.useWatch('kind', form) ?? 'SKP';

  const versions = history.data?.evaluations.find((e) => e.period.id === period.id);
  const rows: (Version | EmployeeEvaluations['evaluations'][number]['attendance'][number])[] = [
    ...(versions?.skp ?? []),
    ...(versions?.attendance ?? []),
  ].sort((a, b) => a.recordedAt.localeCompare(b.recordedAt));

  const submit = async (v: Values) => {
    setFailure(null);
    try {
      const done = await correct.mutateAsync({
        nip: person.nip,
        kind: v.kind,
        ...(v.kind === 'SKP'
          ? { skp: { hasilKerja: v.hasilKerja!, perilakuKerja: v.perilakuKerja! } }
          : {
              attendance: {
                workingDays: v.workingDays!,
                unexcusedDays: v.unexcusedDays!,
                lateCount: v.lateCount!,
              },
            }),
        evidence: { kind: 'DOCUMENT', reference: v.evidence },
        reason: v.reason,
      });
      void message.success(t('evaluation.correction.done', { revision: done.revision }));
      onDone();
    } catch (error) {
      setFailure(isApiError(error) ? error.messageIn(lng) : t('state.unexpected'));
    }
  };

  const required = (text: string) => [{ required: true, message: text }];
  const ratingOptions = RATINGS.map((r) => ({ value: r, label: RATING_LABELS[r][lng] }));
  return (
    <div className="stack">
      <section aria-labelledby="versions-title">
        <Typography.Title level={3} className="section-title" id="versions-title">
          {t('evaluation.correction.versions')}
        </Typography.Title>
        {history.isError ? (
          <ErrorState error={history.error} onRetry={() => void history.refetch()} />
        ) : (
          <Table
            size="small"
            loading={history.isPending}
            pagination={false}
            rowKey={(r) => `${'hasilKerja' in r ? 'skp' : 'att'}-${r.revision}`}
            dataSource={rows}
            locale={{ emptyText: t('evaluation.correction.noVersions') }}
            data-testid="version-history"
            columns={[
              {
                key: 'rev',
                title: t('evaluation.correction.col.revision'),
                render: (_, r) =>
                  `${'hasilKerja' in r ? 'SKP' : t('evaluation.correction.kindATTENDANCE')} v${r.revision}`,
              },
              {
                key: 'value',
                title: t('evaluation.correction.col.value'),
                render: (_, r) =>
                  'hasilKerja' in r
                    ? `${RATING_LABELS[r.hasilKerja][lng]} / ${RATING_LABELS[r.perilakuKerja][lng]}`
                    : t('evaluation.profile.attendanceValue', {
                        working: r.workingDays,
                        absent: r.unexcusedDays,
                        late: r.lateCount,
                      }),
              },
              {
                key: 'mode',
                title: t('evaluation.correction.col.source'),
                render: (_, r) =>
                  `${t(`evaluation.correction.mode.${r.mode}`)} · ${t(`evaluation.correction.source.${r.source}`)}`,
              },
              {
                key: 'reason',
                title: t('evaluation.correction.col.reason'),
                render: (_, r) => r.reason ?? '',
              },
              {
                key: 'at',
                title: t('evaluation.correction.col.recordedAt'),
                render: (_, r) => formatDate(r.recordedAt, lng, 'short'),
              },
            ]}
          />
        )}
      </section>
      {canWrite && (
        <Form<Values>
          form={form}
          layout="vertical"
          onFinish={(v) => void submit(v)}
          initialValues={{
            kind: 'SKP',
            hasilKerja: person.skp?.hasilKerja,
            perilakuKerja: person.skp?.perilakuKerja,
            workingDays: person.attendance?.workingDays,
            unexcusedDays: person.attendance?.unexcusedDays,
            lateCount: person.attendance?.lateCount,
            evidence: '',
            reason: '',
          }}
        >
          <Form.Item name="kind" label={t('evaluation.correction.kind')}>
            <Radio.Group
              options={[
                { value: 'SKP', label: t('evaluation.correction.kindSKP') },
                { value: 'ATTENDANCE', label: t('evaluation.correction.kindATTENDANCE') },
              ]}
            />
          </Form.Item>
          {kind === 'SKP' ? (
            <>
              <Form.Item
                name="hasilKerja"
                label={t('evaluation.entry.col.hasilKerja')}
                rules={required(t('evaluation.entry.rule.ratingPair'))}
              >
                <Select options={ratingOptions} />
              </Form.Item>
              <Form.Item
                name="perilakuKerja"
                label={t('evaluation.entry.col.perilakuKerja')}
                rules={required(t('evaluation.entry.rule.ratingPair'))}
              >
                <Select options={ratingOptions} />
              </Form.Item>
            </>
          ) : (
            (['workingDays', 'unexcusedDays', 'lateCount'] as const).map((f) => (
              <Form.Item
                key={f}
                name={f}
                label={t(`evaluation.entry.col.${f}`)}
                rules={[
                  ...required(t('evaluation.entry.rule.attendanceAll')),
                  // Said, not clamped: -5 stays -5 with this message instead of silently becoming 0.
                  { type: 'integer', min: 0, message: t('evaluation.entry.rule.wholeNumber') },
                ]}
              >
                <InputNumber />
              </Form.Item>
            ))
          )}
          <Form.Item
            name="evidence"
            label={t('evaluation.entry.evidence')}
            rules={[
              {
                required: true,
                min: 3,
                max: 200,
                whitespace: true,
                message: t('evaluation.entry.evidenceRule'),
              },
            ]}
          >
            <Input placeholder={t('evaluation.entry.evidencePlaceholder')} />
          </Form.Item>
          <Form.Item
            name="reason"
            label={t('evaluation.correction.reason')}
            rules={[
              {
                required: true,
                whitespace: true,
                max: 500,
                message: t('evaluation.correction.reasonRequired'),
              },
            ]}
          >
            <Input.TextArea rows={3} />
          </Form.Item>
          {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} />}
          <Button type="primary" htmlType="submit" loading={correct.isPending}>
            {t('evaluation.correction.submit')}
          </Button>
        </Form>
      )}
    </div>
  );
}
