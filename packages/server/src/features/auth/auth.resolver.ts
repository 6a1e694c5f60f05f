import { Arg, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { assertAdmin, ForbiddenError, permissionsOf } from '../../graphql/permissions';

/** Users and tokens are managed from the dashboard's own origin or by programs, never from another site. */
function assertManagesAccess(ctx: Context): void {
  assertAdmin(ctx);
  if (ctx.crossOrigin) throw new ForbiddenError('Users and API tokens can be managed only from the Coopgraph dashboard itself or by a program, not from another site.');
}
import { ApiToken, RoleName, User } from './auth.entity';
import { changePassword, createApiToken, createUser, revokeApiToken } from './auth.service';
import { MutationPayload } from '../../graphql/mutation';
import { userError, UserErrorCode } from '../../graphql/user-errors';

@ObjectType('ViewerPermissions', { description: 'What the caller may do.' })
export class ViewerPermissions {
  @Field(() => Boolean, { description: 'Reads personal data (e-mail addresses, phone numbers); without it those fields are null with a FORBIDDEN error.' })
  readPersonalData!: boolean;

  @Field(() => Boolean, { description: 'Changes the registry (mutations).' })
  write!: boolean;

  @Field(() => Boolean, { description: 'Manages users and API tokens.' })
  manageAccess!: boolean;
}

@ObjectType('Viewer', { description: 'Who is calling, and what they may do.' })
export class Viewer {
  @Field(() => Boolean, { description: 'False for anonymous callers (public read).' })
  authenticated!: boolean;

  @Field(() => String, { description: 'How the caller authenticated: `user` (session cookie), `token` (API token) or `anonymous`.' })
  kind!: string;

  @Field(() => String, { description: 'The user\'s login, or the token\'s name; `anonymous` for anonymous callers.' })
  name!: string;

  @Field(() => String, { description: 'How the change history names the caller (`Change.actor`, the `actor` filter of `changes`): `user:<id>`, `token:<id>` or `anonymous`.' })
  actor!: string;

  @Field(() => RoleName, { nullable: true, description: 'The caller\'s role; null for anonymous callers.' })
  role!: RoleName | null;

  @Field(() => ViewerPermissions, { description: 'What the caller may do.' })
  permissions!: ViewerPermissions;

  @Field(() => Int, { description: 'The most an operation may cost (`extensions.cost.requested` of every response reports the cost of the one sent).' })
  maxCost!: number;
}

@InputType('ApiTokenCreateInput', { description: 'A new API token.' })
export class ApiTokenCreateInput {
  @Field(() => String, { description: 'What the token is for ("nightly export", "Jupyter, Anna").' })
  name!: string;

  @Field(() => RoleName, { description: 'What the token may do.' })
  role!: RoleName;

  @Field(() => Int, { defaultValue: 90, description: 'Days until the token expires (1 to 3650).' })
  expiresInDays!: number;
}

@ObjectType('ApiTokenCreatePayload', { description: 'A created token and its secret.' })
export class ApiTokenCreatePayload {
  @Field(() => ApiToken, { description: 'The token.' })
  token!: ApiToken;

  @Field(() => String, { description: 'The secret to send as `Authorization: Bearer <secret>`. Shown this once: Coopgraph keeps only its SHA-256.' })
  secret!: string;
}

@InputType('UserCreateInput', { description: 'A new dashboard user.' })
export class UserCreateInput {
  @Field(() => String, { description: 'The login (2 to 100 characters; an e-mail address works).' })
  login!: string;

  @Field(() => String, { description: 'The initial password (at least 12 characters).' })
  password!: string;

  @Field(() => RoleName, { description: 'What the user may do.' })
  role!: RoleName;
}

@InputType('ViewerUpdatePasswordInput', { description: 'A signed-in person\'s new password, with the current one.' })
export class ViewerUpdatePasswordInput {
  @Field(() => String, { description: 'The current password (a wrong one counts towards the account\'s lock, like a failed sign-in).' })
  currentPassword!: string;

  @Field(() => String, { description: 'The new password (at least 12 characters).' })
  newPassword!: string;
}

@ObjectType('ViewerUpdatePasswordPayload', { description: 'Whether the password was changed, or why not.' })
export class ViewerUpdatePasswordPayload extends MutationPayload {
  @Field(() => Boolean, { description: 'True when the new password is set; every other session of the person has then ended.' })
  changed!: boolean;
}

@Resolver()
export class AuthResolver {
  @Mutation(() => ViewerUpdatePasswordPayload, {
    description: 'A signed-in person changes their own password. Their other sessions end; this one goes on. API tokens have no password.',
  })
  async viewerUpdatePassword(
    @Arg('input', () => ViewerUpdatePasswordInput, { description: 'The current and the new password.' }) input: ViewerUpdatePasswordInput,
    @Ctx() ctx: Context,
  ): Promise<ViewerUpdatePasswordPayload> {
    if (ctx.actor.kind !== 'user') throw new ForbiddenError('Only a person signed in to the dashboard has a password to change; API tokens and anonymous callers do not.');
    if (ctx.crossOrigin) throw new ForbiddenError('A password can be changed only from the Coopgraph dashboard itself, not from another site.');
    const problem = await changePassword(ctx.dataSource, ctx.config.auth, ctx.actor.id.replace(/^user:/, ''), ctx.actor.sessionHash, input.currentPassword, input.newPassword);
    const payload = new ViewerUpdatePasswordPayload();
    payload.changed = problem === null;
    if (problem) payload.userErrors = [userError(problem.field, problem.field === 'currentPassword' ? UserErrorCode.INVALID_VALUE : UserErrorCode.INVALID_FORMAT, problem.message)];
    return payload;
  }

  @Query(() => Viewer, { description: 'Who you are and what you may do.' })
  viewer(@Ctx() ctx: Context): Viewer {
    return {
      authenticated: ctx.actor.kind !== 'anonymous',
      kind: ctx.actor.kind,
      name: ctx.actor.name,
      actor: ctx.actor.id,
      role: (ctx.actor.role as RoleName | null) ?? null,
      permissions: permissionsOf(ctx),
      maxCost: ctx.maxCost,
    };
  }

  @Query(() => [ApiToken], { description: 'Every API token, newest first (admins only).' })
  async apiTokens(@Ctx() ctx: Context): Promise<ApiToken[]> {
    assertManagesAccess(ctx);
    return ctx.dataSource.getRepository(ApiToken).find({ order: { createdAt: 'DESC' }, take: 1000 });
  }

  @Query(() => [User], { description: 'Every dashboard user, by login (admins only).' })
  async users(@Ctx() ctx: Context): Promise<User[]> {
    assertAdmin(ctx);
    return ctx.dataSource.getRepository(User).find({ order: { login: 'ASC' }, take: 1000 });
  }

  @Mutation(() => ApiTokenCreatePayload, { description: 'Creates an API token for a role (admins only). Its secret is in the payload, once.' })
  async apiTokenCreate(@Arg('input', () => ApiTokenCreateInput, { description: 'The token to create.' }) input: ApiTokenCreateInput, @Ctx() ctx: Context): Promise<ApiTokenCreatePayload> {
    assertManagesAccess(ctx);
    return createApiToken(ctx.dataSource, { ...input, createdBy: ctx.actor.id });
  }

  @Mutation(() => ApiToken, { nullable: true, description: 'Revokes an API token at once (admins only); null when no token has that ID.' })
  async apiTokenRevoke(@Arg('id', () => ID, { description: 'The token\'s ID (from `apiTokens`).' }) id: string, @Ctx() ctx: Context): Promise<ApiToken | null> {
    assertManagesAccess(ctx);
    return revokeApiToken(ctx.dataSource, id);
  }

  @Mutation(() => User, { description: 'Creates a dashboard user (admins only).' })
  async userCreate(@Arg('input', () => UserCreateInput, { description: 'The user to create.' }) input: UserCreateInput, @Ctx() ctx: Context): Promise<User> {
    assertManagesAccess(ctx);
    return createUser(ctx.dataSource, input);
  }
}
