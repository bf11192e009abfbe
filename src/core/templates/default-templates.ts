// The template library a new Orrery installation starts with: an IT system implementation and an
// office relocation (predictive) and an agile product release, so that a PMO can start its first
// projects from a realistic plan on the first day and tailor the templates later.
import { AGILE_RELEASE } from './default-agile-release.ts';
import { IT_IMPLEMENTATION } from './default-it-implementation.ts';
import { OFFICE_RELOCATION } from './default-office-relocation.ts';
import type { ProjectTemplate } from './template-types.ts';

/**
 * The built-in templates.
 * @example
 * DEFAULT_TEMPLATES.map((t) => t.key); // ['it_system_implementation', 'agile_product_release', 'office_relocation']
 */
export const DEFAULT_TEMPLATES: ReadonlyArray<ProjectTemplate> = [IT_IMPLEMENTATION, AGILE_RELEASE, OFFICE_RELOCATION];
