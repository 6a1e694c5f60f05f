import { GraphQLError } from 'graphql';

/** Error codes clients can rely on (`extensions.code`). */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  QUERY_TOO_BROAD: 'QUERY_TOO_BROAD',
  FORBIDDEN: 'FORBIDDEN',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  QUERY_TOO_COSTLY: 'QUERY_TOO_COSTLY',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  QUERY_TIMEOUT: 'QUERY_TIMEOUT',
  RATE_LIMITED: 'RATE_LIMITED',
} as const;

/** The request asked for something malformed; the message says what to change. */
export class UserInputError extends GraphQLError {
  constructor(message: string, argument?: string) {
    super(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, ...(argument ? { argument } : {}) } });
    this.name = 'UserInputError';
  }
}

/** The database could not answer in time or at all. */
export class ServiceUnavailableError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: ErrorCode.SERVICE_UNAVAILABLE } });
    this.name = 'ServiceUnavailableError';
  }
}

/** The question would touch more of the graph than one request may; the message says how to narrow it. */
export class QueryTooBroadError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: ErrorCode.QUERY_TOO_BROAD } });
    this.name = 'QueryTooBroadError';
  }
}

/** The caller may not do this at all (a permission, not an input, problem). */
export class ForbiddenError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: ErrorCode.FORBIDDEN } });
    this.name = 'ForbiddenError';
  }
}

/** A statement cancelled by PostgreSQL's statement_timeout, or abandoned at the driver's deadline (embedded database). */
export function isTimeout(error: unknown): boolean {
  const e = error as { code?: string; message?: string } | undefined;
  return e?.code === '57014' || /Query read timeout|statement timeout/i.test(e?.message ?? '');
}
