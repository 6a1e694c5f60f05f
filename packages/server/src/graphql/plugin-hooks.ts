import type { ApolloServerPlugin, BaseContext, GraphQLRequestContext, GraphQLRequestListener } from '@apollo/server';

/** A hook typed to return a promise, allowed to return its value directly instead. */
type Immediate<F> = F extends (...args: infer A) => Promise<infer R> ? (...args: A) => R | Promise<R> : F;

/** A request listener whose hooks may return plain values. */
export type ImmediateListener<C extends BaseContext> = {
  [K in keyof GraphQLRequestListener<C>]?: Immediate<NonNullable<GraphQLRequestListener<C>[K]>>;
};

/** A plugin whose `requestDidStart` and request hooks may return plain values. */
export interface ImmediatePlugin<C extends BaseContext> extends Omit<ApolloServerPlugin<C>, 'requestDidStart'> {
  requestDidStart?(requestContext: GraphQLRequestContext<C>): ImmediateListener<C> | void | Promise<ImmediateListener<C> | void>;
}

/**
 * Apollo Server types every plugin hook as returning a promise, but it awaits what a hook
 * returns, so a plain value works as well. Coopgraph's pipeline patch
 * (patches/@apollo__server@5.5.1.patch) awaits only the promises hooks return: a hook with
 * nothing to wait for returns its value (or nothing) directly and costs the request no promise,
 * no `Promise.all` and no microtask. Hooks that do wait return a promise as usual.
 */
export function immediatePlugin<C extends BaseContext>(plugin: ImmediatePlugin<C>): ApolloServerPlugin<C> {
  return plugin as ApolloServerPlugin<C>;
}
