// Links from methodology phases and gates to articles. A link must name a phase or a gate (not both)
// that exists in the methodology as it stands, so guidance never points at nothing; the guidance of a
// place is the published articles linked to it.
import type { Methodology } from '../governance/methodology-types.ts';
import type { GuidanceLink } from './knowledge-types.ts';

export interface LinkProblem {
  readonly path: string;
  readonly message: string;
}

/**
 * What is wrong with the links of an article, given the methodologies they may name (by key).
 * @example
 * linkProblems([{ methodologyKey: 'predictive', phaseKey: 'plann', gateKey: null }], lookup)
 * // [{ path: 'links[0].phaseKey', message: 'predictive has no phase "plann"; use one of initiate, plan, execute, close' }]
 */
export function linkProblems(links: ReadonlyArray<GuidanceLink>, methodologyOf: (key: string) => Methodology | undefined): LinkProblem[] {
  const problems: LinkProblem[] = [];
  const seen = new Set<string>();
  links.forEach((link, i) => {
    const at = `links[${i}]`;
    const m = methodologyOf(link.methodologyKey);
    if (!m) {
      problems.push({ path: `${at}.methodologyKey`, message: `there is no methodology "${link.methodologyKey}"` });
      return;
    }
    if ((link.phaseKey === null) === (link.gateKey === null)) {
      problems.push({ path: at, message: 'name either a phase or a gate, not both and not neither' });
      return;
    }
    if (link.phaseKey !== null && !m.phases.some((p) => p.key === link.phaseKey)) {
      problems.push({ path: `${at}.phaseKey`, message: `${m.key} has no phase "${link.phaseKey}"; use one of ${m.phases.map((p) => p.key).join(', ')}` });
    }
    const gates = m.phases.flatMap((p) => (p.gate ? [p.gate.key] : []));
    if (link.gateKey !== null && !gates.includes(link.gateKey)) {
      problems.push({ path: `${at}.gateKey`, message: `${m.key} has no gate "${link.gateKey}"; use one of ${gates.join(', ')}` });
    }
    const id = linkId(link);
    if (seen.has(id)) problems.push({ path: at, message: 'this place is linked twice; keep one link' });
    seen.add(id);
  });
  return problems;
}

export const linkId = (link: GuidanceLink): string => `${link.methodologyKey}/${link.phaseKey ?? ''}/${link.gateKey ?? ''}`;

/** Whether a link points at the given phase or gate of a methodology. */
export function linksTo(link: GuidanceLink, methodologyKey: string, place: { readonly phaseKey?: string | null; readonly gateKey?: string | null }): boolean {
  if (link.methodologyKey !== methodologyKey) return false;
  return (link.phaseKey !== null && link.phaseKey === place.phaseKey) || (link.gateKey !== null && link.gateKey === place.gateKey);
}
