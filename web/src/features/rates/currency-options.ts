// The currencies a rate form offers: the project form's list, plus whatever the record holds
// already (a rate set through the API in another currency stays editable).
import { CURRENCIES } from '../projects/project-form-values.ts';

export function currencyOptions(...keep: (string | null | undefined)[]): string[] {
  const all = new Set<string>(CURRENCIES);
  for (const c of keep) if (c) all.add(c);
  return [...all];
}
