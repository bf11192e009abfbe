// The react-query client and its defaults: no retries on 4xx answers (they will not change), and
// a 401 anywhere means the session ended, so the app forgets it and the shell goes to /login.
import { QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiProblem } from '../api/api-problem.ts';
import { queryKeys } from '../api/query-keys.ts';
import { setCsrfToken } from '../api/client.ts';

export function createAppQueryClient(): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (isApiProblem(error) && error.status === 401 && query.queryKey[0] !== queryKeys.session[0]) {
          setCsrfToken(null);
          queryClient.setQueryData(queryKeys.session, null);
        }
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (failures, error) => !(isApiProblem(error) && error.status >= 400 && error.status < 500) && failures < 2,
      },
    },
  });
  return queryClient;
}
