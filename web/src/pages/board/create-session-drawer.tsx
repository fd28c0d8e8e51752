import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Drawer, Form, Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { BOARD_MEMBER_ROLES } from '../../../../src/core/workflow/board-rules';
import { type CreateBoardSessionInput, useCreateBoardSession } from '../../api/use-board';
import { useProposalList } from '../../api/use-proposals';
import { WriteError } from '../proposals/write-error';

const BLANK_MEMBERS = [
  { name: '', positionTitle: 'Sekretaris Daerah', role: 'KETUA' },
  { name: '', positionTitle: 'Kepala BKPSDM', role: 'SEKRETARIS' },
  { name: '', positionTitle: 'Inspektur', role: 'ANGGOTA' },
] as const;

/** A new session: number, date, place, members with their roles, and the verified proposals on the agenda. */
export function CreateSessionDrawer({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateBoardSession();
  const verified = useProposalList({ inbox: false, state: 'VERIFIED' });
  return (
    <Drawer open onClose={onClose} title={t('process.board.create')} width={720} destroyOnHidden>
      <Form<CreateBoardSessionInput>
        layout="vertical"
        initialValues={{ members: BLANK_MEMBERS, proposalIds: [] }}
        onFinish={(v) =>
          create.mutate(v, {
            onSuccess: (s) => {
              onClose();
              void navigate(`/sidang-tpk/${s.id}`);
            },
          })
        }
      >
        <WriteError error={create.error} />
        <Form.Item name="number" label={t('process.board.number')} rules={[{ required: true, min: 3 }]}>
          <Input placeholder="800.1.3/01/TPK/2026" />
        </Form.Item>
        <Space wrap>
          <Form.Item name="heldOn" label={t('process.board.heldOn')} rules={[{ required: true }]}>
            <Input type="date" />
          </Form.Item>
          <Form.Item name="place" label={t('process.board.place')} rules={[{ required: true, min: 3 }]}>
            <Input style={{ minWidth: 320 }} />
          </Form.Item>
        </Space>
        <h3>{t('process.board.members')}</h3>
        <Form.List name="members">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <Space key={field.key} align="start" wrap>
                  <Form.Item
                    name={[field.name, 'name']}
                    label={t('process.board.memberName')}
                    rules={[{ required: true, min: 3 }]}
                  >
                    <Input aria-label={`${t('process.board.memberName')} ${index + 1}`} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'positionTitle']}
                    label={t('process.board.memberPosition')}
                    rules={[{ required: true, min: 3 }]}
                  >
                    <Input aria-label={`${t('process.board.memberPosition')} ${index + 1}`} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'role']} label={t('process.board.memberRole')}>
                    <Select
                      aria-label={`${t('process.board.memberRole')} ${index + 1}`}
                      style={{ width: 140 }}
                      options={BOARD_MEMBER_ROLES.map((r) => ({
                        value: r,
                        label: t(`process.board.role.${r}`),
                      }))}
                    />
                  </Form.Item>
                  {fields.length > 1 && (
                    <Button
                      icon={<DeleteOutlined aria-hidden />}
                      aria-label={`${t('process.create.removeMove')} ${index + 1}`}
                      onClick={() => remove(field.name)}
                      style={{ marginTop: 30 }}
                    />
                  )}
                </Space>
              ))}
              <Button
                icon={<PlusOutlined aria-hidden />}
                onClick={() => add({ name: '', positionTitle: '', role: 'ANGGOTA' })}
              >
                {t('process.board.addMember')}
              </Button>
            </>
          )}
        </Form.List>
        <Form.Item
          name="proposalIds"
          label={t('process.board.agendaPick')}
          rules={[{ required: true, type: 'array', min: 1 }]}
          style={{ marginTop: 16 }}
        >
          <Checkbox.Group
            options={(verified.data?.items ?? []).map((p) => ({
              value: p.id,
              label: `${p.number} · ${p.title}`,
            }))}
          />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={create.isPending}>
            {t('process.board.save')}
          </Button>
          <Button onClick={onClose}>{t('process.create.cancel')}</Button>
        </Space>
      </Form>
    </Drawer>
  );
}
