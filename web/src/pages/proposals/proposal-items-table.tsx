import { EditOutlined } from '@ant-design/icons';
import { Button, Descriptions, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { golonganLabel } from '../../../../src/core/model/golongan';
import { isDraftEditable } from '../../../../src/core/workflow/draft-editing';
import type { ProposalDetail, useProposalWrite } from '../../api/use-proposals';
import { formatDate, formatNip } from '../../lib/format';
import { ruleLabel } from '../../lib/rule-label';
import { useLanguage } from '../../lib/use-language';
import { EditDraftDrawer } from './edit-draft-drawer';
import { JptSelectionTag } from './jpt-selection-tag';
import { PlanExplanation } from './plan-explanation';
import { TenureOverrideDetails } from './tenure-override-details';
import { TenureOverrideModal } from './tenure-override-modal';

type Item = ProposalDetail['items'][number];
type RuleResult = {
  code: string;
  status: 'PASS' | 'WARN' | 'BLOCK';
  message?: { id: string; en: string } | string;
};

const ELIGIBILITY_COLORS: Record<string, string> = {
  ELIGIBLE: 'green',
  ELIGIBLE_WITH_WARNINGS: 'gold',
  BLOCKED: 'red',
};

/**
 * The moves of a proposal: who, from where to where, the kind of move, the eligibility judged on the
 * TMT and the board's decision; a row opens to the reason, legal ground, plan explanation, a recorded
 * exception to the 2-year minimum and the rule results. The head of BKPSDM records or removes an
 * exception when the server's `actions` allow it.
 */
export function ProposalItemsTable({
  proposal,
  write,
}: {
  proposal: ProposalDetail;
  write: ReturnType<typeof useProposalWrite>;
}) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const [overriding, setOverriding] = useState<Item | null>(null);
  const excerptOf = new Set(proposal.decree?.excerpts.map((x) => x.itemId) ?? []);
  const mayOverride = proposal.actions.includes('proposal.tenure-override');
  // The author holds a draft (or a returned proposal) and may change it; the core says which states.
  const mayEdit = proposal.actions.includes('proposal.write') && isDraftEditable(proposal.state);
  const [editing, setEditing] = useState(false);
  return (
    <>
      {mayEdit && (
        <div style={{ marginBottom: 12 }}>
          <Button
            icon={<EditOutlined aria-hidden />}
            onClick={() => setEditing(true)}
            data-testid="edit-draft"
          >
            {t('drafts.edit.open')}
          </Button>
        </div>
      )}
      {mayEdit && <EditDraftDrawer proposal={proposal} open={editing} onClose={() => setEditing(false)} />}
      {overriding && (
        <TenureOverrideModal proposal={proposal} item={overriding} onClose={() => setOverriding(null)} />
      )}
      <Table<Item>
        data-testid="proposal-items"
        aria-label={t('process.detail.items')}
        rowKey="id"
        size="small"
        // A whole-city round holds about 150 moves: pages keep the SK and objections within reach.
        pagination={proposal.items.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        dataSource={proposal.items}
        scroll={{ x: 1000 }}
        expandable={{
          columnTitle: <span className="visually-hidden">{t('process.detail.explanation')}</span>,
          expandedRowRender: (i) => (
            <div className="stack">
              <Descriptions size="small" column={1} bordered>
                <Descriptions.Item label={t('process.col.reason')}>{i.reason}</Descriptions.Item>
                <Descriptions.Item label={t('process.col.legalGround')}>{i.legalGround}</Descriptions.Item>
                {i.boardNotes && (
                  <Descriptions.Item label={t('process.board.notes')}>{i.boardNotes}</Descriptions.Item>
                )}
              </Descriptions>
              {i.tenureOverride && (
                <TenureOverrideDetails
                  proposal={proposal}
                  item={i}
                  onRemove={
                    mayOverride
                      ? () =>
                          write.mutate({
                            path: `items/${i.id}/tenure-override/remove`,
                            body: { version: proposal.version },
                          })
                      : undefined
                  }
                />
              )}
              <PlanExplanation explanation={i.explanation} />
              {i.eligibility && Array.isArray(i.eligibility.results) && (
                <ul className="rule-list">
                  {(i.eligibility.results as RuleResult[]).map((r) => (
                    <li key={r.code}>
                      <Tag>{t(`matching.rule.${r.status}`)}</Tag>{' '}
                      <span data-rule-code={r.code}>{ruleLabel(r.code, lng)}</span>
                      {r.message && (
                        <Typography.Text type="secondary">
                          {' '}
                          · {typeof r.message === 'string' ? r.message : r.message[lng]}
                        </Typography.Text>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          ),
        }}
        columns={[
          {
            key: 'employee',
            title: t('process.col.name'),
            render: (_, i) => (
              <>
                <div>{i.employeeName}</div>
                <span className="nip">{formatNip(i.nip)}</span>
              </>
            ),
          },
          {
            key: 'golongan',
            title: t('process.col.golongan'),
            render: (_, i) => (i.golongan === null ? '-' : golonganLabel(i.golongan as never)),
          },
          {
            key: 'fromTo',
            title: t('process.col.fromTo'),
            render: (_, i) => (
              <>
                <div>
                  {i.fromPositionName ?? '-'}
                  {i.fromUnitName && <span className="cell-sub">, {i.fromUnitName}</span>}
                </div>
                <div>
                  → <strong>{i.toPositionName}</strong>
                  <span className="cell-sub">, {i.toUnitName}</span>
                </div>
                <JptSelectionTag item={i} />
              </>
            ),
          },
          {
            key: 'type',
            title: t('process.col.moveType'),
            render: (_, i) => (
              <>
                {t(`process.moveType.${i.moveType}`)}{' '}
                {i.isPromotion && <Tag color="green">{t('process.detail.promotion')}</Tag>}
                {i.isDemotion && <Tag color="red">{t('process.detail.demotion')}</Tag>}
              </>
            ),
          },
          {
            key: 'eligibility',
            title: t('process.col.eligibility'),
            render: (_, i) =>
              i.eligibility ? (
                <>
                  <Tag color={ELIGIBILITY_COLORS[i.eligibility.status] ?? 'default'}>
                    {i.eligibility.status === 'BLOCKED'
                      ? t('process.detail.notEligible')
                      : t('process.detail.eligible')}
                  </Tag>
                  <div className="cell-sub">
                    {t('process.detail.checkedOn', {
                      date: formatDate(i.eligibility.checkedOn, lng, 'short'),
                      tmt: formatDate(proposal.tmt, lng, 'short'),
                    })}
                  </div>
                </>
              ) : (
                t('process.detail.notChecked')
              ),
          },
          {
            key: 'override',
            title: t('process.override.column'),
            render: (_, i) =>
              i.tenureOverride ? (
                <Tag color="purple" data-testid="tenure-override-tag">
                  {t(`process.override.grounds.${i.tenureOverride.ground}`)}
                </Tag>
              ) : mayOverride ? (
                <Button size="small" onClick={() => setOverriding(i)}>
                  {t('process.override.action')}
                </Button>
              ) : (
                '-'
              ),
          },
          {
            key: 'board',
            title: t('process.col.board'),
            render: (_, i) => (i.boardDecision ? t(`process.board.verdict.${i.boardDecision}`) : '-'),
          },
          {
            key: 'petikan',
            title: t('process.col.petikan'),
            render: (_, i) =>
              excerptOf.has(i.id) ? (
                <a
                  href={`/api/proposals/${proposal.id}/items/${i.id}/petikan.pdf`}
                  aria-label={`${t('process.decree.petikan')}: ${i.employeeName}`}
                >
                  PDF
                </a>
              ) : null,
          },
        ]}
      />
    </>
  );
}
