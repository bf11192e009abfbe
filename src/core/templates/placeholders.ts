// Placeholders in a template's documents: `{{project.name}}` and its kind, filled in once, when a
// project is created from the template. The set is closed, so that a typo ({{project.owner}}) is
// caught when the PMO saves the template rather than shipped into every new project's charter;
// after validation, rendering cannot meet a name it does not know.
//
// Syntax: `{{name}}`, spaces inside the braces allowed (`{{ today }}`). `\{{` writes a literal
// `{{`. A `{{` that does not close on the same line (within 100 characters) is a mistake too.
// Values are plain text put into Markdown: line breaks become spaces and the characters that
// would turn them into emphasis, links, code, HTML or table cells are escaped with a backslash.

/** Every placeholder a document may use, with what it becomes. */
export const PLACEHOLDERS = {
  'project.name': 'the project’s name',
  'project.code': 'the project’s code, e.g. PRJ-042',
  'project.manager': 'the project manager’s name ("to be named" when there is none yet)',
  'project.sponsor': 'the sponsor’s name ("to be named" when there is none yet)',
  'project.start': 'the day the schedule starts (YYYY-MM-DD): the planned start, or the day the project was created',
  'project.finish': 'the day the schedule made from the WBS finishes (YYYY-MM-DD)',
  'portfolio.name': 'the name of the project’s portfolio',
  'program.name': 'the name of the project’s program ("none" when it is in none)',
  'methodology.name': 'the name of the methodology the project follows',
  'template.name': 'the name of the template the project was made from',
  today: 'the day the project was created (YYYY-MM-DD)',
} as const;

export type PlaceholderName = keyof typeof PLACEHOLDERS;
export type PlaceholderValues = Readonly<Record<PlaceholderName, string>>;

export const PLACEHOLDER_NAMES = Object.keys(PLACEHOLDERS) as PlaceholderName[];
const KNOWN = new Set<string>(PLACEHOLDER_NAMES);
const MAX_INSIDE = 100;

type Token =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'placeholder'; readonly name: string; readonly line: number }
  | { readonly kind: 'unclosed'; readonly line: number };

/** Splits Markdown into text and placeholders, in one pass. */
function tokenise(markdown: string): Token[] {
  const tokens: Token[] = [];
  let line = 1;
  let at = 0;
  const text = (to: number) => {
    if (to <= at) return;
    const chunk = markdown.slice(at, to);
    tokens.push({ kind: 'text', text: chunk });
    for (const ch of chunk) if (ch === '\n') line++;
    at = to;
  };
  for (;;) {
    let open = markdown.indexOf('{{', at);
    if (open < 0) break;
    if (open > 0 && markdown[open - 1] === '\\') {
      text(open - 1);
      tokens.push({ kind: 'text', text: '{{' });
      at = open + 2;
      continue;
    }
    while (markdown[open + 2] === '{') open++; // `{{{x}}}`: the placeholder is the innermost pair
    text(open);
    const close = markdown.indexOf('}}', open + 2);
    const inside = close < 0 ? '' : markdown.slice(open + 2, close);
    if (close < 0 || inside.length > MAX_INSIDE || /[{}\n]/.test(inside)) {
      tokens.push({ kind: 'unclosed', line });
      tokens.push({ kind: 'text', text: '{{' });
      at = open + 2;
      continue;
    }
    tokens.push({ kind: 'placeholder', name: inside.trim(), line });
    at = close + 2;
  }
  text(markdown.length);
  return tokens;
}

/**
 * What is wrong with the placeholders of a Markdown text (empty: nothing): unknown names and
 * `{{` that never close, each with its line and how to fix it.
 * @example
 * placeholderProblems('# {{project.title}}');
 * // ['line 1: unknown placeholder {{project.title}}; use one of {{project.name}}, …']
 */
export function placeholderProblems(markdown: string): string[] {
  const problems: string[] = [];
  for (const t of tokenise(markdown)) {
    if (t.kind === 'unclosed') problems.push(`line ${t.line}: "{{" is not closed by "}}" on the same line; close it, or write \\{{ for literal braces`);
    if (t.kind === 'placeholder' && !KNOWN.has(t.name)) problems.push(`line ${t.line}: unknown placeholder {{${t.name}}}; ${suggestion(t.name)}`);
  }
  return problems;
}

function suggestion(name: string): string {
  const near = PLACEHOLDER_NAMES.find((p) => p === name.toLowerCase().replace(/\s+/g, ''));
  if (near) return `did you mean {{${near}}}?`;
  return `use one of ${PLACEHOLDER_NAMES.map((p) => `{{${p}}}`).join(', ')}`;
}

/** The distinct placeholder names a text uses, known or not, in order of first use. */
export function placeholdersIn(markdown: string): string[] {
  const names = tokenise(markdown).flatMap((t) => (t.kind === 'placeholder' ? [t.name] : []));
  return [...new Set(names)];
}

const MARKDOWN_SPECIAL = /[\\`*_[\]<>|~]/g;

/**
 * A plain-text value made safe to put inside Markdown: on one line, its Markdown characters
 * escaped so that it reads as the text it is.
 * @example
 * escapeMarkdown('R&D *pilot*\nphase_2'); // 'R&D \\*pilot\\* phase\\_2'
 */
export function escapeMarkdown(value: string): string {
  return oneLine(value).replace(MARKDOWN_SPECIAL, (ch) => `\\${ch}`);
}

/** A value for plain text (a title): on one line, nothing escaped. */
export const oneLine = (value: string): string => value.replace(/\s+/g, ' ').trim();

/**
 * Fills a template's Markdown with the values of its placeholders, in one pass (a value that
 * itself contains `{{…}}` is not expanded again). The text must have passed
 * `placeholderProblems`: an unknown name here is a bug, and throws. Values are escaped for
 * Markdown; pass `oneLine` as `escape` for plain text such as a title.
 * @example
 * renderTemplate('# Charter: {{project.name}} ({{ project.code }})', values);
 * // '# Charter: CRM Replacement (PRJ-042)'
 */
export function renderTemplate(markdown: string, values: PlaceholderValues, escape: (value: string) => string = escapeMarkdown): string {
  return tokenise(markdown)
    .map((t) => {
      if (t.kind === 'text') return t.text;
      if (t.kind === 'unclosed') return '';
      if (!KNOWN.has(t.name)) throw new Error(`renderTemplate: unknown placeholder {{${t.name}}} (validate the template first)`);
      return escape(values[t.name as PlaceholderName]);
    })
    .join('');
}
