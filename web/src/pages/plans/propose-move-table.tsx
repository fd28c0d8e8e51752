import { SearchOutlined } from '@ant-design/icons';
import { Input, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PlanMoveDto } from '../../api/use-plans';
import { formatNip, formatNumber } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';
import type { busyByNip } from './propose-form';

/** The plan's moves to choose from, searchable; people already proposed cannot be chosen, and say where they are. */
export function MoveTable(props: {
  moves: readonly PlanMoveDto[];
  total: number;
  busy: ReturnType<typeof busyByNip>;
  search: string;
  onSearch: (text: string) => void;
  selected: ReadonlySet<string>;
  onSelect: (nips: ReadonlySet<string>) => void;
}) {
  const { t } = useTranslation();
  const lng = useLanguage();
  return (
    <>
      <Space wrap style={{ marginBottom: 8 }}>
        <Input
          allowClear
          prefix={<SearchOutlined aria-hidden />}
          value={props.search}
          onChange={(e) => props.onSearch(e.target.value)}
          placeholder={t('drafts.propose.search')}
          aria-label={t('drafts.propose.search')}
          data-testid="moves-search"
          style={{ width: 320 }}
        />
        <Typography.Text type="secondary" data-testid="moves-selected">
          {t('drafts.propose.selected', {
            selected: formatNumber(props.selected.size, lng),
            total: formatNumber(props.total, lng),
          })}
        </Typography.Text>
      </Space>
      <Table<PlanMoveDto>
        size="small"
        rowKey="nip"
        data-testid="propose-moves-table"
        aria-label={t('drafts.propose.moves')}
        dataSource={[...props.moves]}
        pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
        rowSelection={{
          selectedRowKeys: [...props.selected],
          preserveSelectedRowKeys: true,
          onChange: (keys) => props.onSelect(new Set(keys.map(String))),
          getCheckboxProps: (m) => ({
            disabled: props.busy.has(m.nip),
            'aria-label': `${m.name} (${formatNip(m.nip)})`,
          }),
        }}
        columns={[
          {
            key: 'employee',
            title: t('drafts.propose.col.employee'),
            render: (_, m) => (
              <>
                <div>{m.name}</div>
                <span className="nip">{formatNip(m.nip)}</span>
              </>
            ),
          },
          {
            key: 'from',
            title: t('drafts.propose.col.from'),
            render: (_, m) =>
              m.from ? (
                <>
                  {m.from.positionName}
                  <span className="cell-sub">, {m.from.unitName}</span>
                </>
              ) : (
                '-'
              ),
          },
          {
            key: 'to',
            title: t('drafts.propose.col.to'),
            render: (_, m) => (
              <>
                <strong>{m.to.positionName}</strong>
                <span className="cell-sub">, {m.to.unitName}</span>
              </>
            ),
          },
          {
            key: 'status',
            title: t('drafts.propose.col.status'),
            render: (_, m) => {
              const b = props.busy.get(m.nip);
              return b ? (
                <Tag color="orange">
                  <Link to={`/usulan/${b.proposalId}`}>
                    {t('drafts.propose.busy', { number: b.proposalNumber })}
                  </Link>
                </Tag>
              ) : null;
            },
          },
        ]}
      />
    </>
  );
}
