// Cost rates of people, exchange rates and the base currency: what turns hours into money and one
// currency into another. The PMO keeps them; a person reads their own rate; everyone reads the
// exchange rates.
import type { FastifyInstance } from 'fastify';
import { IdParams } from '../../contracts/common.schema.ts';
import * as R from '../../contracts/rates.schema.ts';
import type { AppDeps } from '../../app/context.ts';
import { createPersonRate, deletePersonRate, listPersonRates, updatePersonRate } from '../../app/rates/person-rates.ts';
import { createExchangeRate, deleteExchangeRate, getFinanceSettings, listExchangeRates, setFinanceSettings, updateExchangeRate } from '../../app/rates/exchange-rates.ts';
import { contextOf, created, expectedVersion, withEtag } from '../plugins/auth.ts';
import { changeProblems, createProblems, ifMatchHeader, listProblems, typed, VersionedHeaders } from './route-kit.ts';

const versioned = { description: ifMatchHeader.description, headers: VersionedHeaders };

export function rateRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = typed(app);
  const tags = ['rates'];
  r.get('/api/v1/rates', {
    schema: { tags, summary: 'People’s cost rates per hour, latest first (PMO and admin: everyone’s; others: their own)', querystring: R.PersonRateListQuery, response: { 200: R.PersonRateList, ...listProblems } },
    handler: async (request) => listPersonRates(contextOf(deps, request), request.query),
  });
  r.post('/api/v1/rates', {
    schema: { tags, summary: 'Give a person a cost rate from a date; their approved hours from then on are priced again, except in the locked timesheet period (PMO, admin)', body: R.PersonRateCreate, response: { 201: R.PersonRate, ...createProblems } },
    handler: async (request, reply) => created(reply, '/api/v1/rates', await createPersonRate(contextOf(deps, request), request.body)),
  });
  r.patch('/api/v1/rates/:id', {
    schema: { tags, summary: 'Change a cost rate; approved hours from its date are priced again, except in the locked timesheet period (PMO, admin)', ...versioned, params: IdParams, body: R.PersonRateUpdate, response: { 200: R.PersonRate, ...changeProblems } },
    handler: async (request, reply) => withEtag(reply, await updatePersonRate(contextOf(deps, request), request.params.id, expectedVersion(request), request.body)),
  });
  r.delete('/api/v1/rates/:id', {
    schema: { tags, summary: 'Remove a cost rate; approved hours from its date are priced again, except in the locked timesheet period (PMO, admin)', ...versioned, params: IdParams, response: { 200: R.PersonRate, ...changeProblems } },
    handler: async (request) => deletePersonRate(contextOf(deps, request), request.params.id, expectedVersion(request)),
  });

  r.get('/api/v1/exchange-rates', {
    schema: { tags, summary: 'Exchange rates to the base currency, latest first per currency', querystring: R.ExchangeRateListQuery, response: { 200: R.ExchangeRateList, ...listProblems } },
    handler: async (request) => listExchangeRates(contextOf(deps, request), request.query),
  });
  r.post('/api/v1/exchange-rates', {
    schema: { tags, summary: 'Add an exchange rate to the base currency, in force from a date (PMO, admin)', body: R.ExchangeRateCreate, response: { 201: R.ExchangeRate, ...createProblems } },
    handler: async (request, reply) => created(reply, '/api/v1/exchange-rates', await createExchangeRate(contextOf(deps, request), request.body)),
  });
  r.patch('/api/v1/exchange-rates/:id', {
    schema: { tags, summary: 'Change an exchange rate (PMO, admin)', ...versioned, params: IdParams, body: R.ExchangeRateUpdate, response: { 200: R.ExchangeRate, ...changeProblems } },
    handler: async (request, reply) => withEtag(reply, await updateExchangeRate(contextOf(deps, request), request.params.id, expectedVersion(request), request.body)),
  });
  r.delete('/api/v1/exchange-rates/:id', {
    schema: { tags, summary: 'Remove an exchange rate (PMO, admin)', ...versioned, params: IdParams, response: { 200: R.ExchangeRate, ...changeProblems } },
    handler: async (request) => deleteExchangeRate(contextOf(deps, request), request.params.id, expectedVersion(request)),
  });

  r.get('/api/v1/settings/finance', {
    schema: { tags, summary: 'The base currency portfolio roll-ups are shown in', querystring: R.FinanceSettingsQuery, response: { 200: R.FinanceSettings, ...listProblems } },
    handler: async (request, reply) => withEtag(reply, await getFinanceSettings(contextOf(deps, request))),
  });
  r.put('/api/v1/settings/finance', {
    schema: { tags, summary: 'Set the base currency (PMO, admin)', ...versioned, body: R.FinanceSettingsBody, response: { 200: R.FinanceSettings, ...changeProblems } },
    handler: async (request, reply) => withEtag(reply, await setFinanceSettings(contextOf(deps, request), expectedVersion(request), request.body)),
  });
}
