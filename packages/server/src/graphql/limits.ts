import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, Kind, type DocumentNode, type GraphQLFormattedError, visit, BREAK } from 'graphql';
import type { Config } from '../config';
import type { Context } from './context';
import { operationCost } from './cost';
import { documentMemo } from './document-cache';
import { operationVariables } from './variables';
import { ErrorCode } from './errors';
import { logPersonalDataReads } from './personal-data';
import { immediatePlugin } from './plugin-hooks';

/** Depth, alias and directive limits (graphql-armor); its token limit is off: Apollo's parser enforces it with a 400. */
export function armorProtection(config: Config) {
  const armor = new ApolloArmor({
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    maxDepth: { enabled: true, n: config.limits.maxDepth, ignoreIntrospection: true, flattenFragments: true, exposeLimits: true },
    maxAliases: { enabled: true, n: config.limits.maxAliases, exposeLimits: true },
    maxDirectives: { enabled: true, n: config.limits.maxDirectives, exposeLimits: true },
    // Suggestions ("Did you mean …?") are removed from every error by formatError in production.
    blockFieldSuggestion: { enabled: false },
  });
  return armor.protect();
}

const ARMOR_MESSAGE = /^Syntax Error: (Query depth|Aliases|Directives) limit of (\d+) exceeded, found (\d+)\.$/;
const TOKEN_MESSAGE = /^Syntax Error: Document contains more tha[nt] (\d+) tokens\. Parsing aborted\.$/;

/** Turns the limit rejections of graphql-armor and of the parser into sentences that say what to change. */
export function explainLimitError(formatted: GraphQLFormattedError): GraphQLFormattedError | undefined {
  const armor = ARMOR_MESSAGE.exec(formatted.message);
  if (armor) {
    const [, what, limit, found] = armor;
    const message =
      what === 'Query depth'
        ? `The query nests ${found} levels deep; at most ${limit} are allowed. Select fewer nested relations, or fetch the deeper objects in a second query with node(id:) or nodes(ids:).`
        : what === 'Aliases'
          ? `The query uses ${found} aliases; at most ${limit} are allowed. Use a list field (nodes(ids:), a connection with first:) instead of one alias per object, or split the query.`
          : `The query uses ${found} directives; at most ${limit} are allowed. Remove repeated @include/@skip, or split the query.`;
    return { ...formatted, message, extensions: { ...formatted.extensions, code: ErrorCode.QUERY_TOO_COMPLEX, limit: Number(limit), found: Number(found) } };
  }
  const tokens = TOKEN_MESSAGE.exec(formatted.message);
  if (tokens) {
    return {
      ...formatted,
      message: `The query is longer than ${tokens[1]} tokens. Send a shorter query: select fewer fields, use fragments for repeated selections, or split it.`,
      extensions: { ...formatted.extensions, code: ErrorCode.QUERY_TOO_COMPLEX, limit: Number(tokens[1]) },
    };
  }
  return undefined;
}

function selectsHiddenFields(document: DocumentNode): string | undefined {
  let found: string | undefined;
  visit(document, {
    Field(node) {
      if (['__schema', '__type', '_service', '_entities'].includes(node.name.value)) {
        found = node.name.value;
        return BREAK;
      }
      return undefined;
    },
  });
  return found;
}

interface CostState {
  requested?: number;
}

/**
 * Before execution: refuses introspection, `_service` and `_entities` to anonymous
 * callers in production, and refuses operations costlier than QUERY_MAX_COST (400).
 * Every response reports `extensions.cost`. When the request ends, personal-data reads
 * go to the access log.
 */
export function limitsPlugin(config: Config): ApolloServerPlugin<Context> {
  const limit = config.limits.maxCost;
  const costMemo = documentMemo<number>();
  const hiddenMemo = documentMemo<string | undefined>();
  return immediatePlugin<Context>({
    requestDidStart() {
      const state: CostState = {};
      return {
        didResolveOperation({ document, operation, request, contextValue, schema }) {
          if (config.env === 'production' && contextValue.actor.kind === 'anonymous') {
            const hidden = hiddenMemo(document, undefined, () => selectsHiddenFields(document));
            if (hidden) {
              throw new GraphQLError(`${hidden} is available to signed-in callers only. Send an API token or sign in.`, {
                extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } },
              });
            }
          }
          if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) return;
          const requested = costMemo(document, { operation: operation.name?.value ?? null, variables: request.variables ?? null }, () =>
            operationCost(schema, document, operation, operationVariables(schema, operation, request.variables), config.limits.listSizeEstimate),
          );
          state.requested = requested;
          if (requested > limit) {
            throw new GraphQLError(
              `This query could return up to ${requested.toLocaleString('en')} objects, more than the limit of ${limit.toLocaleString('en')}. Ask for smaller pages (first/last), select fewer nested lists, or split the query; extensions.cost shows the cost of what you send.`,
              { extensions: { code: ErrorCode.QUERY_TOO_COSTLY, cost: { requested, limit }, http: { status: 400 } } },
            );
          }
        },
        willSendResponse({ response, contextValue }) {
          if (response.body.kind === 'single') {
            response.body.singleResult.extensions = {
              ...response.body.singleResult.extensions,
              cost: { requested: state.requested ?? 0, limit },
            };
          }
          // Only a request that read personal data waits (for its access-log rows).
          if (contextValue?.personalDataReads?.length) {
            return logPersonalDataReads(contextValue).catch((error: unknown) => contextValue.logger.error({ err: error }, 'Could not write the personal-data access log'));
          }
        },
      };
    },
  });
}
