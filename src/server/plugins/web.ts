// Serves the built web app at `/` and sends index.html for its client-side routes. Unknown /api
// paths get a problem+json 404, and a missing file (an asset of an older build) a plain 404, so a
// browser never receives index.html in place of a script.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import { problem, sendProblem } from '../http-errors.ts';

const NOT_BUILT = `<!doctype html><meta charset="utf-8"><title>Orrery</title>
<p>The Orrery web app has not been built. Run <code>npm run build</code>, then restart. The API is at <a href="/api/docs">/api/docs</a>.</p>`;

export async function webPlugin(app: FastifyInstance, webDir: string): Promise<void> {
  const built = existsSync(join(webDir, 'index.html'));
  if (built) await app.register(fastifyStatic, { root: webDir, wildcard: false, index: false });
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    if (path.startsWith('/api/') || request.method !== 'GET') {
      return sendProblem(reply, problem(request, 'route_not_found', `There is no ${request.method} ${path}. See /api/docs for the API.`));
    }
    if (path.startsWith('/assets/') || /\.[a-z0-9]+$/i.test(path)) {
      return reply.code(404).type('text/plain').send(`Not found: ${path}. Reload the page to get the current version of the app.`);
    }
    if (!built) return reply.code(200).type('text/html').send(NOT_BUILT);
    return reply.type('text/html').sendFile('index.html');
  });
}
