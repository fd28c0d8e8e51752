import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProposalDetail } from '../../api/use-proposals';

type State = ProposalDetail['state'];

const COLORS: Partial<Record<State, string>> = {
  SUBMITTED: 'blue',
  VERIFIED: 'geekblue',
  REVIEWED: 'purple',
  APPROVED: 'cyan',
  SK_ISSUED: 'gold',
  ANNOUNCED: 'orange',
  EFFECTIVE: 'green',
  CLOSED: 'green',
  REJECTED: 'red',
  RETURNED: 'volcano',
  WITHDRAWN: 'default',
  CANCELLED: 'default',
};

/** A proposal's state in words, coloured by how far along it is. */
export function StateTag({ state }: { state: State }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[state] ?? 'default'} data-testid="proposal-state" data-state={state}>
      {t(`process.state.${state}`)}
    </Tag>
  );
}
