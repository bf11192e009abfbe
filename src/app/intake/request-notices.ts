// Who hears of a project request's steps: the PMO when one is submitted for triage, and its
// requester when the PMO decides it (approved, rejected, deferred) or asks for its business case,
// with the PMO's comment. Each is called inside the step's transaction.
import type { Db } from '../../db/database.ts';
import type { AppContext } from '../context.ts';
import { notify, pmoPeople } from '../notifications/notify.ts';
import type { RequestRow } from './request-store.ts';

/** The PMO hears that a request waits for triage. */
export async function requestSubmitted(trx: Db, ctx: AppContext, request: RequestRow, version: number): Promise<void> {
  await notify(trx, ctx, {
    kind: 'approval_waiting',
    to: await pmoPeople(trx),
    title: `Project request ${request.code} waits for triage`,
    body: `${ctx.actor.name} submitted “${request.title}”.`,
    link: `/requests/${request.id}`,
    dedupeKey: `request:${request.id}:${version}`,
  });
}

export type RequestOutcome = { readonly action: 'build_case' | 'reject' | 'defer' } | { readonly action: 'approve'; readonly projectCode: string };

const headline = (code: string, outcome: RequestOutcome): string => {
  switch (outcome.action) {
    case 'approve': return `Project request ${code} approved: it is project ${outcome.projectCode}`;
    case 'reject': return `Project request ${code} rejected`;
    case 'defer': return `Project request ${code} deferred`;
    case 'build_case': return `Project request ${code} needs a business case`;
  }
};

/** The requester hears what the PMO decided, or that it wants the business case, and why. */
export async function requestDecided(trx: Db, ctx: AppContext, request: RequestRow, outcome: RequestOutcome, comment: string, version: number): Promise<void> {
  const why = comment.trim() === '' ? '' : `: “${comment.trim()}”`;
  await notify(trx, ctx, {
    kind: 'request_decided',
    to: [request.requesterId],
    title: headline(request.code, outcome),
    body: `${ctx.actor.name} on “${request.title}”${why}`,
    link: `/requests/${request.id}`,
    dedupeKey: `request:${request.id}:${version}`,
  });
}
