// Where a library item (methodology, review type, template) comes from, as its badge says it: shipped
// with Orrery and untouched, shipped and since edited by the PMO (a saved row over the built-in, so
// version 1 on), or the PMO's own under a new key. One rule for the three libraries.
export type LibraryOrigin = 'built_in' | 'built_in_edited' | 'own';

export const ORIGIN_META: Readonly<Record<LibraryOrigin, { label: string; color: string }>> = {
  built_in: { label: 'Built-in', color: 'gray' },
  built_in_edited: { label: 'Built-in (edited)', color: 'blue' },
  own: { label: 'Your own', color: 'indigo' },
};

export function libraryOrigin(item: { builtIn: boolean; version: number }): LibraryOrigin {
  if (!item.builtIn) return 'own';
  return item.version > 0 ? 'built_in_edited' : 'built_in';
}
