import { GraphQLError } from 'graphql';
import type { Actor, Context, Role } from './context';
import { ErrorCode } from './errors';

/** The caller has no right to what they asked for; the message says which role would. */
export class ForbiddenError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: ErrorCode.FORBIDDEN } });
    this.name = 'ForbiddenError';
  }
}

const RANK: Record<Role, number> = { analyst: 1, coordinator: 2, admin: 3 };

function hasRole(actor: Actor, least: Role): boolean {
  return actor.role !== null && RANK[actor.role] >= RANK[least];
}

/** Coordinators and admins see e-mail addresses, phone numbers and other personal data. */
export function canReadPersonalData(ctx: Pick<Context, 'actor'>): boolean {
  return hasRole(ctx.actor, 'coordinator');
}

export function canWrite(ctx: Pick<Context, 'actor'>): boolean {
  return hasRole(ctx.actor, 'coordinator');
}

export function isAdmin(ctx: Pick<Context, 'actor'>): boolean {
  return hasRole(ctx.actor, 'admin');
}

/** Throws FORBIDDEN unless the caller is a coordinator or an admin. Every mutation calls it first. */
export function assertCanWrite(ctx: Pick<Context, 'actor'>): void {
  if (!canWrite(ctx)) {
    throw new ForbiddenError(`Changing the registry needs the coordinator or admin role; you are ${describe(ctx.actor)}.`);
  }
}

/** Throws FORBIDDEN unless the caller is an admin (users and tokens). */
export function assertAdmin(ctx: Pick<Context, 'actor'>): void {
  if (!isAdmin(ctx)) {
    throw new ForbiddenError(`Managing users and tokens needs the admin role; you are ${describe(ctx.actor)}.`);
  }
}

function describe(actor: Actor): string {
  if (actor.kind === 'anonymous' || actor.role === null) return 'not signed in';
  return `signed in as ${actor.role}`;
}

/** What the caller may do, as `viewer.permissions` reports it. */
export function permissionsOf(ctx: Pick<Context, 'actor'>): { readPersonalData: boolean; write: boolean; manageAccess: boolean } {
  return { readPersonalData: canReadPersonalData(ctx), write: canWrite(ctx), manageAccess: isAdmin(ctx) };
}
