// OpenAPI 3.1 from the routes' zod schemas, at /api/openapi.json, with interactive docs at /api/docs.
import type { FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import '../../contracts/schema-names.ts';

export async function openapiPlugin(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Orrery API',
        version: '1',
        description:
          'The Orrery PMO platform. Sign in with POST /api/v1/auth/login (session cookie; send the returned csrfToken as X-CSRF-Token on writes) or use a personal API token as `Authorization: Bearer orr_…`. Errors are RFC 9457 problem+json with a stable `code`. Updates need `If-Match` with the ETag of your last read.',
      },
      components: {
        securitySchemes: {
          bearerAuth: { type: 'http', scheme: 'bearer', description: 'Personal API token (orr_…)' },
          cookieAuth: { type: 'apiKey', in: 'cookie', name: 'orrery_session' },
        },
      },
      security: [{ bearerAuth: [] }, { cookieAuth: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { schema: { hide: true }, config: { public: true } }, async () => app.swagger());
}
