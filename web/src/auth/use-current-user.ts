// The signed-in user, for pages inside the app shell (which only renders once a session exists).
import { useQuery } from '@tanstack/react-query';
import { sessionQuery } from '../api/session.ts';
import type { User } from '../api/types.ts';

export function useCurrentUser(): User {
  const { data } = useQuery(sessionQuery);
  if (!data) throw new Error('useCurrentUser is used outside the signed-in app shell.');
  return data.user;
}
