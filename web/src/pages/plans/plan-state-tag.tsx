import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PlanRunState } from '../../api/use-plans';

const COLOR: Record<PlanRunState, string> = {
  QUEUED: 'default',
  RUNNING: 'processing',
  SUCCEEDED: 'green',
  INFEASIBLE: 'orange',
  FAILED: 'red',
  CANCELLED: 'default',
};

/** A plan run's state as a coloured tag. */
export function PlanStateTag({ state }: { state: PlanRunState }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLOR[state]} data-testid="plan-state" data-state={state}>
      {t(`planning.state.${state}`)}
    </Tag>
  );
}
