import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Drawer, Form, Input, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isApiError } from '../../api/api-error';
import { useCreateProposal } from '../../api/use-proposals';
import { applyFieldErrors } from '../../lib/form-errors';
import { useLanguage } from '../../lib/use-language';
import { TmtPicker } from './schedule-fields';
import { EmployeeSearchSelect, PositionSearchSelect } from './search-selects';
import { WriteError } from './write-error';

interface Move {
  nip: string;
  toPositionId: number;
  reason: string;
  legalGround: string;
}
/** The fields whose server messages go under the field itself (a move's are shown above the form). */
const FIELDS = ['title', 'round', 'tmt'] as const;

interface Values {
  title: string;
  round: string;
  tmt: string;
  items: Move[];
}

/** A proposal made by hand: title, round, TMT and one or more people with their target posts. */
export function CreateProposalDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const navigate = useNavigate();
  const create = useCreateProposal();
  const [form] = Form.useForm<Values>();
  const blank = { reason: '', legalGround: t('process.create.defaultLegalGround') };
  const [topError, setTopError] = useState<unknown>(null);
  return (
    <Drawer open={open} onClose={onClose} title={t('process.create.title')} width={760} destroyOnHidden>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ items: [blank] }}
        onFinish={(v) => {
          setTopError(null);
          create.mutate(v, {
            onSuccess: (p) => {
              onClose();
              void navigate(`/usulan/${p.id}`);
            },
            onError: (error) => {
              if (!isApiError(error) || !applyFieldErrors(form, error, lng, FIELDS)) setTopError(error);
            },
          });
        }}
      >
        <WriteError error={topError} />
        <Form.Item name="title" label={t('process.create.name')} rules={[{ required: true, min: 3 }]}>
          <Input />
        </Form.Item>
        <Space wrap>
          <Form.Item
            name="round"
            label={t('process.create.round')}
            rules={[{ required: true }]}
            extra={t('drafts.propose.roundHelp')}
          >
            <Input placeholder={t('drafts.propose.roundPlaceholder')} />
          </Form.Item>
          <Form.Item name="tmt" label={t('process.create.tmt')} rules={[{ required: true }]}>
            <TmtPicker />
          </Form.Item>
        </Space>
        <h3>{t('process.create.moves')}</h3>
        <Form.List name="items">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <fieldset key={field.key} className="move-fieldset">
                  <Form.Item
                    name={[field.name, 'nip']}
                    label={t('process.create.employee')}
                    rules={[{ required: true }]}
                  >
                    <EmployeeSearchSelect />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'toPositionId']}
                    label={t('process.create.position')}
                    rules={[{ required: true }]}
                  >
                    <PositionSearchSelect />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'reason']}
                    label={t('process.create.reason')}
                    rules={[{ required: true, min: 3 }]}
                  >
                    <Input />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'legalGround']}
                    label={t('process.create.legalGround')}
                    rules={[{ required: true, min: 3 }]}
                  >
                    <Input />
                  </Form.Item>
                  {fields.length > 1 && (
                    <Button
                      icon={<DeleteOutlined aria-hidden />}
                      onClick={() => remove(field.name)}
                      aria-label={`${t('process.create.removeMove')} ${index + 1}`}
                    >
                      {t('process.create.removeMove')}
                    </Button>
                  )}
                </fieldset>
              ))}
              <Button icon={<PlusOutlined aria-hidden />} onClick={() => add(blank)}>
                {t('process.create.addMove')}
              </Button>
            </>
          )}
        </Form.List>
        <Space style={{ marginTop: 24 }}>
          <Button type="primary" htmlType="submit" loading={create.isPending}>
            {t('process.create.submit')}
          </Button>
          <Button onClick={onClose}>{t('process.create.cancel')}</Button>
        </Space>
      </Form>
    </Drawer>
  );
}
