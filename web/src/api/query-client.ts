import { QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-error';
import { markSessionExpired } from './session-expiry';
import { sessionKey } from './use-session';

/**
 * Server state for the whole app. Client errors (4xx) are answers, not glitches: they are not retried.
 * A 401 on any query means the session ended, so the cached session is dropped and the shell sends
 * the user back to the sign-in page.
 */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (isApiError(error) && error.status === 401 && query.queryKey[0] !== sessionKey[0]) {
          markSessionExpired();
          client.setQueryData(sessionKey, null);
        }
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        gcTime: 5 * 60_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) => {
          if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
          return failureCount < 2;
        },
      },
    },
  });
  return client;
}
