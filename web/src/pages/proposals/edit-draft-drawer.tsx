import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Divider,
  Drawer,
  Form,
  Input,
  Popconfirm,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error';
import { usePlan } from '../../api/use-plans';
import {
  type DraftEdit,
  useDraftEdit,
  useDraftSchedule,
  usePlanProposalDefaults,
} from '../../api/use-proposal-drafts';
import { isStaleVersion, type ProposalDetail } from '../../api/use-proposals';
import { applyFieldErrors } from '../../lib/form-errors';
import { formatNip } from '../../lib/format';
import { useDebouncedValue } from '../../lib/use-debounced-value';
import { useLanguage } from '../../lib/use-language';
import { busyByNip, matchesMove } from '../plans/propose-form';
import { MoveTable } from '../plans/propose-move-table';
import { hasBlock } from './schedule-feedback';
import { ScheduleFields } from './schedule-fields';
import { EmployeeSearchSelect, PositionSearchSelect } from './search-selects';

type Item = ProposalDetail['items'][number];
interface HeaderValues {
  title: string;
  round: string;
  tmt: string;
}
interface HandValues {
  nip: string;
  toPositionId: number;
  reason: string;
  legalGround: string;
}

const HEADER_FIELDS = ['title', 'round', 'tmt'] as const;
/** The hand-made move's fields as the server names them (`items.0.nip`) and as this form does. */
const HAND_FIELDS: Readonly<Record<string, keyof HandValues>> = {
  'items.0.nip': 'nip',
  'items.0.toPositionId': 'toPositionId',
  'items.0.reason': 'reason',
  'items.0.legalGround': 'legalGround',
};

/** The refusal of an edit in the user's language: a stale version gets its own words. */
function EditError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const lng = useLanguage();
  if (!error) return null;
  return (
    <Alert
      type={isStaleVersion(error) ? 'warning' : 'error'}
      showIcon
      role="alert"
      data-testid="draft-error"
      style={{ marginBottom: 16 }}
      title={
        isStaleVersion(error)
          ? t('drafts.edit.stale')
          : isApiError(error)
            ? error.messageIn(lng)
            : t('state.unexpected')
      }
    />
  );
}

/**
 * Editing a draft (or a proposal returned for revision): its title, round and TMT with the server's
 * checks as the author types, its moves (remove one, add the plan's other moves, add a person by
 * hand). Each change is one request at the version shown; the server judges every move again on the
 * TMT and the page shows the new proposal. Refusals appear next to the field or at the top.
 */
