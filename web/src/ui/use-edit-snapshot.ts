// The record a form edits, as it was when the form opened: a background refetch never swaps it
// under the user's edits (the form keeps the version it read, for If-Match). After a version
// conflict, `reload` reads the record again and the form starts over on the fresh version.
import { useEffect, useState } from 'react';

interface Readable<T> {
  data: T | undefined;
  refetch: () => Promise<{ data?: T | undefined }>;
}

export function useEditSnapshot<T>(query: Readable<T>): { loaded: T | null; reload: () => Promise<void> } {
  const [loaded, setLoaded] = useState<T | null>(null);
  useEffect(() => {
    if (!loaded && query.data) setLoaded(query.data);
  }, [loaded, query.data]);
  const reload = async () => {
    const fresh = await query.refetch();
    if (fresh.data) setLoaded(fresh.data);
  };
  return { loaded, reload };
}
