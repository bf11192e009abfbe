// The signed-in session: who I am and the CSRF token for writes. A 401 from /auth/me is not an
// error here, it means "nobody is signed in" (null), which the router turns into /login.
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, setCsrfToken, unwrap } from './client.ts';
import { isApiProblem } from './api-problem.ts';
import { queryKeys } from './query-keys.ts';
import type { Session } from './types.ts';

async function fetchSession(): Promise<Session | null> {
  try {
    const session = await unwrap(api.GET('/api/v1/auth/me'));
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (isApiProblem(error) && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export const sessionQuery = queryOptions({
  queryKey: queryKeys.session,
  queryFn: fetchSession,
  staleTime: 5 * 60_000,
  retry: false,
});

export const useSessionQuery = () => useQuery(sessionQuery);

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: { email: string; password: string }) =>
      unwrap(api.POST('/api/v1/auth/login', { body: credentials })),
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      queryClient.setQueryData(queryKeys.session, session);
    },
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/auth/logout')),
    // Forget the session (the shell then goes to /login) and everything read with it.
    onSettled: () => {
      setCsrfToken(null);
      queryClient.setQueryData(queryKeys.session, null);
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== queryKeys.session[0] });
    },
  });
}
