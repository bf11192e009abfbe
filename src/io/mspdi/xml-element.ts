// Typed, path-aware access to parsed MSPDI elements: every value read knows where it came from, so
// a bad value is reported as `Project/Tasks/Task[12]/Duration`, not as a stack trace.
import { parseTimeOfDay, parseWallMinutes } from '../shared/wall-time.ts';
import { parseIsoDuration } from './mspdi-codes.ts';

export type XmlValue = string | XmlObject | XmlValue[];
export interface XmlObject {
  [name: string]: XmlValue;
}

/** A value in the file that cannot be read; caught by the reader and turned into a tagged error. */
export class MspdiValueError extends Error {
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(message);
  }
}

export class XmlElement {
  constructor(
    readonly node: XmlObject,
    readonly path: string,
  ) {}

  /** Child elements with this name, in file order (paths are 1-based, as in XPath). */
  children(name: string): XmlElement[] {
    const value = this.node[name];
    if (value === undefined) return [];
    const list = Array.isArray(value) ? value : [value];
    const out: XmlElement[] = [];
    list.forEach((item, i) => {
      const path = `${this.path}/${name}[${i + 1}]`;
      out.push(new XmlElement(typeof item === 'object' && !Array.isArray(item) ? item : {}, path));
    });
    return out;
  }

  child(name: string): XmlElement | null {
    const value = this.node[name];
    if (value === undefined) return null;
    const first = Array.isArray(value) ? value[0] : value;
    return new XmlElement(typeof first === 'object' && first !== null && !Array.isArray(first) ? first : {}, `${this.path}/${name}`);
  }

  /** Whether a child element with this name is present, even empty. */
  has(name: string): boolean {
    return this.node[name] !== undefined;
  }

  /** The trimmed text of a child element; null when absent or empty. */
  text(name: string): string | null {
    let value = this.node[name];
    if (Array.isArray(value)) value = value[0];
    if (value === undefined) return null;
    if (typeof value === 'object') {
      const inner = (value as XmlObject)['#text'];
      value = typeof inner === 'string' ? inner : '';
    }
    const text = String(value).trim();
    return text === '' ? null : text;
  }

  int(name: string): number | null {
    const text = this.text(name);
    if (text === null) return null;
    if (!/^[+-]?\d+$/.test(text)) throw this.bad(name, `"${text}" is not a whole number`);
    return Number(text);
  }

  number(name: string): number | null {
    const text = this.text(name);
    if (text === null) return null;
    const value = Number(text);
    if (!Number.isFinite(value)) throw this.bad(name, `"${text}" is not a number`);
    return value;
  }

  /** MSPDI booleans are 0/1 (true/false accepted too). */
  bool(name: string): boolean | null {
    const text = this.text(name);
    if (text === null) return null;
    if (text === '1' || text === 'true') return true;
    if (text === '0' || text === 'false') return false;
    throw this.bad(name, `"${text}" is not a boolean (0 or 1)`);
  }

  /** A local date-time as wall minutes. */
  dateTime(name: string): number | null {
    const text = this.text(name);
    if (text === null) return null;
    const minutes = parseWallMinutes(text);
    if (minutes === null) throw this.bad(name, `"${text}" is not a date-time (YYYY-MM-DDThh:mm:ss)`);
    return minutes;
  }

  /** A time of day in minutes from midnight; an end time of 00:00 is 1440. */
  time(name: string, isEnd: boolean): number | null {
    const text = this.text(name);
    if (text === null) return null;
    const minutes = parseTimeOfDay(text, isEnd);
    if (minutes === null) throw this.bad(name, `"${text}" is not a time of day (hh:mm:ss)`);
    return minutes;
  }

  /** An xsd:duration (PT8H0M0S) in minutes; see parseIsoDuration for day and month parts. */
  duration(name: string, minutesPerDay: number, daysPerMonth: number): number | null {
    const text = this.text(name);
    if (text === null) return null;
    const minutes = parseIsoDuration(text, minutesPerDay, daysPerMonth);
    if (minutes === null) throw this.bad(name, `"${text}" is not a duration (PTnHnMnS)`);
    return minutes;
  }

  bad(name: string, why: string): MspdiValueError {
    return new MspdiValueError(`Unreadable <${name}>: ${why}.`, `${this.path}/${name}`);
  }
}
