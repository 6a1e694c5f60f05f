import type { ApolloServer } from '@apollo/server';
import type { Request, Response } from 'express';
import {
  getNamedType,
  isEnumType,
  isLeafType,
  isObjectType,
  Kind,
  parse,
  validate,
  visit,
  type DocumentNode,
  type FieldNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { Logger } from 'pino';
import type { Context } from '../graphql/context';
import { MAX_PAGE_SIZE } from '../graphql/connection';
import { scopeOf } from './node-http';

/**
 * CSV export of any list query: the analyst sends the GraphQL query they use for a list
 * (a root connection, with its filter and order); the server pages through the whole
 * list and streams one row per node. Columns follow the selection: nested objects become
 * dotted columns, lists are joined with " | ", and every enum gets a `.label` column with
 * the code's meaning beside the code itself.
 */

export class ExportError extends Error {}

interface Column {
  header: string;
  /** Reads the cell from a node. */
  read(node: unknown): string;
}

const AFTER_VARIABLE = '__exportAfter';

function unwrap(type: GraphQLOutputType): { named: ReturnType<typeof getNamedType> } {
  return { named: getNamedType(type) };
}

function leafText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

/** Builds the columns of a selection on `type`, reading through `get`. */
function columnsOf(schema: GraphQLSchema, type: GraphQLObjectType, selection: SelectionSetNode, prefix: string, get: (node: unknown) => unknown[]): Column[] {
  const columns: Column[] = [];
  for (const sel of selection.selections) {
    if (sel.kind === Kind.INLINE_FRAGMENT) {
      const on = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : type;
      if (on && isObjectType(on)) columns.push(...columnsOf(schema, on, sel.selectionSet, prefix, get));
      continue;
    }
    if (sel.kind !== Kind.FIELD) throw new ExportError('Named fragments are not supported in exports; write the fields inline.');
    const name = sel.alias?.value ?? sel.name.value;
    if (sel.name.value === '__typename') {
      columns.push({ header: `${prefix}${name}`, read: (node) => get(node).map((v) => leafText((v as Record<string, unknown>)?.[name])).join(' | ') });
      continue;
    }
    const field: GraphQLField<unknown, unknown> | undefined = type.getFields()[sel.name.value];
    if (!field) continue;
    const { named } = unwrap(field.type);
    const header = `${prefix}${name}`;
    const values = (node: unknown) =>
      get(node).flatMap((parent) => {
        const v = (parent as Record<string, unknown> | null)?.[name];
        return Array.isArray(v) ? v : [v];
      });
    if (isLeafType(named)) {
      columns.push({ header, read: (node) => values(node).map(leafText).filter((s) => s !== '').join(' | ') });
      if (isEnumType(named)) {
        const labels = new Map(named.getValues().map((v) => [v.name, (v.description ?? v.name).replace(/\.$/, '')]));
        columns.push({ header: `${header}.label`, read: (node) => values(node).map((v) => labels.get(String(v)) ?? '').filter(Boolean).join(' | ') });
      }
    } else if (isObjectType(named) && sel.selectionSet) {
      columns.push(...columnsOf(schema, named, sel.selectionSet, `${header}.`, (node) => values(node).filter((v) => v !== null && v !== undefined)));
    } else if (sel.selectionSet) {
      // An interface (such as Node): its common fields only.
      const iface = named as unknown as GraphQLObjectType;
      columns.push(...columnsOf(schema, iface, sel.selectionSet, `${header}.`, (node) => values(node).filter((v) => v !== null && v !== undefined)));
    }
  }
  return columns;
}

function csvCell(text: string): string {
  // A cell a spreadsheet would run as a formula is kept as text.
  const safe = /^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const csvLine = (cells: string[]) => `${cells.map(csvCell).join(',')}\r\n`;

interface Plan {
  document: DocumentNode;
  rootName: string;
  pageSize: number;
  columns: Column[];
  filename: string;
}

/** Finds the root connection, checks the query, adds the paging variable, and lays out the columns. */
export function planExport(schema: GraphQLSchema, source: string, operationName?: string): Plan {
  let document: DocumentNode;
  try {
    document = parse(source, { maxTokens: 5000 });
  } catch (error) {
    throw new ExportError(`The query does not parse: ${(error as Error).message}`);
  }
  const errors = validate(schema, document);
  if (errors.length) throw new ExportError(`The query is not valid: ${errors[0]!.message}`);
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
  if (!operation || operation.operation !== 'query' || (!operationName && operations.length > 1)) {
    throw new ExportError('Send one query operation (or name it with operationName).');
  }
  const queryType = schema.getQueryType()!;
  const root = operation.selectionSet.selections.find((s): s is FieldNode => s.kind === Kind.FIELD && /Connection$/.test(getNamedType(queryType.getFields()[s.name.value]?.type ?? queryType).name));
  if (!root) throw new ExportError('The query must select a list (a connection such as `missions(first: 100) { nodes { ... } }`) at its top level.');
  const connectionType = getNamedType(queryType.getFields()[root.name.value]!.type) as GraphQLObjectType;
  const nodeType = getNamedType(connectionType.getFields().nodes!.type) as GraphQLObjectType;
  const nodesSelection = root.selectionSet?.selections.find((s): s is FieldNode => s.kind === Kind.FIELD && s.name.value === 'nodes');
  if (!nodesSelection?.selectionSet) throw new ExportError('Select the columns under `nodes { ... }` of the list.');
  const firstArg = root.arguments?.find((a) => a.name.value === 'first' || a.name.value === 'last');
  const requested = firstArg?.value.kind === Kind.INT ? Number(firstArg.value.value) : MAX_PAGE_SIZE;
  const rootName = root.alias?.value ?? root.name.value;

  // Page with `first` and `after: $__exportAfter`; ask for the cursor and the total as well.
  const rewritten = visit(document, {
    OperationDefinition(node) {
      if (node !== operation) return undefined;
      return {
        ...node,
        variableDefinitions: [
          ...(node.variableDefinitions ?? []),
          { kind: Kind.VARIABLE_DEFINITION, variable: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: AFTER_VARIABLE } }, type: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: 'String' } } },
        ],
      };
    },
    Field(node) {
      if (node !== root) return undefined;
      const args = (node.arguments ?? []).filter((a) => !['first', 'last', 'after', 'before'].includes(a.name.value));
      return {
        ...node,
        arguments: [
          ...args,
          { kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: 'first' }, value: { kind: Kind.INT, value: String(Math.min(Math.max(requested, 1), MAX_PAGE_SIZE)) } },
          { kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: 'after' }, value: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: AFTER_VARIABLE } } },
        ],
        selectionSet: {
          kind: Kind.SELECTION_SET,
          selections: [
            ...(node.selectionSet?.selections ?? []),
            { kind: Kind.FIELD, alias: { kind: Kind.NAME, value: '__exportPage' }, name: { kind: Kind.NAME, value: 'pageInfo' }, selectionSet: { kind: Kind.SELECTION_SET, selections: ['hasNextPage', 'endCursor'].map((f) => ({ kind: Kind.FIELD, name: { kind: Kind.NAME, value: f } })) } },
            { kind: Kind.FIELD, alias: { kind: Kind.NAME, value: '__exportTotal' }, name: { kind: Kind.NAME, value: 'totalCount' } },
          ],
        },
      };
    },
  });
  return {
    document: rewritten,
    rootName,
    pageSize: Math.min(Math.max(requested, 1), MAX_PAGE_SIZE),
    columns: columnsOf(schema, nodeType, nodesSelection.selectionSet, '', (node) => [node]),
    filename: `${root.name.value}.csv`,
  };
}

