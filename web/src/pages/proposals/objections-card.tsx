import { Button, Card, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProposalDetail, useProposalWrite } from '../../api/use-proposals';
import { formatDate, formatNip } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';

type Objection = ProposalDetail['objections'][number];

/**
 * Objections (sanggahan) to an announced SK: recorded by BKPSDM inside the window, decided with a
 * written reason by the head of BKPSDM or the PPK. The buttons follow the server's `actions`.
 */
export function ObjectionsCard({
  proposal,
  write,
}: {
  proposal: ProposalDetail;
  write: ReturnType<typeof useProposalWrite>;
}) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const [reasons, setReasons] = useState<Record<number, string>>({});
  const canRecord = proposal.actions.includes('objection.record') && proposal.state === 'ANNOUNCED';
  const canDecide = proposal.actions.includes('objection.decide');
  const decide = (o: Objection, decision: 'UPHELD' | 'DISMISSED') =>
    write.mutate({
      path: `objections/${o.id}/decision`,
      body: { version: o.version, decision, reason: reasons[o.id] ?? '' },
    });
  return (
    <Card
      title={<h2 className="card-heading">{t('process.objection.title')}</h2>}
      data-testid="objections-card"
    >
      <Table<Objection>
        size="small"
        rowKey="id"
        pagination={false}
        aria-label={t('process.objection.title')}
        dataSource={proposal.objections}
        locale={{
          emptyText: <Typography.Text type="secondary">{t('process.objection.none')}</Typography.Text>,
        }}
        columns={[
          { key: 'text', title: t('process.objection.text'), dataIndex: 'text' },
          {
            key: 'received',
            title: t('process.objection.receivedOn'),
            render: (_, o) => formatDate(o.receivedOn, lng, 'short'),
          },
          {
            key: 'decision',
            title: t('process.objection.decision'),
            render: (_, o) =>
              o.decision ? (
                <>
                  <Tag color={o.decision === 'UPHELD' ? 'red' : 'green'}>
                    {t(`process.objection.${o.decision}`)}
                  </Tag>
                  <div className="cell-sub">{o.decisionReason}</div>
                </>
              ) : canDecide ? (
                <Space direction="vertical">
                  <Input
                    aria-label={t('process.objection.reason')}
                    placeholder={t('process.objection.reason')}
                    value={reasons[o.id] ?? ''}
                    onChange={(e) => setReasons({ ...reasons, [o.id]: e.target.value })}
                  />
                  <Space>
                    <Button
                      size="small"
                      danger
                      disabled={(reasons[o.id] ?? '').trim().length < 5}
                      onClick={() => decide(o, 'UPHELD')}
                    >
                      {t('process.objection.uphold')}
                    </Button>
                    <Button
                      size="small"
                      disabled={(reasons[o.id] ?? '').trim().length < 5}
                      onClick={() => decide(o, 'DISMISSED')}
                    >
                      {t('process.objection.dismiss')}
                    </Button>
                  </Space>
                </Space>
              ) : (
                <Tag>{t('process.objection.pending')}</Tag>
              ),
          },
        ]}
      />
      {canRecord && (
        <Form<{ nip: string; text: string }>
          layout="inline"
          style={{ marginTop: 16 }}
          onFinish={(v) => write.mutate({ path: 'objections', body: v })}
        >
          <Form.Item name="nip" label={t('process.objection.employee')} rules={[{ required: true }]}>
            <Select
              style={{ minWidth: 240 }}
              options={proposal.items.map((i) => ({
                value: i.nip,
                label: `${i.employeeName} (${formatNip(i.nip)})`,
              }))}
            />
          </Form.Item>
          <Form.Item name="text" label={t('process.objection.text')} rules={[{ required: true, min: 5 }]}>
            <Input style={{ minWidth: 280 }} />
          </Form.Item>
          <Button htmlType="submit" loading={write.isPending}>
            {t('process.objection.record')}
          </Button>
        </Form>
      )}
    </Card>
  );
}
