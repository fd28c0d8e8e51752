import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { transparencyDto } from '../../../src/contract/process-transparency';
import { http } from './http';

export type Transparency = z.infer<typeof transparencyDto>;

/** The public transparency data (no session needed, no personal data). */
export function useTransparency() {
  return useQuery({
    queryKey: ['transparency'],
    queryFn: ({ signal }) => http.get<Transparency>('/api/transparency', {}, signal),
  });
}
