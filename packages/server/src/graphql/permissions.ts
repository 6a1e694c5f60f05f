import type { Actor, Context, Role } from './context';
import { ForbiddenError } from './errors';

export { ForbiddenError };

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

/** Throws FORBIDDEN unless the caller is an admin; `what` names the operation in the message. */
export function assertAdmin(ctx: Pick<Context, 'actor'>, what = 'Managing users and tokens'): void {
  if (!isAdmin(ctx)) {
    throw new ForbiddenError(`${what} needs the admin role; you are ${describe(ctx.actor)}.`);
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

/** The actor as recorded in the change history: `user:<id>`, `token:<id>`, `anonymous` or `system[:<task>]`. */
export function actorName(ctx: Pick<Context, 'actor'>): string {
  return ctx.actor.id;
}
