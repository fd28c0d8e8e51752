import { Card, Typography } from 'antd';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error';
import { useEmployeePage } from '../../api/use-employees';
import { useCan } from '../../api/use-session';
import { ErrorState } from '../../components/error-state';
import { PageHeader } from '../../components/page-header';
import { Refusal } from '../../components/refusal';
import { formatNumber } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';
import { EmployeeFilters } from './employee-filters';
import { EMPLOYEE_FILTER_KEYS, toEmployeeQuery, useEmployeeListParams } from './employee-list-params';
import { EmployeeTable } from './employee-table';

const NO_ERRORS: Record<string, string> = {};

/** Employees of the instansi (or the OPD head's units), paged by the server; the URL holds the view. */
export default function EmployeeListPage() {
  const { t } = useTranslation();
  const lng = useLanguage();
  const allowed = useCan('employee.list');
  const { params, update, pageSizes } = useEmployeeListParams();
  const query = useMemo(() => toEmployeeQuery(params), [params]);
  const list = useEmployeePage(query, allowed);

  const pageSize = params.pageSize;
  const onPage = useCallback(
    (page: number, size: number) => update({ page: size === pageSize ? page : 1, pageSize: size }),
    [update, pageSize],
  );
  const onSort = useCallback(
    (sort: string | null, order: 'asc' | 'desc' | null) => update({ sort, order }),
    [update],
  );
  const reset = useCallback(
    () => update({ q: null, unitId: null, golongan: null, kind: null, educationField: null }),
    [update],
  );
  const fieldErrors = useMemo(
    () => (isApiError(list.error) && list.error.status === 400 ? list.error.fieldMessages(lng) : NO_ERRORS),
    [list.error, lng],
  );

  // Note: the menu hides the list from roles without `employee.list`; a typed URL gets a refusal too.
  if (!allowed) return <Refusal message={t('employees.notAllowed')} />;

  const hasFilters = EMPLOYEE_FILTER_KEYS.some((k) => {
    const v = params[k];
    return Array.isArray(v) ? v.length > 0 : v !== undefined;
  });
  const showError = list.isError && fieldErrors === NO_ERRORS;
  const busy = list.isFetching;

  return (
    <div className="page" data-testid="employee-list-page">
      <PageHeader
        title={t('employees.title')}
        subtitle={t('employees.subtitle')}
        extra={
          list.data && (
            <Typography.Text className="count-badge" data-testid="employee-count">
              {t('employees.count', { total: formatNumber(list.data.total, lng) })}
            </Typography.Text>
          )
        }
      />
      <Card className="filters-card">
        <EmployeeFilters
          q={params.q}
          unitId={params.unitId}
          golongan={params.golongan}
          kind={params.kind}
          educationField={params.educationField}
          onChange={update}
          onReset={reset}
          hasFilters={hasFilters}
          fieldErrors={fieldErrors}
        />
      </Card>
      <Card className="table-card">
        {showError ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          // Note: while the next page loads the current rows stay, dimmed; no re-render of the table.
          <div className={busy ? 'table-busy' : undefined} aria-busy={busy}>
            <EmployeeTable
              page={list.data}
              pending={list.isPending}
              sort={params.sort}
              order={params.order}
              pageSizes={pageSizes}
              onPage={onPage}
              onSort={onSort}
            />
          </div>
        )}
      </Card>
    </div>
  );
}
