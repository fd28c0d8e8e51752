import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { isApiError } from './api-error';
import { http } from './http';
import type { Action, LoginBody, SessionUser } from './types';

export const sessionKey = ['session'] as const;

/** The signed-in user, or null when nobody is signed in (401 is an answer here, not an error). */
export function useSession() {
  return useQuery({
    queryKey: sessionKey,
    queryFn: async ({ signal }) => {
      try {
        return await http.get<SessionUser>('/api/auth/me', {}, signal);
      } catch (error) {
        if (isApiError(error) && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: 5 * 60_000,
  });
}

/** The signed-in user; only for components rendered inside the authenticated shell. */
export function useSignedInUser(): SessionUser {
  const { data } = useSession();
  if (!data) throw new Error('useSignedInUser outside the authenticated shell');
  return data;
}

/** Whether the server allows the signed-in user an action (the UI never re-implements policy). */
export function useCan(action: Action): boolean {
  const { data } = useSession();
  return data?.actions.includes(action) ?? false;
}

export function useSignIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginBody) => http.post<SessionUser>('/api/auth/login', body),
    onSuccess: (user) => {
      client.clear();
      client.setQueryData(sessionKey, user);
    },
  });
}

export function useSignOut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => http.post<unknown>('/api/auth/logout'),
    onSettled: () => {
      client.clear();
      client.setQueryData(sessionKey, null);
    },
  });
}
