// The search parameters of the library pages, checked so a hand-edited URL cannot break them: the
// Libraries page's tab, and the key a new item is duplicated from.
import { KEY_PATTERN } from './library-keys.ts';

export const LIBRARY_TABS = ['methodologies', 'review-types', 'templates'] as const;
export type LibraryTab = (typeof LIBRARY_TABS)[number];

export const isLibraryTab = (value: unknown): value is LibraryTab => typeof value === 'string' && (LIBRARY_TABS as readonly string[]).includes(value);

export interface LibrariesSearch {
  tab?: LibraryTab;
}

export const parseLibrariesSearch = (raw: Record<string, unknown>): LibrariesSearch => (isLibraryTab(raw.tab) ? { tab: raw.tab } : {});

export interface DuplicateSearch {
  /** The key of the item to copy; none for a blank one. */
  from?: string;
}

export const parseDuplicateSearch = (raw: Record<string, unknown>): DuplicateSearch =>
  typeof raw.from === 'string' && KEY_PATTERN.test(raw.from) ? { from: raw.from } : {};
