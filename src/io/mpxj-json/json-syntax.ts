// Where malformed JSON goes wrong. JSON.parse's messages differ across Node versions and do not
// always say where; this scanner, run only after JSON.parse has refused the text, finds the first
// offending character (or the end of a truncated text) and says what was expected there.

export interface JsonSyntaxProblem {
  readonly offset: number;
  readonly expected: string;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

type Frame = { kind: 'object'; state: 'key-or-end' | 'key' | 'colon' | 'value' | 'comma-or-end' } | { kind: 'array'; state: 'value-or-end' | 'value' | 'comma-or-end' };

/** The first syntax problem in `text`, or null when it is valid JSON. */
export function findJsonSyntaxProblem(text: string): JsonSyntaxProblem | null {
  const stack: Frame[] = [];
  let i = 0;
  let rootDone = false;
  const skipSpace = (): void => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t')) i++;
  };

  for (;;) {
    skipSpace();
    const frame = stack[stack.length - 1];
    const c = text[i];
    if (frame === undefined) {
      if (rootDone) return i < text.length ? { offset: i, expected: 'the end of the text after the top-level value' } : null;
      rootDone = true;
      const problem = scanValue();
      if (problem !== null) return problem;
      continue;
    }
    if (c === undefined) return { offset: i, expected: frame.kind === 'object' ? "more of an object (or its closing '}')" : "more of an array (or its closing ']')" };
    if (frame.kind === 'object') {
      if (frame.state === 'key-or-end' && c === '}') { stack.pop(); i++; continue; }
      if (frame.state === 'key' || frame.state === 'key-or-end') {
        if (c !== '"') return { offset: i, expected: frame.state === 'key' ? 'a property name in double quotes' : "a property name in double quotes or '}'" };
        const problem = scanString();
        if (problem !== null) return problem;
        frame.state = 'colon';
        continue;
      }
      if (frame.state === 'colon') {
        if (c !== ':') return { offset: i, expected: "':' after the property name" };
        i++;
        frame.state = 'value';
        continue;
      }
      if (frame.state === 'value') {
        frame.state = 'comma-or-end';
        const problem = scanValue();
        if (problem !== null) return problem;
        continue;
      }
      if (c === ',') { i++; frame.state = 'key'; continue; }
      if (c === '}') { stack.pop(); i++; continue; }
      return { offset: i, expected: "',' or '}' after a property value" };
    }
    if (frame.state === 'value-or-end' && c === ']') { stack.pop(); i++; continue; }
    if (frame.state === 'value' || frame.state === 'value-or-end') {
      frame.state = 'comma-or-end';
      const problem = scanValue();
      if (problem !== null) return problem;
      continue;
    }
    if (c === ',') { i++; frame.state = 'value'; continue; }
    if (c === ']') { stack.pop(); i++; continue; }
    return { offset: i, expected: "',' or ']' after an array element" };
  }

  /** A scalar is consumed whole; an object or array is opened and pushed. */
  function scanValue(): JsonSyntaxProblem | null {
    skipSpace();
    const c = text[i];
    if (c === undefined) return { offset: i, expected: 'a value' };
    if (c === '{') { stack.push({ kind: 'object', state: 'key-or-end' }); i++; return null; }
    if (c === '[') { stack.push({ kind: 'array', state: 'value-or-end' }); i++; return null; }
    if (c === '"') return scanString();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) { i += word.length; return null; }
    }
    NUMBER.lastIndex = i;
    if (NUMBER.test(text)) { i = NUMBER.lastIndex; return null; }
    return { offset: i, expected: 'a value (object, array, string, number, true, false or null)' };
  }

  function scanString(): JsonSyntaxProblem | null {
    let at = i + 1;
    while (at < text.length) {
      const code = text.charCodeAt(at);
      if (code === 0x22) {
        i = at + 1;
        return null;
      }
      if (code < 0x20) return { offset: at, expected: 'a closing quote (strings cannot hold raw control characters or line breaks)' };
      if (code === 0x5c) {
        ESCAPE.lastIndex = at;
        if (!ESCAPE.test(text)) return { offset: at, expected: 'a valid escape (\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\uXXXX)' };
        at = ESCAPE.lastIndex;
      } else at++;
    }
    return { offset: at, expected: 'the closing quote of a string' };
  }
}

/** 1-based line and column of an offset. */
export function lineAndColumnOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let at = text.indexOf('\n'); at >= 0 && at < offset; at = text.indexOf('\n', at + 1)) {
    line += 1;
    lineStart = at + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
