import { Descriptions, Space, Steps, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { type SelectionDetail, useSelectionWrite } from '../../api/use-selections';
import { formatDate, formatNip } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';
import { WriteError } from '../proposals/write-error';
import { SelectionCandidatesTable } from './selection-candidates-table';
import { SelectionStepForms } from './selection-step-forms';

const STEP_STATUS = { PENDING: 'wait', IN_PROGRESS: 'process', DONE: 'finish' } as const;

/** One selection: stages, committee, candidates, shortlist, the PPK's choice, and the caller's forms. */
export function SelectionRecord({
  positionId,
  selection: s,
}: {
  positionId: number;
  selection: SelectionDetail;
}) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const write = useSelectionWrite(positionId, s.id);
  const current = s.stages.findIndex((x) => x.status !== 'DONE');
  return (
    <section
      className="selection-record"
      aria-label={t('selection.number', { id: s.id })}
      data-testid="selection-record"
    >
      <Space wrap>
        <h3 className="selection-heading">{t('selection.number', { id: s.id })}</h3>
        <Tag color="blue">{t(`selection.kind.${s.kind}`)}</Tag>
        <Tag color={s.status === 'COMPLETED' ? 'green' : 'gold'} data-testid="selection-status">
          {t(`selection.status.${s.status}`)}
        </Tag>
      </Space>
      <Steps
        size="small"
        titlePlacement="vertical"
        current={current === -1 ? s.stages.length : current}
        items={s.stages.map((x) => ({
          title: t(`selection.stage.${x.stage}`),
          status: STEP_STATUS[x.status],
          description: (
            <>
              {t(`selection.stageStatus.${x.status}`)}
              {x.date && <div>{formatDate(x.date, lng, 'short')}</div>}
            </>
          ),
        }))}
        style={{ margin: '16px 0' }}
      />
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label={t('selection.committee')}>
          {s.committee.map((m) => `${m.name} (${t(`selection.role.${m.role}`)})`).join('; ')}
        </Descriptions.Item>
        <Descriptions.Item label={t('selection.shortlist')}>
          {s.shortlist.length === 0 ? (
            <Typography.Text type="secondary">{t('selection.noShortlist')}</Typography.Text>
          ) : (
            <ol className="selection-shortlist" data-testid="selection-shortlist">
              {s.shortlist.map((c) => (
                <li key={c.nip}>
                  {c.name} <span className="nip">{formatNip(c.nip)}</span>
                </li>
              ))}
            </ol>
          )}
          {s.shortlistReason && (
            <div className="cell-sub">
              {t('selection.shortlistReason')}: {s.shortlistReason}
            </div>
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('selection.result')}>
          {s.result ? (
            <span data-testid="selection-result">
              <strong>{s.result.name}</strong> <span className="nip">{formatNip(s.result.nip)}</span>
              <div className="cell-sub">
                {t('selection.decreeNumber')}: {s.result.decreeNumber} · {t('selection.decidedOn')}:{' '}
                {formatDate(s.result.decidedOn, lng)}
              </div>
            </span>
          ) : (
            <Typography.Text type="secondary">{t('selection.noResult')}</Typography.Text>
          )}
        </Descriptions.Item>
      </Descriptions>
      <h4>{t('selection.candidates')}</h4>
      <SelectionCandidatesTable selection={s} />
      {s.steps.length > 0 && (
        <div className="stack" style={{ marginTop: 16 }}>
          <WriteError error={write.error} />
          {/* Remounted on each new version, so the forms start from the stored record. */}
          <SelectionStepForms key={s.version} selection={s} write={write} />
        </div>
      )}
    </section>
  );
}
