// Where a server field error about a methodology is shown in the editor. The server names fields
// by the body's paths, as `phases[2].gate.criteria[0].key` (its rules, 422) or
// `phases.2.gate.criteria.0.key` (the schema, 400); the form names them with dots, and has no input
// for some of them (a criterion's key is derived from its text, a gate's from its name), so those
// land on the input they come from.
const PHASE_FIELDS = new Set(['key', 'name', 'description']);
const GATE_FIELDS = new Set(['name', 'purpose', 'approverRoles']);

/** Dots for brackets, no `body.` prefix: "body.phases[1].key" → "phases.1.key". */
export const dottedPath = (path: string): string => path.replace(/^body\./, '').replace(/\[(\d+)\]/g, '.$1');

/**
 * The form path that shows a server error at `path`, or null for the page's general alert.
 * @example methodologyFieldOf('phases[2].gate.criteria[0].key') // 'phases.2.gate.criteria.0.text'
 */
export function methodologyFieldOf(path: string): string | null {
  const parts = dottedPath(path).split('.');
  const [head, index, field, ...rest] = parts;
  if (head !== 'phases') return ['key', 'name', 'description', 'lifecycle'].includes(head ?? '') && parts.length === 1 ? head! : null;
  if (index === undefined) return 'phases';
  if (!/^\d+$/.test(index)) return null;
  const phase = `phases.${index}`;
  if (field === undefined) return `${phase}.key`;
  if (PHASE_FIELDS.has(field)) return `${phase}.${field}`;
  if (field !== 'gate') return null;
  return gateFieldOf(`${phase}.gate`, rest);
}

function gateFieldOf(gate: string, [field, index, item]: string[]): string | null {
  if (field === undefined || field === 'key') return `${gate}.name`;
  if (GATE_FIELDS.has(field)) return `${gate}.${field}`;
  if (field !== 'criteria' && field !== 'deliverables') return null;
  if (index === undefined || !/^\d+$/.test(index)) return `${gate}.${field}`;
  const at = `${gate}.${field}.${index}`;
  if (field === 'criteria') return `${at}.text`;
  return item === 'key' ? `${at}.key` : `${at}.name`;
}
