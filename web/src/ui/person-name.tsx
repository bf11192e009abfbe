// A person's name from their id, read from the cached people directory.
import { Text } from '@mantine/core';
import { usePeople } from '../api/people.ts';

export function PersonName({ id }: { id: string | null | undefined }) {
  const { byId } = usePeople();
  if (!id) return <Text span c="dimmed">—</Text>;
  return <>{byId.get(id)?.name ?? 'Unknown person'}</>;
}

/** Options for a people picker: everyone in the directory, by name. */
export function usePeopleOptions(): { value: string; label: string }[] {
  const { data } = usePeople();
  return (data ?? []).map((p) => ({ value: p.id, label: p.name }));
}
