// Command-line options checked by the API's own query schemas, so filters, defaults and messages
// are the API's; a problem names the option it came from.
import type { z } from 'zod';

/** Validates options with an API schema; `flags` names the option each schema field comes from (default --field). */
export function parseWith<T>(schema: z.ZodType<T>, input: Record<string, unknown>, flags: Record<string, string> = {}): T {
  const defined = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
  const result = schema.safeParse(defined);
  if (!result.success) throw new Error(result.error.issues.map((i) => `${flags[String(i.path[0])] ?? `--${i.path.join('.')}`}: ${i.message}`).join('\n'));
  return result.data;
}
