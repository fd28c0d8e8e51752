import { Alert, Button, Checkbox, Drawer, Form, Input, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { BoardMemberRole } from '../../../../src/core/workflow/board-rules';
import { isApiError } from '../../api/api-error';
import { useBoardMemberOptions, useCreateBoardSession } from '../../api/use-board';
import { useProposalList } from '../../api/use-proposals';
import { useSignedInUser } from '../../api/use-session';
import { LocalDatePicker } from '../../components/local-date-picker';
import { formatNip } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';
import { BoardWriteError } from './board-write-error';

interface Values {
  number: string;
  heldOn: string;
  place: string;
  chair?: number;
  secretary?: number;
  members: number[];
  positionTitles: Record<string, string>;
  proposalIds: number[];
}

/** Which form field shows the server's message about `members.<i>.…` (chair, secretary, then members). */
const seatField = (index: number) => (index === 0 ? 'chair' : index === 1 ? 'secretary' : 'members');

/**
 * A new session: number, date and place, its chair, secretary and members picked from the review
 * board's accounts (name, NIP and post come from the account), and the verified proposals on the
 * agenda. The server checks the composition; its messages land under the field they name.
 */
export function CreateSessionDrawer({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const navigate = useNavigate();
  const today = useSignedInUser().today;
  const create = useCreateBoardSession();
  const options = useBoardMemberOptions(true);
  const verified = useProposalList({ inbox: false, state: 'VERIFIED' });
  const [form] = Form.useForm<Values>();
  const accounts = options.data?.items ?? [];
  const byId = new Map(accounts.map((a) => [a.userId, a]));
  const chair = Form.useWatch('chair', form);
  const secretary = Form.useWatch('secretary', form);
  const members = Form.useWatch('members', form) ?? [];
  const seated = [chair, secretary, ...members].filter((u): u is number => u !== undefined);
  const withoutPost = [...new Set(seated)].filter((u) => byId.get(u) && !byId.get(u)!.positionTitle);
  const accountOptions = (exclude: readonly (number | undefined)[]) =>
    accounts.map((a) => ({
      value: a.userId,
      label: `${a.displayName} · ${a.positionTitle ?? t('board.create.noPost')}`,
      disabled: exclude.includes(a.userId),
    }));

  const errors = isApiError(create.error) ? create.error : null;
  const fieldMessages: Record<string, string> = {};
  for (const [field, message] of Object.entries(errors?.fieldMessages(lng) ?? {})) {
    const seat = /^members\.(\d+)\./.exec(field);
    const key = seat ? seatField(Number(seat[1])) : field.replace(/^proposalIds\.\d+$/, 'proposalIds');
    fieldMessages[key] ??= message;
  }
  const placed = new Set(['number', 'heldOn', 'place', 'chair', 'secretary', 'members', 'proposalIds']);
  const unplaced = errors && !Object.keys(fieldMessages).some((k) => placed.has(k));
  const help = (name: string) =>
    fieldMessages[name] ? { validateStatus: 'error' as const, help: fieldMessages[name] } : {};
  const required = [{ required: true, message: t('board.create.required') }];

  return (
    <Drawer open onClose={onClose} title={t('board.create.title')} size="min(680px, 100vw)" destroyOnHidden>
      <Form<Values>
        form={form}
        layout="vertical"
        data-testid="create-session-form"
        initialValues={{ members: [], proposalIds: [], positionTitles: {}, heldOn: today }}
        onFinish={(v) => {
          const seats: { userId: number; role: BoardMemberRole }[] = [
            { userId: v.chair!, role: 'KETUA' },
            { userId: v.secretary!, role: 'SEKRETARIS' },
            ...v.members.map((userId) => ({ userId, role: 'ANGGOTA' as const })),
          ];
          create.mutate(
            {
              number: v.number,
              heldOn: v.heldOn,
              place: v.place,
              proposalIds: v.proposalIds,
              members: seats.map((s) => ({
                ...s,
                ...(v.positionTitles?.[s.userId] ? { positionTitle: v.positionTitles[s.userId] } : {}),
              })),
            },
            {
              onSuccess: (s) => {
                onClose();
                void navigate(`/sidang-tpk/${s.id}`);
              },
            },
          );
        }}
      >
        {unplaced && <BoardWriteError error={create.error} />}
        <Form.Item name="number" label={t('board.create.number')} rules={required} {...help('number')}>
          <Input placeholder={t('board.create.numberHint')} />
        </Form.Item>
        <Form.Item name="heldOn" label={t('board.create.heldOn')} rules={required} {...help('heldOn')}>
          <LocalDatePicker aria-label={t('board.create.heldOn')} />
        </Form.Item>
        <Form.Item name="place" label={t('board.create.place')} rules={required} {...help('place')}>
          <Input />
        </Form.Item>
        <Typography.Paragraph type="secondary">{t('board.create.membersHint')}</Typography.Paragraph>
        <Form.Item name="chair" label={t('board.create.chair')} rules={required} {...help('chair')}>
          <Select
            aria-label={t('board.create.chair')}
            loading={options.isPending}
            showSearch={{ optionFilterProp: 'label' }}
            options={accountOptions([secretary, ...members])}
          />
        </Form.Item>
        <Form.Item
          name="secretary"
          label={t('board.create.secretary')}
          rules={required}
          {...help('secretary')}
        >
          <Select
            aria-label={t('board.create.secretary')}
            loading={options.isPending}
            showSearch={{ optionFilterProp: 'label' }}
            options={accountOptions([chair, ...members])}
          />
        </Form.Item>
        <Form.Item name="members" label={t('board.create.members')} {...help('members')}>
          <Select
            mode="multiple"
            aria-label={t('board.create.members')}
            loading={options.isPending}
            optionFilterProp="label"
            options={accountOptions([chair, secretary])}
          />
        </Form.Item>
        {withoutPost.map((userId) => (
          <Form.Item
            key={userId}
            name={['positionTitles', String(userId)]}
            label={t('board.create.positionFor', { name: byId.get(userId)!.displayName })}
            extra={t('board.create.positionMissing')}
            rules={[{ required: true, min: 3, message: t('board.create.required') }]}
          >
            <Input />
          </Form.Item>
        ))}
        {seated.length > 0 && (
          <ul className="board-seated" aria-label={t('board.create.members')}>
            {seated.map((u) => (
              <li key={u}>
                {byId.get(u)?.displayName}
                {byId.get(u)?.nip && <span className="nip"> · {formatNip(byId.get(u)!.nip!)}</span>}
              </li>
            ))}
          </ul>
        )}
        <Form.Item
          name="proposalIds"
          label={t('board.create.agenda')}
          rules={[{ required: true, type: 'array', min: 1, message: t('board.create.required') }]}
          {...help('proposalIds')}
        >
          {verified.data && verified.data.items.length === 0 ? (
            <Alert type="info" showIcon title={t('board.create.agendaEmpty')} />
          ) : (
            <Checkbox.Group
              className="board-agenda-pick"
              options={(verified.data?.items ?? []).map((p) => ({
                value: p.id,
                label: `${p.number} · ${p.title}`,
              }))}
            />
          )}
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="save-session">
            {t('board.create.save')}
          </Button>
          <Button onClick={onClose}>{t('board.create.cancel')}</Button>
        </Space>
      </Form>
    </Drawer>
  );
}
