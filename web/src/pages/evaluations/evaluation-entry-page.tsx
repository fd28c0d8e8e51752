import { Card, Col, Form, Row, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { usePeriods, useRoster } from '../../api/use-evaluations';
import { useUnits } from '../../api/use-units';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { PageHeader } from '../../components/page-header';
import { PageLoading } from '../../components/page-loading';
import { UnitTreeSelect } from '../../components/unit-tree-select';
import { onlyChoice } from '../../lib/unit-tree';
import { CorrectionDrawer } from './correction-drawer';
import { EntryGrid } from './entry-grid';
import { ImportPanel } from './import-panel';
import { PeriodSelect } from './period-select';
import type { RosterPerson } from './row-rules';
import './evaluations.css';

/**
 * Entering a period's records: pick a period and a unit, then fill in the grid (or import a file).
 * The open period is chosen first; closed ones show read-only with corrections.
 */
export default function EvaluationEntryPage() {
  const { t } = useTranslation();
  const periods = usePeriods();
  // The dashboard links here with `?periode=<id>`; an OPD head starts on their own unit.
  const [search] = useSearchParams();
  const linkedPeriod = Number(search.get('periode')) || undefined;
  const units = useUnits();
  const [chosenPeriod, setPeriodId] = useState<number | undefined>();
  const [chosenUnit, setUnitId] = useState<number | null | undefined>();
  const unitId =
    chosenUnit === null
      ? undefined
      : (chosenUnit ?? (units.data ? onlyChoice(units.data.units, 'evaluation.read') : undefined));
  const [correcting, setCorrecting] = useState<RosterPerson | null>(null);
  const items = periods.data?.items ?? [];
  const periodId =
    chosenPeriod ??
    items.find((p) => p.id === linkedPeriod)?.id ??
    (items.find((p) => p.status === 'OPEN') ?? items[0])?.id;
  const period = items.find((p) => p.id === periodId);
  const roster = useRoster(period?.id, unitId);
  const canImport = periods.data?.actions.includes('evaluation.write') ?? false;

  if (periods.isPending) return <PageLoading rows={8} />;
  if (periods.isError)
    return (
      <div className="page">
        <ErrorState level={1} error={periods.error} onRetry={() => void periods.refetch()} />
      </div>
    );
  const canWriteUnit = roster.data?.actions.includes('evaluation.write') ?? false;
  const grid =
    !period || unitId === undefined ? (
      <EmptyState title={t('evaluation.entry.pickBoth')} />
    ) : roster.isPending ? (
      <PageLoading rows={6} />
    ) : roster.isError ? (
      <ErrorState error={roster.error} onRetry={() => void roster.refetch()} />
    ) : roster.data.items.length === 0 ? (
      <EmptyState title={t('evaluation.entry.noPeople')} />
    ) : (
      <EntryGrid period={period} roster={roster.data} canWrite={canWriteUnit} onCorrect={setCorrecting} />
    );
  return (
    <div className="page" data-testid="evaluation-entry-page">
      <PageHeader title={t('evaluation.entry.title')} subtitle={t('evaluation.entry.subtitle')} />
      {items.length === 0 ? (
        <EmptyState title={t('evaluation.entry.noPeriods')} />
      ) : (
        <div className="stack">
          <Card className="filters-card">
            <Form layout="vertical">
              <Row gutter={16}>
                <Col xs={24} md={8}>
                  <Form.Item label={t('evaluation.period')} htmlFor="entry-period">
                    <PeriodSelect id="entry-period" periods={items} value={periodId} onChange={setPeriodId} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={16}>
                  <Form.Item label={t('evaluation.unit')} htmlFor="entry-unit">
                    <UnitTreeSelect
                      id="entry-unit"
                      value={unitId}
                      onChange={(id) => setUnitId(id ?? null)}
                      placeholder={t('evaluation.unitPlaceholder')}
                      purpose="evaluation.read"
                    />
                  </Form.Item>
                </Col>
              </Row>
            </Form>
          </Card>
          <Card>
            {canImport && period ? (
              <Tabs
                items={[
                  { key: 'grid', label: t('evaluation.entry.tabGrid'), children: grid },
                  {
                    key: 'import',
                    label: t('evaluation.entry.tabImport'),
                    children: <ImportPanel period={period} />,
                  },
                ]}
              />
            ) : (
              grid
            )}
          </Card>
          {period && (
            <CorrectionDrawer
              period={period}
              person={correcting}
              canWrite={canWriteUnit}
              onClose={() => setCorrecting(null)}
            />
          )}
        </div>
      )}
    </div>
  );
}
