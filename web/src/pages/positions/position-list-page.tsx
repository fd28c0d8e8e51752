import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error';
import { usePositionPage } from '../../api/use-positions';
import { useCan } from '../../api/use-session';
import { ErrorState } from '../../components/error-state';
import { PageHeader } from '../../components/page-header';
import { Refusal } from '../../components/refusal';
import { formatNumber } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';
import { useListParams } from '../../lib/use-list-params';
import { PositionFilters } from './position-filters';
import { POSITION_LIST_SHAPE, toPositionQuery } from './position-list-params';
import { PositionTable } from './position-table';

/** Positions, filtered by unit and kind, optionally only those with vacant seats. */
export default function PositionListPage() {
  const { t } = useTranslation();
  const lng = useLanguage();
  const allowed = useCan('position.list');
  const { params, update, pageSizes } = useListParams(POSITION_LIST_SHAPE);
  const list = usePositionPage(toPositionQuery(params), allowed);
  if (!allowed) return <Refusal />;

  const fieldErrors =
    isApiError(list.error) && list.error.status === 400 ? list.error.fieldMessages(lng) : {};
  const showError = list.isError && Object.keys(fieldErrors).length === 0;
  return (
    <div className="page" data-testid="position-list-page">
      <PageHeader
        title={t('positions.title')}
        subtitle={t('positions.subtitle')}
        extra={
          list.data && (
            <Typography.Text className="count-badge">
              {t('positions.count', { total: formatNumber(list.data.total, lng) })}
            </Typography.Text>
          )
        }
      />
      <Card className="filters-card">
        <PositionFilters params={params} onChange={update} fieldErrors={fieldErrors} />
      </Card>
      <Card className="table-card">
        {showError ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <div className={list.isFetching ? 'table-busy' : undefined} aria-busy={list.isFetching}>
            <PositionTable
              page={list.data}
              sort={params.sort}
              order={params.order}
              pageSizes={pageSizes}
              onPage={(page, pageSize) => update({ page: pageSize === params.pageSize ? page : 1, pageSize })}
              onSort={(sort, order) => update({ sort, order })}
              pending={list.isPending}
            />
          </div>
        )}
      </Card>
    </div>
  );
}
