// MSPDI text to a tree of elements, or a precise complaint: well-formedness is checked first (so a
// truncated file is refused, never half-read), then the root must be MS Project's <Project>.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { ImportError } from '../imported-project.ts';
import { XmlElement, type XmlObject } from './xml-element.ts';

const MSPDI_NAMESPACE = 'http://schemas.microsoft.com/project';

/** Elements that repeat; always read as arrays so one and many look the same. */
const REPEATED = new Set([
  'Calendar', 'WeekDay', 'WorkingTime', 'Exception', 'WorkWeek', 'Task', 'PredecessorLink', 'Resource', 'Assignment',
  'TimephasedData', 'ExtendedAttribute', 'Baseline', 'OutlineCode', 'Value', 'Rate', 'AvailabilityPeriod',
]);

const parser = new XMLParser({
  ignoreAttributes: true,
  removeNSPrefix: true,
  parseTagValue: false,
  trimValues: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  // Needed for numeric character references (&#10;); DOCTYPE-declared entities stay unexpanded.
  htmlEntities: true,
  isArray: (name) => REPEATED.has(name),
});

export type MspdiTree = { readonly ok: true; readonly project: XmlElement } | { readonly ok: false; readonly error: ImportError };

export function parseMspdiTree(xml: string): MspdiTree {
  const text = xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml;
  if (text.trim() === '') return fail('The file is empty: an MSPDI file is XML with a <Project> root element.', 1, 1);

  const rootTag = findRootTag(text);
  if (rootTag === null) return fail('This is not XML: no element was found (an MSPDI file has a <Project> root element).', 1, 1);
  const [line, column] = lineAndColumn(text, rootTag.index);
  if (rootTag.localName !== 'Project') {
    return fail(`This is not an MSPDI file: the root element is <${rootTag.name}>, expected MS Project's <Project>.`, line, column);
  }
  if (rootTag.namespace !== null && rootTag.namespace !== MSPDI_NAMESPACE) {
    return fail(`This is not an MSPDI file: <Project> is in the namespace "${rootTag.namespace}", expected "${MSPDI_NAMESPACE}".`, line, column);
  }

  const validation = XMLValidator.validate(text);
  if (validation !== true) return validationFailure(text, validation.err);

  let parsed: unknown;
  try {
    parsed = parser.parse(text);
  } catch (cause) {
    return fail(`The XML could not be read: ${cause instanceof Error ? cause.message : String(cause)}.`, line, column);
  }
  const project = (parsed as Record<string, unknown>)['Project'];
  if (typeof project === 'string') return { ok: true, project: new XmlElement({}, 'Project') };
  if (project === null || typeof project !== 'object' || Array.isArray(project)) {
    return fail('This is not an MSPDI file: <Project> has no content.', line, column);
  }
  return { ok: true, project: new XmlElement(project as XmlObject, 'Project') };
}

interface RootTag {
  readonly index: number;
  readonly name: string;
  readonly localName: string;
  readonly namespace: string | null;
}

/** The first element's start tag, skipping the declaration, comments, DOCTYPE and processing instructions. */
function findRootTag(text: string): RootTag | null {
  let index = 0;
  for (;;) {
    index = text.indexOf('<', index);
    if (index < 0) return null;
    if (text.startsWith('<!--', index)) index = skipPast(text, index, '-->');
    else if (text.startsWith('<?', index)) index = skipPast(text, index, '?>');
    else if (text.startsWith('<!', index)) index = skipPast(text, index, '>');
    else break;
    if (index < 0) return null;
  }
  const match = /^<([^\s/>]+)([^>]*)/.exec(text.slice(index, index + 2000));
  if (match === null) return null;
  const name = match[1]!;
  const colon = name.indexOf(':');
  const prefix = colon < 0 ? '' : name.slice(0, colon);
  const localName = colon < 0 ? name : name.slice(colon + 1);
  const nsAttribute = prefix === '' ? /\sxmlns\s*=\s*(["'])(.*?)\1/ : new RegExp(`\\sxmlns:${prefix}\\s*=\\s*(["'])(.*?)\\1`);
  const namespace = nsAttribute.exec(match[2] ?? '')?.[2] ?? null;
  return { index, name, localName, namespace };
}

function skipPast(text: string, from: number, end: string): number {
  const at = text.indexOf(end, from);
  return at < 0 ? -1 : at + end.length;
}

interface ValidationError {
  readonly code: string;
  readonly msg: string;
  readonly line: number;
  readonly col?: number;
}

function validationFailure(text: string, err: ValidationError): MspdiTree {
  // Cut inside a tag: what was open before that broken last tag says where the text stops.
  const lastTag = text.lastIndexOf('<');
  if (lastTag > text.lastIndexOf('>')) {
    const before = XMLValidator.validate(text.slice(0, lastTag));
    const openBefore = before === true ? null : unclosedElements(before.err);
    if (openBefore !== null) return truncated(text, openBefore);
  }
  const open = unclosedElements(err);
  if (open !== null) return truncated(text, open);
  return fail(`The XML is malformed: ${err.msg}`, err.line, err.col);
}

/** A text cut short leaves elements open; the validator lists them (and points at line 1). */
function unclosedElements(err: ValidationError): string[] | null {
  const list = /^Invalid '\[(.*)\]' found\.?$/s.exec(err.msg);
  if (err.code === 'InvalidXml' && list !== null) return [...list[1]!.matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
  const single = /^Unclosed tag '([^']+)'\.?$/.exec(err.msg);
  return single === null ? null : [single[1]!];
}

function truncated(text: string, names: string[]): MspdiTree {
  const [line, column] = lineAndColumn(text, text.trimEnd().length);
  const open = names.length > 0 ? `<${names.join('>/<')}>` : 'some elements';
  return fail(`The XML ends inside ${open}, before it is closed: the file looks truncated.`, line, column, names.join('/') || undefined);
}

function lineAndColumn(text: string, index: number): [number, number] {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return [line, index - lineStart + 1];
}

function fail(message: string, line: number, column: number | undefined, path?: string): MspdiTree {
  const where = `line ${line}` + (column === undefined ? '' : `, column ${column}`);
  return {
    ok: false,
    error: {
      message,
      location: { line, ...(column === undefined ? {} : { column }), ...(path === undefined ? {} : { path }), text: path === undefined ? where : `${where} (inside ${path})` },
    },
  };
}
