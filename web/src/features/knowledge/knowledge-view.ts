// Words and colours of the knowledge base, and the places an article can be linked to: every phase
// and every gate of every methodology, as one option list for the editor (value "key/phase/plan").
import type { ArticleSummary, GuidanceLinkBody, Methodology } from '../../api/types.ts';
import { optionsOf } from '../../ui/labels.ts';

export const KIND_LABELS: Record<ArticleSummary['kind'], string> = {
  standard: 'Standard', guideline: 'Guideline', best_practice: 'Best practice', template: 'Template',
};

export const KIND_OPTIONS = optionsOf(KIND_LABELS);
export const STATUS_COLORS: Record<ArticleSummary['status'], string> = { draft: 'gray', published: 'teal', retired: 'dark' };
export const REVIEW_LABELS: Record<ArticleSummary['reviewState'], { label: string; color: string } | null> = {
  overdue: { label: 'Review overdue', color: 'red' },
  due_soon: { label: 'Review due soon', color: 'orange' },
  current: null,
  not_scheduled: null,
  retired: null,
};

export interface PlaceGroup {
  group: string;
  items: { value: string; label: string }[];
}

/** Every phase and gate of the methodologies, grouped by methodology. */
export function placeOptions(methodologies: ReadonlyArray<Pick<Methodology, 'key' | 'name' | 'phases'>>): PlaceGroup[] {
  return methodologies.map((m) => ({
    group: m.name,
    items: m.phases.flatMap((p) => [
      { value: `${m.key}/phase/${p.key}`, label: `${p.name} phase` },
      ...(p.gate ? [{ value: `${m.key}/gate/${p.gate.key}`, label: p.gate.name }] : []),
    ]),
  }));
}

export const placeValue = (link: { methodologyKey: string; phaseKey?: string | null; gateKey?: string | null }): string =>
  link.phaseKey ? `${link.methodologyKey}/phase/${link.phaseKey}` : `${link.methodologyKey}/gate/${link.gateKey ?? ''}`;

export function linkOfPlace(value: string): GuidanceLinkBody {
  const [methodologyKey = '', side, key = ''] = value.split('/');
  return side === 'phase' ? { methodologyKey, phaseKey: key, gateKey: null } : { methodologyKey, phaseKey: null, gateKey: key };
}
