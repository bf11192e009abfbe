// Building blocks shared by every API contract: ids, dates, money, pages and problems.
// The zod schemas here are the single source of truth for request/response types and OpenAPI.
import { z } from 'zod';

export const Id = z.uuid().describe('A UUID identifying the record.');
export const IsoDate = z.iso.date().describe('A calendar date, YYYY-MM-DD.');
export const Timestamp = z.iso.datetime({ offset: true }).describe('An instant, ISO-8601 with offset.');
export const Version = z.number().int().min(1).describe('Optimistic-concurrency version; send it back in If-Match.');

export const CurrencyCode = z
  .string()
  .regex(/^[A-Z]{3}$/, 'Use a three-letter ISO-4217 currency code in capitals, such as EUR or USD.');

/** Money is an integer amount of the currency's minor unit (cents for EUR), never a float. */
export const Money = z
  .object({
    amountMinor: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).describe('Amount in minor units, e.g. cents.'),
    currency: CurrencyCode,
  })
  .strict();
export type Money = z.infer<typeof Money>;

export const Tag = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} _\-./]*$/u, 'Tags are short words: letters, digits, spaces, - _ . /');

export const Name = z.string().trim().min(1, 'Give it a name.').max(200);
export const Description = z.string().max(20_000);

/** `?includeArchived=true` style flags. */
export const QueryFlag = z.enum(['true', 'false']).transform((v) => v === 'true');

export const IdParams = z.object({ id: Id }).strict();

export const ListQueryBase = {
  q: z.string().trim().max(200).optional().describe('Search in name and code (case-insensitive).'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional().describe('Opaque cursor from the previous page’s nextCursor.'),
  includeArchived: QueryFlag.optional(),
};

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

export const FieldError = z.object({ path: z.string(), message: z.string() });

/** RFC 9457 problem details, with a stable machine-readable `code`. */
export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z.string().describe('Stable error code, e.g. validation_failed, version_conflict.'),
    detail: z.string(),
    instance: z.string().optional(),
    errors: z.array(FieldError).optional(),
    currentVersion: z.number().int().optional(),
  });
export type Problem = z.infer<typeof Problem>;

export const Ok = z.object({ ok: z.literal(true) });
