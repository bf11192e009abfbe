// Assembles the HTTP server from its parts. Everything it needs comes in as arguments, so tests
// build the same app on any database with `app.inject()`.
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { AppDeps } from '../app/context.ts';
import type { Config } from './config.ts';
import { errorHandler } from './http-errors.ts';
import { authPlugin } from './plugins/auth.ts';
import { openapiPlugin } from './plugins/openapi.ts';
import { webPlugin } from './plugins/web.ts';
import { authRoutes } from './routes/auth.route.ts';
import { userRoutes } from './routes/users.route.ts';
import { registerRoutes } from './routes/register.route.ts';
import { raidRoutes } from './routes/raid.route.ts';
import { reportRoutes } from './routes/reports.route.ts';
import { governanceRoutes } from './routes/governance.route.ts';
import { qualityRoutes } from './routes/quality.route.ts';
import { maturityRoutes } from './routes/maturity.route.ts';
import { pmoKpiRoutes } from './routes/pmo-kpis.route.ts';
import { pmoCharterRoutes } from './routes/pmo-charter.route.ts';
import { lessonsRoutes } from './routes/lessons.route.ts';
import { knowledgeRoutes } from './routes/knowledge.route.ts';
import { trainingRoutes } from './routes/training.route.ts';
import { supportRoutes } from './routes/support.route.ts';
import { policyRoutes } from './routes/policies.route.ts';
import { scoringRoutes } from './routes/scoring.route.ts';
import { selectionRoutes } from './routes/selection.route.ts';
import { templateRoutes } from './routes/templates.route.ts';
import { changeRequestRoutes } from './routes/change-requests.route.ts';
import { intakeRoutes } from './routes/intake.route.ts';
import { statusReportRoutes } from './routes/status-reports.route.ts';
import { stakeholderRoutes } from './routes/stakeholders.route.ts';
import { meetingRoutes } from './routes/meetings.route.ts';
import { dashboardRoutes } from './routes/dashboard.route.ts';
import { projectRoutes } from './routes/projects.route.ts';
import { auditRoutes } from './routes/audit.route.ts';
import { scheduleRoutes } from './routes/schedule.route.ts';
import { healthRoutes } from './routes/health.route.ts';
import { calendarRoutes } from './routes/calendar.route.ts';
import { notificationRoutes } from './routes/notifications.route.ts';
import { rateRoutes } from './routes/rates.route.ts';
import { resourceRoutes } from './routes/resources.route.ts';
import { capacityRoutes } from './routes/capacity.route.ts';
import { levellingRoutes } from './routes/levelling.route.ts';
import { evmRoutes } from './routes/evm.route.ts';
import { commentRoutes } from './routes/comments.route.ts';
import { timesheetRoutes } from './routes/timesheets.route.ts';
import { financeRoutes } from './routes/finance.route.ts';
import { financeCostRoutes } from './routes/finance-costs.route.ts';
import { assignmentRoutes } from './routes/assignments.route.ts';
import { benefitRoutes } from './routes/benefits.route.ts';
import { scenarioRoutes } from './routes/scenarios.route.ts';

/** A request as logged: calendar feeds carry an API token in `?token=`, which never reaches a log. */
const requestForLog = (request: { method: string; url: string; ip?: string }) => ({ method: request.method, url: request.url.replace(/([?&]token=)[^&]*/gi, '$1***'), remoteAddress: request.ip });

export type AppConfig = Pick<Config, 'trustProxy' | 'logLevel' | 'bodyLimit' | 'loginAttemptsPerMinute' | 'webDir'>;

export async function buildApp(config: AppConfig, deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: config.logLevel === 'silent' ? false : { level: config.logLevel, serializers: { req: requestForLog } },
    trustProxy: config.trustProxy,
    bodyLimit: config.bodyLimit,
    logController: new LogController({ disableRequestLogging: config.logLevel !== 'debug' && config.logLevel !== 'trace' }),
    routerOptions: { ignoreTrailingSlash: true },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  // The API speaks JSON only: a text/plain body is a 415, not a string that fails validation.
  app.removeContentTypeParser('text/plain');

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(authPlugin, { deps });
  await openapiPlugin(app);

  healthRoutes(app, deps);
  authRoutes(app, deps, { loginAttemptsPerMinute: config.loginAttemptsPerMinute });
  userRoutes(app, deps);
  registerRoutes(app, deps);
  projectRoutes(app, deps);
  scheduleRoutes(app, deps);
  raidRoutes(app, deps);
  governanceRoutes(app, deps);
  qualityRoutes(app, deps);
  maturityRoutes(app, deps);
  pmoKpiRoutes(app, deps);
  pmoCharterRoutes(app, deps);
  lessonsRoutes(app, deps);
  knowledgeRoutes(app, deps);
  trainingRoutes(app, deps);
  supportRoutes(app, deps);
  policyRoutes(app, deps);
  scoringRoutes(app, deps);
  selectionRoutes(app, deps);
  templateRoutes(app, deps);
  changeRequestRoutes(app, deps);
  intakeRoutes(app, deps);
  statusReportRoutes(app, deps);
  reportRoutes(app, deps);
  stakeholderRoutes(app, deps);
  meetingRoutes(app, deps);
  dashboardRoutes(app, deps);
  calendarRoutes(app, deps);
  notificationRoutes(app, deps);
  rateRoutes(app, deps);
  resourceRoutes(app, deps);
  capacityRoutes(app, deps);
  levellingRoutes(app, deps);
  evmRoutes(app, deps);
  commentRoutes(app, deps);
  timesheetRoutes(app, deps);
  financeRoutes(app, deps);
  financeCostRoutes(app, deps);
  assignmentRoutes(app, deps);
  benefitRoutes(app, deps);
  scenarioRoutes(app, deps);
  auditRoutes(app, deps);
  await webPlugin(app, config.webDir);
  return app;
}
