// Excel refuses a workbook whose sheet names break its rules (31 characters, none of []:*?/\, no
// apostrophe at either end, unique ignoring case, not "History"), and exceljs throws on most of
// them. Register and project names are free text, so names are made safe here instead.

const MAX_LENGTH = 31;
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[[\]:*?/\\\u0000-\u001f\u007f]/g;
const RESERVED = ['history'];

/**
 * Names Excel accepts, one per wanted name and in the same order: forbidden characters become
 * spaces, long names are cut, and repeats get " (2)", " (3)" …
 *
 * @example
 * sheetNames(['Risks', 'risks', 'Q1: actions?']); // ['Risks', 'risks (2)', 'Q1 actions']
 */
export function sheetNames(wanted: ReadonlyArray<string>): string[] {
  const taken = new Set(RESERVED);
  return wanted.map((name) => {
    const base = cleanName(name);
    let candidate = fitName(base, '');
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = fitName(base, ` (${n})`);
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}

function cleanName(name: string): string {
  const clean = name.replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').replace(/^[\s']+|[\s']+$/g, '');
  return clean === '' ? 'Sheet' : clean;
}

/** The base cut short enough for the suffix, by whole characters (never half a surrogate pair). */
function fitName(base: string, suffix: string): string {
  let cut = '';
  for (const ch of base) {
    if (cut.length + ch.length > MAX_LENGTH - suffix.length) break;
    cut += ch;
  }
  return cut.replace(/[\s']+$/, '') + suffix;
}