/** `POST /export.csv` (JSON body like a GraphQL request) or `GET /export.csv?query=...&variables=...`. */
export function exportHandler(apollo: ApolloServer<Context>, schema: GraphQLSchema, makeContext: (req: Request, res: Response) => Promise<Context>, logger: Logger) {
  return async (req: Request, res: Response) => {
    const body = req.method === 'GET' ? req.query : ((req.body ?? {}) as Record<string, unknown>);
    let variables: Record<string, unknown> = {};
    let plan: Plan;
    try {
      if (typeof body.query !== 'string') throw new ExportError('Send the list query in `query`.');
      if (typeof body.variables === 'string' && body.variables) variables = JSON.parse(body.variables) as Record<string, unknown>;
      else if (body.variables && typeof body.variables === 'object') variables = body.variables as Record<string, unknown>;
      plan = planExport(schema, body.query, typeof body.operationName === 'string' ? body.operationName : undefined);
    } catch (error) {
      const message = error instanceof ExportError ? error.message : error instanceof SyntaxError ? '`variables` is not valid JSON.' : 'The export request is malformed.';
      res.status(400).json({ errors: [{ message, extensions: { code: 'BAD_USER_INPUT' } }] });
      return;
    }

    let after: string | null = null;
    let rows = 0;
    for (let page = 0; ; page += 1) {
      const result = await apollo.executeOperation({ query: plan.document, variables: { ...variables, [AFTER_VARIABLE]: after } }, { contextValue: await makeContext(req, res) });
      const single = result.body.kind === 'single' ? result.body.singleResult : null;
      const data = single?.data?.[plan.rootName] as { nodes: unknown[]; __exportPage: { hasNextPage: boolean; endCursor: string | null }; __exportTotal: number } | undefined;
      if (!single || single.errors?.length || !data) {
        const first = single?.errors?.[0];
        if (page === 0) {
          res.status(400).json({ errors: single?.errors ?? [{ message: 'The export failed.' }] });
        } else {
          // The header and earlier rows are out: break the transfer so the file is not taken as complete.
          logger.error({ requestId: scopeOf(res)?.requestId, error: first, rows }, 'Export failed part-way');
          res.destroy(new Error(first?.message ?? 'export failed'));
        }
        return;
      }
      if (page === 0) {
        res.status(200);
        res.setHeader('content-type', 'text/csv; charset=utf-8');
        res.setHeader('content-disposition', `attachment; filename="${plan.filename}"`);
        res.setHeader('x-total-count', String(data.__exportTotal));
        res.write(`\uFEFF${csvLine(plan.columns.map((c) => c.header))}`);
      }
      let chunk = '';
      for (const node of data.nodes) chunk += csvLine(plan.columns.map((c) => c.read(node)));
      rows += data.nodes.length;
      if (!res.write(chunk)) await new Promise((resolve) => res.once('drain', resolve));
      if (!data.__exportPage.hasNextPage || !data.__exportPage.endCursor) break;
      after = data.__exportPage.endCursor;
    }
    res.end();
  };
}
