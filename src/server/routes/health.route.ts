// Liveness (/healthz: the process answers) and readiness (/readyz: database reachable, schema current).
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../app/context.ts';
import { checkReadiness } from '../../app/health/readiness.ts';
import { typed } from './route-kit.ts';

const Health = z.object({ status: z.string(), detail: z.string().optional() });

export function healthRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = typed(app);
  r.get('/healthz', {
    config: { public: true },
    schema: { tags: ['health'], summary: 'The process is up', response: { 200: Health }, security: [] },
    handler: async () => ({ status: 'ok' }),
  });
  r.get('/readyz', {
    config: { public: true },
    schema: { tags: ['health'], summary: 'The database answers and its schema is current', response: { 200: Health, 503: Health }, security: [] },
    handler: async (_request, reply) => {
      const readiness = await checkReadiness(deps);
      return readiness.ready ? { status: 'ready' } : reply.code(503).send({ status: 'not_ready', detail: readiness.reason });
    },
  });
}
