// Shared pieces of route declarations: the problem responses every route may give, and typing.
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Problem } from '../../contracts/common.schema.ts';

/** The app with zod types for params, query, body and replies. */
export const typed = (app: FastifyInstance) => app.withTypeProvider<ZodTypeProvider>();

const problem = Problem;
/** Responses of a read of one record. */
export const readProblems = { 400: problem, 401: problem, 403: problem, 404: problem } as const;
/** Responses of a create. */
export const createProblems = { 400: problem, 401: problem, 403: problem, 409: problem, 422: problem } as const;
/** Responses of a versioned change (If-Match). */
export const changeProblems = { 400: problem, 401: problem, 403: problem, 404: problem, 409: problem, 422: problem, 428: problem } as const;
/** Responses of a list. */
export const listProblems = { 400: problem, 401: problem, 403: problem } as const;

export const ifMatchHeader = {
  description: 'Send If-Match: "<version>" (the ETag of your last read). Missing → 428; stale → 409.',
};

/** Headers of a versioned change. Declared optional so a missing one is our 428, not a 400. */
export const VersionedHeaders = z.looseObject({
  'if-match': z.string().optional().describe('The ETag of the version you edited, e.g. "3". Required: missing → 428, stale → 409.'),
});

/** What a spreadsheet export route may answer besides problems. */
export const SPREADSHEET_TYPES = ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv'];

/** Sends a file as a download (its bytes, not a JSON body). */
export function sendFile(reply: FastifyReply, file: { fileName: string; contentType: string; bytes: Buffer }): FastifyReply {
  return reply.type(file.contentType).header('content-disposition', `attachment; filename="${encodeURIComponent(file.fileName)}"`).send(file.bytes as never);
}
