import { useQuery } from '@tanstack/react-query';
import type { DecreeCheckDto } from '../../../src/contract/process-decree-steps';
import { http } from './http';

export type DecreeCheck = DecreeCheckDto;

/**
 * The pre-issue check of a proposal's SK for an SK date (null: today at the instansi). Keyed by the
 * proposal's version too, so every write on the proposal (an approval attached, the board) asks again;
 * it is re-read whenever the card mounts, so signatories saved on the settings card count at once.
 */
export function useDecreeCheck(id: number, date: string | null, version: number, enabled: boolean) {
  return useQuery({
    queryKey: ['decree-check', id, date, version],
    queryFn: ({ signal }) =>
      http.get<DecreeCheck>(`/api/proposals/${id}/decree-check`, { date: date ?? undefined }, signal),
    enabled,
    // Always asked again when the card mounts: the signatories may have just changed elsewhere.
    staleTime: 0,
  });
}
