// Strategic objectives, portfolios and programs: the same five routes for each kind.
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { IdParams } from '../../contracts/common.schema.ts';
import * as S from '../../contracts/register.schema.ts';
import type { AppDeps } from '../../app/context.ts';
import {
  createRegisterItem,
  getRegisterItem,
  listRegisterItems,
  setRegisterItemArchived,
  updateRegisterItem,
  type RegisterKind,
} from '../../app/register/register-kind.ts';
import { objectiveKind } from '../../app/register/objectives.ts';
import { portfolioKind } from '../../app/register/portfolios.ts';
import { programKind } from '../../app/register/programs.ts';
import { contextOf, created, expectedVersion, withEtag } from '../plugins/auth.ts';
import { changeProblems, createProblems, ifMatchHeader, VersionedHeaders, listProblems, readProblems, typed } from './route-kit.ts';

interface KindRoutes {
  path: string;
  tag: string;
  noun: string;
  kind: RegisterKind<any, any, any>;
  item: z.ZodType<{ version: number }>;
  page: z.ZodType;
  create: z.ZodType;
  update: z.ZodType;
  list: z.ZodType;
}

const KINDS: KindRoutes[] = [
  { path: 'objectives', tag: 'objectives', noun: 'strategic objective', kind: objectiveKind, item: S.Objective, page: S.ObjectivePage, create: S.ObjectiveCreate, update: S.ObjectiveUpdate, list: S.ObjectiveListQuery },
  { path: 'portfolios', tag: 'portfolios', noun: 'portfolio', kind: portfolioKind, item: S.Portfolio, page: S.PortfolioPage, create: S.PortfolioCreate, update: S.PortfolioUpdate, list: S.PortfolioListQuery },
  { path: 'programs', tag: 'programs', noun: 'program', kind: programKind, item: S.Program, page: S.ProgramPage, create: S.ProgramCreate, update: S.ProgramUpdate, list: S.ProgramListQuery },
];

export function registerRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = typed(app);
  for (const k of KINDS) {
    const base = `/api/v1/${k.path}`;
    r.get(base, {
      schema: { tags: [k.tag], summary: `List ${k.noun}s (search, filter, sort, cursor pages)`, querystring: k.list, response: { 200: k.page, ...listProblems } },
      handler: async (request) => listRegisterItems(k.kind, contextOf(deps, request), request.query as never),
    });
    r.post(base, {
      schema: { tags: [k.tag], summary: `Create a ${k.noun} (PMO, admin)`, body: k.create, response: { 201: k.item, ...createProblems } },
      handler: async (request, reply) => created(reply, base, (await createRegisterItem(k.kind, contextOf(deps, request), request.body as never)) as { id: string; version: number }),
    });
    r.get(`${base}/:id`, {
      schema: { tags: [k.tag], summary: `Read a ${k.noun}`, params: IdParams, response: { 200: k.item, ...readProblems } },
      handler: async (request, reply) => withEtag(reply, await getRegisterItem(k.kind, contextOf(deps, request), request.params.id)),
    });
    r.patch(`${base}/:id`, {
      schema: { tags: [k.tag], summary: `Change a ${k.noun} (PMO, admin)`, description: ifMatchHeader.description, headers: VersionedHeaders, params: IdParams, body: k.update, response: { 200: k.item, ...changeProblems } },
      handler: async (request, reply) =>
        withEtag(reply, await updateRegisterItem(k.kind, contextOf(deps, request), request.params.id, expectedVersion(request), request.body as object)),
    });
    for (const [action, archived] of [['archive', true], ['restore', false]] as const) {
      r.post(`${base}/:id/${action}`, {
        schema: { tags: [k.tag], summary: `${action === 'archive' ? 'Archive' : 'Restore'} a ${k.noun} (PMO, admin)`, description: ifMatchHeader.description, headers: VersionedHeaders, params: IdParams, response: { 200: k.item, ...changeProblems } },
        handler: async (request, reply) =>
          withEtag(reply, await setRegisterItemArchived(k.kind, contextOf(deps, request), request.params.id, expectedVersion(request), archived)),
      });
    }
  }
}
