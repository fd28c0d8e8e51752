import { Alert, App, Button, Form, Input, Modal, Space, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type BulkReport, type ProgramDetail, useBulkParticipants } from '../../api/use-registers';
import { formatNip } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';
import { NEW_EVIDENCE, toEvidenceInput } from './evidence-field';
import { ParticipationFields, type SharedParticipationValues } from './participant-fields';
import { PersonPicker } from './person-picker';
import { serverErrors } from './server-errors';

type Problem = BulkReport['problems'][number];

/**
 * "Tambah banyak peserta": people picked or NIPs pasted (one per line), all with the same role,
 * span, hours, outcome and evidence. "Periksa" asks the server for the line report; "Simpan" writes
 * every line or none, and is offered only once the same list checked clean.
 */
export function BulkParticipants({
  program,
  onClose,
}: {
  program: ProgramDetail['program'];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const { message } = App.useApp();
  const bulk = useBulkParticipants(program.id);
  const [form] = Form.useForm<SharedParticipationValues>();
  const [picked, setPicked] = useState<string[]>([]);
  const [pasted, setPasted] = useState('');
  // The last check's report; any change to the list or the fields makes it stale (cleared).
  const [report, setReport] = useState<BulkReport | null>(null);
  const nips = useMemo(
    () => [...picked, ...pasted.split(/\r?\n|[,;]/).map((l) => l.trim())].filter((l) => l !== ''),
    [picked, pasted],
  );
  const { errorOf, unplaced } = serverErrors(bulk.error, lng, [
    'role',
    'startDate',
    'endDate',
    'hours',
    'outcome',
    'evidence',
  ]);

  const send = async (dryRun: boolean) => {
    const v = await form.validateFields();
    const values = form.getFieldsValue(true) as SharedParticipationValues;
    const answer = await bulk.mutateAsync({
      nips,
      role: v.role,
      startDate: v.startDate ?? '',
      endDate: v.endDate ?? '',
      hours: v.hours ?? 0,
      outcome: v.outcome,
      evidence: toEvidenceInput(values.evidence),
      dryRun,
    });
    if (answer.committed) {
      void message.success(t('registers.bulk.committed', { count: answer.added }));
      onClose();
      return;
    }
    setReport(answer);
  };
  const canCommit = !!report && report.ok && report.dryRun;
  return (
    <Modal
      open
      width={760}
      title={t('registers.bulk.title', { program: program.name })}
      onCancel={onClose}
      destroyOnHidden
      footer={
        <Space wrap>
          <Button onClick={onClose}>{t('registers.bulk.cancel')}</Button>
          <Button
            loading={bulk.isPending}
            disabled={nips.length === 0}
            onClick={() => void send(true).catch(() => {})}
            data-testid="bulk-check"
          >
            {t('registers.bulk.check')}
          </Button>
          <Button
            type="primary"
            loading={bulk.isPending}
            disabled={!canCommit}
            onClick={() => void send(false).catch(() => {})}
            data-testid="bulk-commit"
          >
            {t('registers.bulk.commit', { count: nips.length })}
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph>{t('registers.bulk.intro')}</Typography.Paragraph>
      <Form<SharedParticipationValues>
        form={form}
        layout="vertical"
        data-testid="bulk-form"
        onValuesChange={() => setReport(null)}
        initialValues={{
          role: 'MEMBER',
          outcome: 'ONGOING',
          startDate: program.startDate,
          endDate: program.endDate,
          evidence: NEW_EVIDENCE,
        }}
      >
        {unplaced && <Alert type="error" showIcon message={unplaced} className="form-alert" />}
        <Form.Item label={t('registers.bulk.people')} htmlFor="bulk-people">
          <PersonPicker
            id="bulk-people"
            multiple
            value={picked}
            onChange={(v) => {
              setPicked(Array.isArray(v) ? v : [v]);
              setReport(null);
            }}
            data-testid="bulk-people"
          />
        </Form.Item>
        <Form.Item
          label={t('registers.bulk.paste')}
          htmlFor="bulk-paste"
          extra={t('registers.bulk.counted', { count: nips.length })}
        >
          <Input.TextArea
            id="bulk-paste"
            rows={4}
            value={pasted}
            onChange={(e) => {
              setPasted(e.target.value);
              setReport(null);
            }}
            placeholder={t('registers.bulk.pastePlaceholder')}
            data-testid="bulk-paste"
          />
        </Form.Item>
        <ParticipationFields span={program} errorOf={errorOf} idPrefix="bulk" />
      </Form>
      {report && (
        <div className="stack" data-testid="bulk-report">
          {report.ok ? (
            <Alert type="success" showIcon message={t('registers.bulk.ok', { count: report.rows })} />
          ) : (
            <Alert
              type="error"
              showIcon
              message={t('registers.bulk.bad', { count: report.problems.length })}
            />
          )}
          {report.problems.length > 0 && (
            <Table<Problem>
              size="small"
              pagination={false}
              rowKey={(p) => `${p.row}-${p.rule}`}
              dataSource={report.problems}
              columns={[
                { key: 'row', title: t('registers.bulk.col.row'), render: (_, p) => p.row ?? '–' },
                {
                  key: 'nip',
                  title: t('registers.bulk.col.nip'),
                  render: (_, p) => (p.nip ? formatNip(p.nip) : '–'),
                },
                { key: 'problem', title: t('registers.bulk.col.problem'), render: (_, p) => p.message[lng] },
              ]}
            />
          )}
        </div>
      )}
    </Modal>
  );
}
