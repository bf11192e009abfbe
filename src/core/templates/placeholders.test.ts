// Placeholders: which names are known, how mistakes are reported, and rendering with its escapes.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PLACEHOLDER_NAMES, escapeMarkdown, oneLine, placeholderProblems, placeholdersIn, renderTemplate, type PlaceholderValues } from './placeholders.ts';

const VALUES: PlaceholderValues = {
  'project.name': 'CRM Replacement',
  'project.code': 'PRJ-042',
  'project.manager': 'Mia Manager',
  'project.sponsor': 'Sam Sponsor',
  'project.start': '2027-01-04',
  'project.finish': '2027-08-13',
  'portfolio.name': 'Digital',
  'program.name': 'none',
  'methodology.name': 'Predictive (stage-gated)',
  'template.name': 'IT system implementation (predictive)',
  today: '2026-11-24',
};

describe('renderTemplate', () => {
  it('fills every known placeholder, with or without spaces inside the braces', () => {
    expect(renderTemplate('# {{project.name}} ({{ project.code }})\nPM: {{project.manager}}, from {{project.start}}; {{today}}', VALUES)).toBe(
      '# CRM Replacement (PRJ-042)\nPM: Mia Manager, from 2027-01-04; 2026-11-24',
    );
  });

  it('writes \\{{ as literal braces and leaves text without placeholders alone', () => {
    expect(renderTemplate('Use \\{{project.name}} in your own templates.', VALUES)).toBe('Use {{project.name}} in your own templates.');
    expect(renderTemplate('No braces } here { at all', VALUES)).toBe('No braces } here { at all');
    expect(renderTemplate('', VALUES)).toBe('');
  });

  it('escapes values for Markdown and keeps them on one line, but not in plain text', () => {
    const values = { ...VALUES, 'project.name': 'R&D *pilot* | phase_2\n<b>[x]</b>' };
    expect(renderTemplate('| {{project.name}} |', values)).toBe('| R&D \\*pilot\\* \\| phase\\_2 \\<b\\>\\[x\\]\\</b\\> |');
    expect(renderTemplate('{{project.name}}', values, oneLine)).toBe('R&D *pilot* | phase_2 <b>[x]</b>');
  });

  it('does not expand a placeholder that a value contains', () => {
    expect(renderTemplate('{{project.name}}', { ...VALUES, 'project.name': 'The {{today}} project' })).toBe('The {{today}} project');
  });

  it('throws on an unknown name (a template that skipped validation)', () => {
    expect(() => renderTemplate('{{project.owner}}', VALUES)).toThrow(/unknown placeholder \{\{project.owner\}\}/);
  });

  it('keeps braces around a placeholder in triple braces', () => {
    expect(renderTemplate('{{{project.code}}}', VALUES)).toBe('{PRJ-042}');
  });
});

describe('placeholderProblems', () => {
  it('finds nothing wrong in known placeholders and escaped braces', () => {
    expect(placeholderProblems('{{project.name}} {{ today }} \\{{whatever}}')).toEqual([]);
  });

  it('names unknown placeholders with their line, suggesting the near one', () => {
    const problems = placeholderProblems('# Title\n\n{{project.owner}} and {{Project.Name}}');
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^line 3: unknown placeholder \{\{project.owner\}\}; use one of \{\{project.name\}\}/);
    expect(problems[1]).toBe('line 3: unknown placeholder {{Project.Name}}; did you mean {{project.name}}?');
  });

  it('reports {{ that never closes on its line, and empty braces', () => {
    expect(placeholderProblems('a {{project.name\n}}')).toEqual(['line 1: "{{" is not closed by "}}" on the same line; close it, or write \\{{ for literal braces']);
    expect(placeholderProblems('{{}}')[0]).toMatch(/unknown placeholder \{\{\}\}/);
  });

  it('lists the names used, once each', () => {
    expect(placeholdersIn('{{today}} {{project.name}} {{today}} {{nope}}')).toEqual(['today', 'project.name', 'nope']);
  });
});

describe('rendering, for any values and texts', () => {
  const plain = fc.string().filter((s) => !s.includes('{{') && !s.endsWith('\\') && !s.endsWith('{'));
  const name = fc.constantFrom(...PLACEHOLDER_NAMES);
  const values = fc.record(Object.fromEntries(PLACEHOLDER_NAMES.map((n) => [n, fc.string()])) as Record<keyof PlaceholderValues, fc.Arbitrary<string>>);

  it('leaves a text without {{ unchanged', () => {
    fc.assert(fc.property(plain, values, (text, v) => renderTemplate(text, v) === text));
  });

  it('renders any mix of text and known placeholders as the text with each escaped value in place', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(plain, name), { maxLength: 6 }), values, (parts, v) => {
        const markdown = parts.map(([text, n]) => `${text}{{${n}}}`).join('');
        expect(placeholderProblems(markdown)).toEqual([]);
        expect(renderTemplate(markdown, v)).toBe(parts.map(([text, n]) => `${text}${escapeMarkdown(v[n])}`).join(''));
      }),
    );
  });

  it('escapes a value so that removing the escapes gives it back on one line', () => {
    fc.assert(fc.property(fc.string(), (value) => escapeMarkdown(value).replace(/\\(.)/g, '$1') === oneLine(value)));
  });
});
