import { Alert, Button, Drawer, Form, Input, Radio, Skeleton, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isApiError } from '../../api/api-error';
import { usePlan } from '../../api/use-plans';
import { usePlanProposalDefaults, useProposeFromPlan } from '../../api/use-proposal-drafts';
import { ErrorState } from '../../components/error-state';
import { applyFieldErrors } from '../../lib/form-errors';
import { formatDate, formatNumber } from '../../lib/format';
import { useDebouncedValue } from '../../lib/use-debounced-value';
import { useLanguage } from '../../lib/use-language';
import { hasBlock } from '../proposals/schedule-feedback';
import { ScheduleFields } from '../proposals/schedule-fields';
import { busyByNip, type MoveChoice, matchesMove, nipsToPropose } from './propose-form';
import { MoveTable } from './propose-move-table';

interface Values {
  title: string;
  round: string;
  tmt: string;
}

const FIELDS = ['title', 'round', 'tmt'] as const;

/**
 * The form of a proposal from a plan: title, round and TMT start from the server's defaults (with
 * their reasons), each change is checked by the server as the author types, and the moves are all of
 * the plan's or a chosen few. People already in an open proposal are marked with its number; a
 * refusal is shown in the drawer, next to the field it names when it names one. Opens the new draft.
 */
function ProposeFromPlanDrawer({ runId, onClose }: { runId: number; onClose: () => void }) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const plan = usePlan(runId);
  const round = Form.useWatch('round', form);
  const tmt = Form.useWatch('tmt', form);
  const askedRound = useDebouncedValue(round, 400);
  const defaults = usePlanProposalDefaults(runId, { round: askedRound, tmt });
  const propose = useProposeFromPlan(runId);
  const [choice, setChoice] = useState<MoveChoice>('all');
  const [search, setSearch] = useState('');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [topError, setTopError] = useState<unknown>(null);

  const moves = plan.data?.plan?.moves ?? [];
  const busy = useMemo(() => busyByNip(defaults.data?.busy), [defaults.data?.busy]);
  const shown = useMemo(() => moves.filter((m) => matchesMove(m, search)), [moves, search]);
  const busyNumbers = [...new Set([...busy.values()].map((b) => b.proposalNumber))];

  if (plan.isError || defaults.isError) {
    return <ErrorState error={plan.error ?? defaults.error} onRetry={() => void defaults.refetch()} />;
  }
  const d = defaults.data;
  if (!d || !plan.data) return <Skeleton active paragraph={{ rows: 8 }} />;

  const submit = (v: Values) => {
    setTopError(null);
    propose.mutate(
      { title: v.title, round: v.round, tmt: v.tmt, nips: nipsToPropose(choice, moves, selected) },
      {
        onSuccess: (p) => {
          onClose();
          void navigate(`/usulan/${p.id}`);
        },
        onError: (error) => {
          if (!isApiError(error) || !applyFieldErrors(form, error, lng, FIELDS)) setTopError(error);
        },
      },
    );
  };
  const nothingChosen = choice === 'some' && selected.size === 0;

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={{ title: d.title, round: d.round, tmt: d.tmt }}
      onFinish={submit}
      data-testid="propose-form"
    >
      <Typography.Paragraph type="secondary">
        {t('drafts.propose.intro', {
          scenario: d.scenarioName,
          version: d.planVersion,
          date: formatDate(d.planAsOf, lng),
          count: formatNumber(d.moveCount, lng),
        })}
      </Typography.Paragraph>
      {topError !== null && (
        <Alert
          type="error"
          showIcon
          role="alert"
          data-testid="propose-error"
          title={isApiError(topError) ? topError.messageIn(lng) : t('state.unexpected')}
          style={{ marginBottom: 16 }}
        />
      )}
      <Form.Item name="title" label={t('drafts.propose.name')} rules={[{ required: true, min: 3, max: 200 }]}>
        <Input data-testid="proposal-title-input" />
      </Form.Item>
      <ScheduleFields checks={d.checks} earliestTmt={d.earliestTmt} reasons={d.reasons} />
      <h3 className="card-heading">{t('drafts.propose.moves')}</h3>
      {busy.size > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="propose-busy"
          style={{ marginBottom: 12 }}
          title={t('drafts.propose.busyWarning', {
            count: busy.size,
            numbers: busyNumbers.join(', '),
          })}
        />
      )}
      <div style={{ marginBottom: 12 }}>
        <Radio.Group
          value={choice}
          onChange={(e) => setChoice(e.target.value as MoveChoice)}
          aria-label={t('drafts.propose.moves')}
        >
          <Radio value="all" data-testid="moves-all">
            {t('drafts.propose.all', { count: formatNumber(moves.length, lng) })}
          </Radio>
          <Radio value="some" data-testid="moves-some">
            {t('drafts.propose.some')}
          </Radio>
        </Radio.Group>
      </div>
      {choice === 'some' && (
        <MoveTable
          moves={shown}
          total={moves.length}
          busy={busy}
          search={search}
          onSearch={setSearch}
          selected={selected}
          onSelect={setSelected}
        />
      )}
      {nothingChosen && <Typography.Text type="warning">{t('drafts.propose.noneSelected')}</Typography.Text>}
      <Space style={{ marginTop: 24, display: 'flex' }}>
        <Button
          type="primary"
          htmlType="submit"
          loading={propose.isPending}
          disabled={hasBlock(d.checks) || nothingChosen}
          data-testid="propose-submit"
        >
          {t('drafts.propose.submit')}
        </Button>
        <Button onClick={onClose}>{t('drafts.propose.cancel')}</Button>
      </Space>
    </Form>
  );
}

/**
 * "Buat usulan dari rencana" on a finished plan: opens the form in a drawer (nothing is created
 * before the author submits it).
 */
export function ProposeFromPlan({ runId }: { runId: number }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button type="primary" onClick={() => setOpen(true)} data-testid="propose-from-plan">
        {t('planning.plan.propose')}
      </Button>
      <Drawer
        open={open}
        onClose={() => setOpen(false)}
        title={t('drafts.propose.title')}
        width="min(960px, 100vw)"
        destroyOnHidden
        data-testid="propose-drawer"
      >
        {open && <ProposeFromPlanDrawer runId={runId} onClose={() => setOpen(false)} />}
      </Drawer>
    </>
  );
}