function EditDraft({ proposal, onClose }: { proposal: ProposalDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const { message } = App.useApp();
  const edit = useDraftEdit(proposal.id);
  const [header] = Form.useForm<HeaderValues>();
  const [hand] = Form.useForm<HandValues>();
  const [topError, setTopError] = useState<unknown>(null);
  const round = Form.useWatch('round', header);
  const tmt = Form.useWatch('tmt', header);
  const title = Form.useWatch('title', header);
  const askedRound = useDebouncedValue(round, 400);
  const schedule = useDraftSchedule(proposal.id, { round: askedRound, tmt }, true);
  const changed = title !== proposal.title || round !== proposal.round || tmt !== proposal.tmt;

  const run = (e: DraftEdit, onFieldError?: (error: unknown) => boolean) => {
    setTopError(null);
    edit.mutate(
      { edit: e, version: proposal.version },
      {
        onSuccess: () => void message.success(t('drafts.edit.saved')),
        onError: (error) => {
          if (!onFieldError?.(error)) setTopError(error);
        },
      },
    );
  };
  const saveHeader = (v: HeaderValues) =>
    run(
      {
        kind: 'update',
        values: {
          ...(v.title !== proposal.title ? { title: v.title } : {}),
          ...(v.round !== proposal.round ? { round: v.round } : {}),
          ...(v.tmt !== proposal.tmt ? { tmt: v.tmt } : {}),
        },
      },
      (error) =>
        isApiError(error) && error.status === 400 && applyFieldErrors(header, error, lng, HEADER_FIELDS),
    );
  const addByHand = (v: HandValues) =>
    run({ kind: 'items', items: [v] }, (error) => {
      if (!isApiError(error) || error.status !== 400) return false;
      const entries = Object.entries(error.fieldMessages(lng)).filter(([f]) => HAND_FIELDS[f]);
      hand.setFields(entries.map(([f, m]) => ({ name: HAND_FIELDS[f]!, errors: [m] })));
      return entries.length > 0;
    });

  return (
    <>
      <EditError error={topError} />
      <h3 className="card-heading">{t('drafts.edit.header')}</h3>
      <Form<HeaderValues>
        form={header}
        layout="vertical"
        initialValues={{ title: proposal.title, round: proposal.round, tmt: proposal.tmt }}
        onFinish={saveHeader}
        data-testid="draft-header-form"
      >
        <Form.Item
          name="title"
          label={t('drafts.propose.name')}
          rules={[{ required: true, min: 3, max: 200 }]}
        >
          <Input data-testid="proposal-title-input" />
        </Form.Item>
        <ScheduleFields checks={schedule.data?.checks} earliestTmt={schedule.data?.earliestTmt} />
        <Typography.Paragraph type="secondary">{t('drafts.edit.eligibilityNote')}</Typography.Paragraph>
        <Button
          type="primary"
          htmlType="submit"
          loading={edit.isPending && edit.variables?.edit.kind === 'update'}
          disabled={!changed || hasBlock(schedule.data?.checks)}
          data-testid="draft-save"
        >
          {t('drafts.edit.save')}
        </Button>
      </Form>

      <Divider />
      <h3 className="card-heading">{t('drafts.edit.moves', { count: proposal.items.length })}</h3>
      <DraftItems
        proposal={proposal}
        pending={edit.isPending}
        onRemove={(i) => run({ kind: 'remove', itemId: i.id })}
      />

      {proposal.planId !== null && (
        <>
          <Divider />
          <h3 className="card-heading">{t('drafts.edit.fromPlan')}</h3>
          <FromPlan
            planId={proposal.planId}
            proposal={proposal}
            pending={edit.isPending}
            onAdd={(nips) => run({ kind: 'plan-moves', values: { nips } })}
          />
        </>
      )}

      <Divider />
      <h3 className="card-heading">{t('drafts.edit.byHand')}</h3>
      <Form<HandValues>
        form={hand}
        layout="vertical"
        initialValues={{ reason: '', legalGround: t('process.create.defaultLegalGround') }}
        onFinish={addByHand}
        data-testid="draft-hand-form"
      >
        <Form.Item name="nip" label={t('process.create.employee')} rules={[{ required: true }]}>
          <EmployeeSearchSelect />
        </Form.Item>
        <Form.Item name="toPositionId" label={t('process.create.position')} rules={[{ required: true }]}>
          <PositionSearchSelect />
        </Form.Item>
        <Form.Item name="reason" label={t('process.create.reason')} rules={[{ required: true, min: 3 }]}>
          <Input />
        </Form.Item>
        <Form.Item
          name="legalGround"
          label={t('process.create.legalGround')}
          rules={[{ required: true, min: 3 }]}
        >
          <Input />
        </Form.Item>
        <Button
          htmlType="submit"
          icon={<PlusOutlined aria-hidden />}
          loading={edit.isPending && edit.variables?.edit.kind === 'items'}
          data-testid="draft-add-move"
        >
          {t('drafts.edit.add')}
        </Button>
      </Form>
      <Space style={{ marginTop: 24 }}>
        <Button onClick={onClose}>{t('drafts.edit.close')}</Button>
      </Space>
    </>
  );
}

/** The draft's moves, each with its eligibility on the TMT and a button to take it out. */
function DraftItems({
  proposal,
  pending,
  onRemove,
}: {
  proposal: ProposalDetail;
  pending: boolean;
  onRemove: (item: Item) => void;
}) {
  const { t } = useTranslation();
  return (
    <Table<Item>
      size="small"
      rowKey="id"
      data-testid="draft-items"
      aria-label={t('drafts.edit.moves', { count: proposal.items.length })}
      dataSource={proposal.items}
      pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
      columns={[
        {
          key: 'employee',
          title: t('drafts.propose.col.employee'),
          render: (_, i) => (
            <>
              <div>{i.employeeName}</div>
              <span className="nip">{formatNip(i.nip)}</span>
            </>
          ),
        },
        {
          key: 'to',
          title: t('drafts.propose.col.to'),
          render: (_, i) => (
            <>
              <strong>{i.toPositionName}</strong>
              <span className="cell-sub">, {i.toUnitName}</span>
            </>
          ),
        },
        {
          key: 'eligibility',
          title: t('process.col.eligibility'),
          render: (_, i) =>
            i.eligibility === null ? (
              t('process.detail.notChecked')
            ) : i.eligibility.status === 'BLOCKED' ? (
              <Tag color="red">{t('process.detail.notEligible')}</Tag>
            ) : (
              <Tag color="green">{t('process.detail.eligible')}</Tag>
            ),
        },
        {
          key: 'remove',
          title: <span className="visually-hidden">{t('drafts.edit.remove')}</span>,
          render: (_, i) => (
            <Popconfirm
              title={t('drafts.edit.removeConfirm', { name: i.employeeName })}
              okText={t('drafts.edit.removeYes')}
              cancelText={t('drafts.edit.removeNo')}
              onConfirm={() => onRemove(i)}
            >
              <Button
                size="small"
                danger
                icon={<DeleteOutlined aria-hidden />}
                disabled={pending}
                aria-label={t('drafts.edit.removeLabel', { name: i.employeeName })}
                data-testid={`draft-remove-${i.nip}`}
              >
                {t('drafts.edit.remove')}
              </Button>
            </Popconfirm>
          ),
        },
      ]}
    />
  );
}

/** The plan's moves not in this draft; people in another open proposal cannot be chosen. */
function FromPlan({
  planId,
  proposal,
  pending,
  onAdd,
}: {
  planId: number;
  proposal: ProposalDetail;
  pending: boolean;
  onAdd: (nips: string[]) => void;
}) {
  const { t } = useTranslation();
  const plan = usePlan(planId);
  const defaults = usePlanProposalDefaults(planId);
  const [search, setSearch] = useState('');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const inThis = useMemo(() => new Set(proposal.items.map((i) => i.nip)), [proposal.items]);
  const busy = useMemo(
    () => new Map([...busyByNip(defaults.data?.busy)].filter(([, b]) => b.proposalId !== proposal.id)),
    [defaults.data?.busy, proposal.id],
  );
  const left = (plan.data?.plan?.moves ?? []).filter((m) => !inThis.has(m.nip));
  const chosen = [...selected].filter((n) => !inThis.has(n) && !busy.has(n));
  if (plan.isPending || defaults.isPending) return null;
  if (left.every((m) => busy.has(m.nip)))
    return <Typography.Text>{t('drafts.edit.fromPlanEmpty')}</Typography.Text>;
  return (
    <>
      <MoveTable
        moves={left.filter((m) => matchesMove(m, search))}
        total={left.length}
        busy={busy}
        search={search}
        onSearch={setSearch}
        selected={selected}
        onSelect={setSelected}
      />
      <Button
        icon={<PlusOutlined aria-hidden />}
        disabled={chosen.length === 0}
        loading={pending}
        onClick={() => {
          onAdd(chosen);
          setSelected(new Set());
        }}
        data-testid="draft-add-plan-moves"
        style={{ marginTop: 8 }}
      >
        {t('drafts.edit.addFromPlan', { count: chosen.length })}
      </Button>
    </>
  );
}

/** The drawer around the draft editor; the page shows the button only while the draft may change. */
export function EditDraftDrawer({
  proposal,
  open,
  onClose,
}: {
  proposal: ProposalDetail;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('drafts.edit.title', { number: proposal.number })}
      width="min(960px, 100vw)"
      destroyOnHidden
    >
      {open && <EditDraft proposal={proposal} onClose={onClose} />}
    </Drawer>
  );
}
