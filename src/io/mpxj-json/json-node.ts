// Typed, path-aware access to parsed JSON: a bad value is reported as `tasks[11].duration`, not as
// a stack trace. MPXJ's writer leaves out zeros, false and empty values, so absence has meaning.
import { parseTimeOfDay, parseWallMinutes } from '../shared/wall-time.ts';

/** A value in the file that cannot be read; caught by the reader and turned into a tagged error. */
export class JsonValueError extends Error {
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(message);
  }
}

export class JsonNode {
  constructor(
    readonly value: Readonly<Record<string, unknown>>,
    readonly path: string,
  ) {}

  static root(value: unknown): JsonNode | null {
    return isRecord(value) ? new JsonNode(value, '') : null;
  }

  has(key: string): boolean {
    return this.value[key] !== undefined && this.value[key] !== null;
  }

  object(key: string): JsonNode | null {
    const value = this.value[key];
    if (value === undefined || value === null) return null;
    if (!isRecord(value)) throw this.bad(key, 'is not an object');
    return new JsonNode(value, this.pathOf(key));
  }

  /** The objects of an array field (absent: empty). */
  objects(key: string): JsonNode[] {
    const value = this.value[key];
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) throw this.bad(key, 'is not an array');
    return value.map((item, i) => {
      const path = `${this.pathOf(key)}[${i}]`;
      if (!isRecord(item)) throw new JsonValueError(`Unreadable ${path}: is not an object.`, path);
      return new JsonNode(item, path);
    });
  }

  strings(key: string): string[] {
    const value = this.value[key];
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) throw this.bad(key, 'is not a list of strings');
    return value;
  }

  string(key: string): string | null {
    const value = this.value[key];
    if (value === undefined || value === null) return null;
    if (typeof value !== 'string') throw this.bad(key, `${JSON.stringify(value)} is not text`);
    return value;
  }

  number(key: string): number | null {
    const value = this.value[key];
    if (value === undefined || value === null) return null;
    if (typeof value !== 'number' || !Number.isFinite(value)) throw this.bad(key, `${JSON.stringify(value)} is not a number`);
    return value;
  }

  int(key: string): number | null {
    const value = this.number(key);
    if (value !== null && !Number.isInteger(value)) throw this.bad(key, `${value} is not a whole number`);
    return value;
  }

  /** MPXJ writes only `true`; absent is false. */
  flag(key: string): boolean {
    const value = this.value[key];
    if (value === undefined || value === null) return false;
    if (typeof value !== 'boolean') throw this.bad(key, `${JSON.stringify(value)} is not true or false`);
    return value;
  }

  dateTime(key: string): number | null {
    const text = this.string(key);
    if (text === null) return null;
    const minutes = parseWallMinutes(text);
    if (minutes === null) throw this.bad(key, `"${text}" is not a date-time`);
    return minutes;
  }

  /** `08:00` → 480; an end of `00:00` is midnight at the end of the day, 1440. */
  time(key: string, isEnd: boolean): number | null {
    const text = this.string(key);
    if (text === null) return null;
    const minutes = parseTimeOfDay(text, isEnd);
    if (minutes === null) throw this.bad(key, `"${text}" is not a time of day`);
    return minutes;
  }

  /** MPXJ's JSON durations are seconds (converted from the task's units); here minutes. */
  minutes(key: string): number | null {
    const seconds = this.number(key);
    return seconds === null ? null : Math.round((seconds / 60) * 1e6) / 1e6;
  }

  bad(key: string, why: string): JsonValueError {
    const path = this.pathOf(key);
    return new JsonValueError(`Unreadable ${path}: ${why}.`, path);
  }

  private pathOf(key: string): string {
    return this.path === '' ? key : `${this.path}.${key}`;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
