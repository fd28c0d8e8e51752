import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Drawer, Form, Input, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { COMMITTEE_ROLES, SELECTION_KINDS } from '../../../../src/core/selection/selection-model';
import { type CreateSelectionInput, useCreateSelection } from '../../api/use-selections';
import { WriteError } from '../proposals/write-error';

const BLANK_COMMITTEE: CreateSelectionInput['committee'] = [
  { name: '', role: 'KETUA' },
  { name: '', role: 'SEKRETARIS' },
  { name: '', role: 'ANGGOTA' },
  { name: '', role: 'ANGGOTA' },
  { name: '', role: 'ANGGOTA' },
];

/** Opens a selection: its kind and committee. The server checks the chair and the committee's size. */
export function OpenSelectionDrawer({ positionId, onClose }: { positionId: number; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useCreateSelection(positionId);
  return (
    <Drawer open onClose={onClose} title={t('selection.form.openTitle')} width={640} destroyOnHidden>
      <Form<CreateSelectionInput>
        layout="vertical"
        initialValues={{ kind: 'OPEN', committee: BLANK_COMMITTEE }}
        onFinish={(v) => create.mutate(v, { onSuccess: onClose })}
      >
        <WriteError error={create.error} />
        <Form.Item name="kind" label={t('selection.form.kind')} rules={[{ required: true }]}>
          <Select options={SELECTION_KINDS.map((k) => ({ value: k, label: t(`selection.kind.${k}`) }))} />
        </Form.Item>
        <h3>{t('selection.committee')}</h3>
        <Typography.Paragraph type="secondary">{t('selection.form.committeeHelp')}</Typography.Paragraph>
        <Form.List name="committee">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <Space key={field.key} align="start" wrap>
                  <Form.Item
                    name={[field.name, 'name']}
                    label={t('selection.form.memberName')}
                    rules={[{ required: true, min: 3 }]}
                  >
                    <Input
                      aria-label={`${t('selection.form.memberName')} ${index + 1}`}
                      style={{ minWidth: 300 }}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'role']} label={t('selection.form.memberRole')}>
                    <Select
                      aria-label={`${t('selection.form.memberRole')} ${index + 1}`}
                      style={{ width: 140 }}
                      options={COMMITTEE_ROLES.map((r) => ({ value: r, label: t(`selection.role.${r}`) }))}
                    />
                  </Form.Item>
                  {fields.length > 1 && (
                    <Button
                      icon={<DeleteOutlined aria-hidden />}
                      aria-label={t('selection.form.removeMember', { index: index + 1 })}
                      onClick={() => remove(field.name)}
                      style={{ marginTop: 30 }}
                    />
                  )}
                </Space>
              ))}
              <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({ name: '', role: 'ANGGOTA' })}>
                {t('selection.form.addMember')}
              </Button>
            </>
          )}
        </Form.List>
        <Space style={{ marginTop: 16 }}>
          <Button type="primary" htmlType="submit" loading={create.isPending}>
            {t('selection.form.open')}
          </Button>
          <Button onClick={onClose}>{t('process.create.cancel')}</Button>
        </Space>
      </Form>
    </Drawer>
  );
}
