// Reads every page of a cursor-paged list, for the small lists pickers and name look-ups need
// (portfolios, programs, objectives, people). Big lists (projects) page with "Load more" instead.
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Stops after `maxPages` so a runaway list cannot hang the screen. */
export async function fetchAllPages<T>(fetchPage: (cursor: string | undefined) => Promise<Page<T>>, maxPages = 20): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < maxPages; page += 1) {
    const result = await fetchPage(cursor);
    items.push(...result.items);
    if (!result.nextCursor) break;
    cursor = result.nextCursor;
  }
  return items;
}

/** id → item, for showing names of referenced records. */
export function indexById<T extends { id: string }>(items: readonly T[] | undefined): ReadonlyMap<string, T> {
  return new Map((items ?? []).map((item) => [item.id, item]));
}
