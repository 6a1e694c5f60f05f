import type { Context } from './context';
import { ForbiddenError } from './errors';

/**
 * The one place mutations ask whether the caller may write. Everything is allowed until
 * users, roles and tokens exist; the access-control work fills these in, and every
 * service already calls them before touching the database.
 */
export function assertCanWrite(_ctx: Context): void {
  // Allowed for every actor for now.
}

/** For administrative operations (erasing a person's personal data). */
export function assertAdmin(ctx: Context): void {
  assertCanWrite(ctx);
  // Allowed for every actor for now; the access-control work restricts this to administrators.
}

/** The actor as recorded in the change history. */
export function actorName(ctx: Context): string {
  if (ctx.actor.kind === 'system') return ctx.actor.id === 'system' ? 'system' : `system:${ctx.actor.id}`;
  return `${ctx.actor.kind}:${ctx.actor.id}`;
}

export { ForbiddenError };
