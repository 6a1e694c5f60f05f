import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { type DocumentNode, execute, GraphQLError, type GraphQLField, type GraphQLSchema, isObjectType, type OperationDefinitionNode, valueFromASTUntyped } from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { readsProperty } from './plain-fields';

/** Most compiled operations kept per document (one per operation name asked for). */
const PER_DOCUMENT = 16;

/**
 * Executes operations with graphql-jit: each parsed document (Apollo keeps one per query
 * text) is compiled once into a JavaScript function that walks the selection directly,
 * instead of graphql-js interpreting the selection for every field of every object.
 * Parsing, validation, the limits plugins and error formatting stay Apollo's; resolvers,
 * loaders and scalars are the schema's own, so answers are the same.
 */
export function compiledExecutor(schema: GraphQLSchema): GatewayExecutor {
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | typeof INTERPRETED>>();
  return async ({ document, request, context, operation }) => {
    // Variables are checked by graphql-js itself, so that bad ones are refused exactly as
    // before (BAD_USER_INPUT, HTTP 400); graphql-jit then coerces them again.
    const checked = checkVariables(schema, operation, request.variables);
    if ('errors' in checked) return checked;
    let byOperation = compiled.get(document);
    if (!byOperation) {
      byOperation = new Map();
      compiled.set(document, byOperation);
    }
    const key = request.operationName ?? '';
    let query = byOperation.get(key);
    if (!query) {
      query = compile(schema, document, request.operationName ?? undefined);
      if (byOperation.size >= PER_DOCUMENT) byOperation.delete(byOperation.keys().next().value!);
      byOperation.set(key, query);
    }
    if (query === INTERPRETED) {
      return execute({ schema, document, contextValue: context, variableValues: request.variables, operationName: request.operationName });
    }
    const result = await query.query(undefined, context, checked.variables);
    if (!result.errors) return result;
    // graphql-js always answers `data` once execution began: null when an error reached the root.
    return { ...result, data: result.data ?? null, errors: result.errors.map((error) => located(error as JitError)) };
  };
}

/** Marks an operation graphql-jit cannot compile: graphql-js executes it. */
const INTERPRETED = Symbol('interpreted');

/**
 * The compiled operation, or INTERPRETED when graphql-jit cannot compile it. Apollo has
 * already parsed and validated the document, so a failure here is the compiler's limit, not
 * the query's fault: graphql-jit 0.8 overflows the stack on variables of recursive input
 * types (`$filter: ExpertFilter`, whose relation filters lead back to it), as the
 * dashboard's list pages send. graphql-js answers those, as it answered every query before.
 */
function compile(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined): CompiledQuery | typeof INTERPRETED {
  try {
    const result = withPropertyReads(schema, () => compileQuery(schema, document, operationName));
    return isCompiledQuery(result) ? result : INTERPRETED;
  } catch {
    return INTERPRETED;
  }
}

const propertyFields = new WeakMap<GraphQLSchema, Array<{ field: GraphQLField<unknown, unknown>; property: string }>>();

/**
 * Runs `compileFn` with every field whose resolver only reads a property of another name
 * (`id` reads `globalId`, see `propertyReader`) shown to the compiler as that property, with
 * no resolver: graphql-jit then reads it in place, as it reads a field of the property's own
 * name, instead of calling a resolver with a fresh path, arguments, info and callbacks for
 * each value (a thousand IDs in a deep answer). The compiler reads the field's name only for
 * where to read the value; its messages and paths use the query's names. Compiling is
 * synchronous, so nothing else sees the schema meanwhile; the fields are restored after.
 */
function withPropertyReads<T>(schema: GraphQLSchema, compileFn: () => T): T {
  let fields = propertyFields.get(schema);
  if (!fields) {
    fields = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        const property = readsProperty(field.resolve);
        if (property !== undefined) fields.push({ field, property });
      }
    }
    propertyFields.set(schema, fields);
  }
  const saved = fields.map(({ field }) => ({ name: field.name, resolve: field.resolve }));
  try {
    for (const { field, property } of fields) {
      (field as { name: string }).name = property;
      field.resolve = undefined;
    }
    return compileFn();
  } finally {
    fields.forEach(({ field }, i) => {
      (field as { name: string }).name = saved[i]!.name;
      field.resolve = saved[i]!.resolve;
    });
  }
}

/**
 * The request's variables, checked against the operation's definitions with graphql-js;
 * defaults filled in as written (graphql-jit 0.8 refuses a missing `$x: Int! = 1`).
 */
function checkVariables(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode | undefined,
  given: Record<string, unknown> | undefined,
): { variables: Record<string, unknown> } | { errors: readonly GraphQLError[] } {
  const definitions = operation?.variableDefinitions ?? [];
  let variables = given ?? {};
  if (definitions.length === 0) return { variables };
  const coerced = getVariableValues(schema, definitions, variables, { maxErrors: 50 });
  if (coerced.errors) return { errors: coerced.errors };
  for (const definition of definitions) {
    const name = definition.variable.name.value;
    if (definition.defaultValue && variables[name] === undefined) variables = { ...variables, [name]: valueFromASTUntyped(definition.defaultValue) };
  }
  return { variables };
}

interface JitError {
  message: string;
  locations?: GraphQLError['locations'];
  path?: Array<string | number>;
  originalError?: unknown;
  extensions?: Record<string, unknown>;
}

/**
 * graphql-jit reports errors with its own error class: it passes `instanceof GraphQLError`,
 * but has no `extensions` unless the original had some and a read-only `message` (which
 * graphql-armor rewrites in production). Apollo and `formatError` expect graphql-js errors,
 * as `execute` makes them: the
 * message, locations and path of the field, the resolver's error as `originalError`, and its
 * extensions (the typed errors' codes).
 */
function located(error: JitError): GraphQLError {
  const original = error.originalError instanceof Error ? error.originalError : undefined;
  const result = new GraphQLError(error.message, { path: error.path, originalError: original, extensions: error.extensions });
  if (error.locations?.length) Object.defineProperty(result, 'locations', { value: error.locations, enumerable: true, writable: true, configurable: true });
  return result;
}

/**
 * Apollo Server runs a custom executor only through its gateway interface: this one serves
 * a fixed schema (no supergraph, nothing fetched) and executes with `compiledExecutor`.
 */
export function compiledExecution(schema: GraphQLSchema): GatewayInterface {
  return {
    onSchemaLoadOrUpdate(callback) {
      // No supergraph: the SDL is only for Apollo's schema reporting, which is off.
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    async load() {
      return { schema, executor: compiledExecutor(schema) };
    },
    async stop() {},
  };
}
