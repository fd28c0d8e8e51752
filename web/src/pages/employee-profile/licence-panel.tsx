import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Modal, Popconfirm, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LICENCE_KINDS, PROFESSIONS } from '../../../../src/core/model/profession';
import { isApiError } from '../../api/api-error';
import type { EmployeeDetailDto } from '../../api/types';
import { useLicenceWrite } from '../../api/use-licences';
import { EmptyState } from '../../components/empty-state';
import { LocalDatePicker } from '../../components/local-date-picker';
import { formatDate } from '../../lib/format';
import { useProfessionLabel } from '../../lib/profession-label';
import { useLanguage } from '../../lib/use-language';

type Licence = EmployeeDetailDto['licences'][number];
interface Values {
  kind: Licence['kind'];
  number: string;
  profession: Licence['profession'];
  issuedOn?: string;
  validUntil?: string;
}
const FIELDS = ['kind', 'number', 'profession', 'issuedOn', 'validUntil'] as const;

/**
 * "Lisensi & sertifikat": the educator certificate, STR and SIP a person holds (DOMAIN.md 15.1),
 * each with its status today as the server decided it. BKPSDM (whoever may update the employee)
 * adds and removes them.
 */
export function LicencePanel({ employee }: { employee: EmployeeDetailDto }) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const profession = useProfessionLabel();
  const { add, remove } = useLicenceWrite(employee.nip);
  const [adding, setAdding] = useState(false);
  const canEdit = employee.actions.includes('employee.update');
  const licences = employee.licences;

  const addButton = canEdit && (
    <Button icon={<PlusOutlined aria-hidden />} onClick={() => setAdding(true)} data-testid="licence-add">
      {t('profile.licences.add')}
    </Button>
  );
  return (
    <section aria-labelledby="licence-title" data-testid="licence-panel">
      <div className="section-title-row">
        <Typography.Title level={3} className="section-title" id="licence-title">
          {t('profile.licences.title')}
        </Typography.Title>
        {addButton}
      </div>
      <Typography.Paragraph type="secondary">{t('profile.licences.intro')}</Typography.Paragraph>
      {remove.error ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={isApiError(remove.error) ? remove.error.messageIn(lng) : t('state.unexpected')}
        />
      ) : null}
      {licences.length === 0 ? (
        <EmptyState title={t('profile.licences.empty')} />
      ) : (
        <Table<Licence>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={licences}
          scroll={{ x: 640 }}
          columns={[
            {
              key: 'kind',
              title: t('profile.licences.kind'),
              render: (_, l) => t(`enum.licenceKind.${l.kind}`),
            },
            { key: 'number', title: t('profile.licences.number'), dataIndex: 'number' },
            {
              key: 'profession',
              title: t('profile.licences.profession'),
              render: (_, l) => profession(l.profession),
            },
            {
              key: 'validUntil',
              title: t('profile.licences.validUntil'),
              render: (_, l) => (
                <>
                  {l.validUntil ? formatDate(l.validUntil, lng) : t('profile.licences.lifetime')}
                  {l.status === 'EXPIRED' && (
                    <>
                      {' '}
                      <Tag color="red">{t('profile.licences.expired')}</Tag>
                    </>
                  )}
                  {l.status === 'NOT_YET_VALID' && (
                    <>
                      {' '}
                      <Tag>{t('profile.licences.notYetValid')}</Tag>
                    </>
                  )}
                </>
              ),
            },
            ...(canEdit
              ? [
                  {
                    key: 'remove',
                    title: t('profile.licences.actions'),
                    width: 56,
                    render: (_: unknown, l: Licence) => (
                      <Popconfirm
                        title={t('profile.licences.removeConfirm', { number: l.number })}
                        okText={t('profile.licences.remove')}
                        cancelText={t('profile.licences.cancel')}
                        onConfirm={() => remove.mutate(l.id)}
                      >
                        <Button
                          danger
                          type="text"
                          icon={<DeleteOutlined aria-hidden />}
                          aria-label={t('profile.licences.removeLabel', { number: l.number })}
                          loading={remove.isPending && remove.variables === l.id}
                        />
                      </Popconfirm>
                    ),
                  },
                ]
              : []),
          ]}
        />
      )}
      {adding && <AddLicenceModal add={add} onClose={() => setAdding(false)} />}
    </section>
  );
}

/** The form of a new licence; the server checks it and names the fields it refuses. */
function AddLicenceModal({
  add,
  onClose,
}: {
  add: ReturnType<typeof useLicenceWrite>['add'];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const profession = useProfessionLabel();
  const [form] = Form.useForm<Values>();
  const fieldError = isApiError(add.error) ? add.error.fieldMessages(lng) : {};
  const unplaced =
    isApiError(add.error) && !Object.keys(fieldError).some((f) => (FIELDS as readonly string[]).includes(f));
  const errorOf = (field: (typeof FIELDS)[number]) =>
    fieldError[field] ? { validateStatus: 'error' as const, help: fieldError[field] } : {};
  const required = [{ required: true, message: t('profile.licences.required') }];
  return (
    <Modal
      open
      title={t('profile.licences.addTitle')}
      okText={t('profile.licences.save')}
      cancelText={t('profile.licences.cancel')}
      okButtonProps={{ loading: add.isPending }}
      onOk={() => form.submit()}
      onCancel={() => {
        add.reset();
        onClose();
      }}
      destroyOnHidden
    >
      {unplaced && isApiError(add.error) && (
        <Alert type="error" showIcon role="alert" title={add.error.messageIn(lng)} />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(v) =>
          add.mutate(
            {
              kind: v.kind,
              number: v.number,
              profession: v.profession,
              issuedOn: v.issuedOn || null,
              validUntil: v.validUntil || null,
            },
            { onSuccess: onClose },
          )
        }
      >
        <Form.Item name="kind" label={t('profile.licences.kind')} rules={required} {...errorOf('kind')}>
          <Select options={LICENCE_KINDS.map((k) => ({ value: k, label: t(`enum.licenceKind.${k}`) }))} />
        </Form.Item>
        <Form.Item name="number" label={t('profile.licences.number')} rules={required} {...errorOf('number')}>
          <Input maxLength={64} />
        </Form.Item>
        <Form.Item
          name="profession"
          label={t('profile.licences.profession')}
          rules={required}
          {...errorOf('profession')}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={PROFESSIONS.map((p) => ({ value: p, label: profession(p) }))}
          />
        </Form.Item>
        <Form.Item name="issuedOn" label={t('profile.licences.issuedOn')} {...errorOf('issuedOn')}>
          <LocalDatePicker />
        </Form.Item>
        <Form.Item
          name="validUntil"
          label={t('profile.licences.validUntil')}
          extra={t('profile.licences.lifetimeHint')}
          {...errorOf('validUntil')}
        >
          <LocalDatePicker />
        </Form.Item>
      </Form>
    </Modal>
  );
}
