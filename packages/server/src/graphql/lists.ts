import { ArgsType, Field, registerEnumType, type ClassType } from 'type-graphql';
import type DataLoader from 'dataloader';
import { getArgumentValues, isObjectType, type FieldNode, type GraphQLResolveInfo } from 'graphql';
import type { DataSource, ObjectLiteral } from 'typeorm';
import { PageArgs, pageSize, type ConnectionResult, type Edge, type PageInfo } from './connection';
import type { Context } from './context';
import { compileFilter, filterContext, filterInput, type FilterContext } from './filters';
import { decodeCursor, encodeCursor, keysetSql, orderSql, resolveOrder, type OrderDef, type OrderInput } from './ordering';
import { DateScalar } from './scalars';
import { plainColumns } from './plain-fields';
import { connectionNeeds, nodeFieldNodes, selectedNodeFields, type ConnectionNeeds, type SelectionOf } from './selection';
import { hydrate, hydrateTuples, readRows, SqlParams, textTuples, type TupleReader } from './sql';

/** A node fetched for a day in the past carries that day to its own fields and relations. */
export interface AsOfCarrier {
  __asOf?: string;
}

/** Everything needed to list one node type: table, filter, order and what "as of a day" means. */
export interface ListDef<T extends ObjectLiteral & { id: string }> {
  name: string;
  entity: (new () => T) & { prototype: T };
  table: string;
  order: OrderDef;
  /** SQL condition for "existed on day `day`" on the row aliased `alias`; absent when always. */
  asOf?: (alias: string, day: string, fc: FilterContext) => string;
  asOfDescription?: string;
}

/** Whether a list shows archived records: by default it hides them, as if they were gone. */
export enum ArchivedFilter {
  EXCLUDE = 'exclude',
  INCLUDE = 'include',
  ONLY = 'only',
}

registerEnumType(ArchivedFilter, {
  name: 'ArchivedFilter',
  description: 'Whether a list shows archived records (archived with `nodeArchive`, kept with their history).',
  valuesConfig: {
    EXCLUDE: { description: 'Current records only (the default).' },
    INCLUDE: { description: 'Current and archived records.' },
    ONLY: { description: 'Archived records only.' },
  },
});

export interface ListArgs extends PageArgs {
  filter?: Record<string, any> | null;
  orderBy?: OrderInput[] | null;
  asOf?: string | null;
  archived?: ArchivedFilter | null;
}

/** The SQL condition for `archived` on the row aliased `alias`; null when every row qualifies. */
function archivedSql(alias: string, archived: ArchivedFilter | null | undefined): string | null {
  switch (archived ?? ArchivedFilter.EXCLUDE) {
    case ArchivedFilter.INCLUDE:
      return null;
    case ArchivedFilter.ONLY:
      return `${alias}."archived_at" IS NOT NULL`;
    default:
      return `${alias}."archived_at" IS NULL`;
  }
}

/** The conditions every page and count of a list share: filter, as-of day and archive state. */
function listConditions(def: ListDef<any>, args: ListArgs, alias: string, day: string | undefined, fc: FilterContext): string[] {
  const where = [compileFilter(def.name, args.filter, alias, fc)];
  if (day && def.asOf) where.push(def.asOf(alias, day, fc));
  const archived = archivedSql(alias, args.archived);
  if (archived) where.push(archived);
  return where;
}

/** Declares the arguments of a list of `def`: paging, filter, orderBy and (if meaningful) asOf. */
export function listArgs(def: ListDef<any>): ClassType<ListArgs> {
  const name = `${def.name}ListArgs`;
  const cls = { [name]: class extends PageArgs {} }[name]!;
  Field(() => filterInput(def.name), { nullable: true, description: `Only ${def.name} items matching this filter.` })(cls.prototype, 'filter');
  Field(() => [def.order.input], {
    nullable: true,
    description: 'Sort keys, most significant first; the ID is always appended as the final tiebreaker.',
  })(cls.prototype, 'orderBy');
  Field(() => ArchivedFilter, {
    nullable: true,
    defaultValue: ArchivedFilter.EXCLUDE,
    description: 'Whether archived records are listed (and counted); by default they are not.',
  })(cls.prototype, 'archived');
  if (def.asOf) {
    Field(() => DateScalar, { nullable: true, description: def.asOfDescription ?? 'The graph as it stood on this day (YYYY-MM-DD).' })(cls.prototype, 'asOf');
  }
  ArgsType()(cls);
  return cls as unknown as ClassType<ListArgs>;
}

export function withAsOf<T extends object>(node: T, day: string | null | undefined): T {
  if (!day) return node;
  return Object.assign(Object.create(Object.getPrototypeOf(node)) as T, node, { __asOf: day });
}

/** `children`, answered as of the same day as `parent` (the same array when there is no day). */
export function carryAll<T extends object>(parent: unknown, children: T[]): T[] {
  const day = asOfOf(parent);
  return day ? children.map((child) => withAsOf(child, day)) : children;
}

/** `child`, answered as of the same day as `parent` (for to-one relations). */
export function carry<T extends object>(parent: unknown, child: T | null | undefined): T | null {
  return child ? withAsOf(child, asOfOf(parent)) : null;
}

export function asOfOf(node: unknown): string | undefined {
  return (node as AsOfCarrier | null)?.__asOf;
}

interface ColumnPlan {
  /** Columns always read: keys, foreign keys, scalars. */
  light: string[];
  /** Costly columns (JSON documents, creation and update times), read only when a selected field needs them. */
  heavy: Array<{ property: string; sql: string }>;
}

const columnPlans = new WeakMap<object, ColumnPlan>();
const HEAVY_TYPES = new Set(['jsonb', 'json', 'tsvector']);
const HEAVY_PROPERTIES = new Set(['createdAt', 'updatedAt']);

/**
 * The select list of a page: every column but the costly ones no selected field needs
 * (a field needs a costly column when its name starts with the column's property name:
 * `title` and `titleTranslations` read `title`). Without `info`, every column.
 */
function selectList(dataSource: DataSource, def: ListDef<any>, info: SelectionOf | undefined): string {
  if (!info) return 't.*';
  // The selection under a field is fixed by the document: the parents of a level share it.
  let known = selectLists.get(info.fieldNodes);
  if (known === undefined) {
    known = computeSelectList(dataSource, def, info);
    selectLists.set(info.fieldNodes, known);
  }
  return known;
}

const selectLists = new WeakMap<readonly unknown[], string>();

function computeSelectList(dataSource: DataSource, def: ListDef<any>, info: SelectionOf): string {
  let plan = columnPlans.get(def.entity);
  if (!plan) {
    plan = { light: [], heavy: [] };
    for (const column of dataSource.getMetadata(def.entity).columns) {
      const sql = `t."${column.databaseName}"`;
      if (HEAVY_TYPES.has(String(column.type)) || HEAVY_PROPERTIES.has(column.propertyName)) plan.heavy.push({ property: column.propertyName, sql });
      else plan.light.push(sql);
    }
    columnPlans.set(def.entity, plan);
  }
  const fields = selectedNodeFields(info);
  const plain = plainColumns(dataSource, def.entity, fields);
  if (plain) return plain;
  const heavy = plan.heavy.filter((h) => fields.some((f) => f.startsWith(h.property))).map((h) => h.sql);
  return [...plan.light, ...heavy].join(', ');
}

/**
 * Whether a select list (from selectList) reads a costly column (a JSON document, a creation or
 * update time): such a row is not repeated with each of its children in a folded statement.
 */
function readsHeavyColumns(def: ListDef<any>, list: string): boolean {
  return list === 't.*' || (columnPlans.get(def.entity)?.heavy.some((h) => list.includes(h.sql)) ?? true);
}

interface Plan {
  fc: FilterContext;
  where: string[];
  /** `, <key> AS "__k0", …`, or empty when no cursor is selected. */
  keysSelect: string;
  orderBy: string;
  limit: number;
  size: number;
  backward: boolean;
  /** Whether the statement reads one row more than the page, to tell whether more follow. */
  knowsMore: boolean;
  /** Sort keys read per row; -1 when none were (no cursor selected). */
  keyCount: number;
}

/** What a connection needs when its selection is unknown (no `info`): everything. */
const ALL_NEEDS: ConnectionNeeds = { cursors: true, more: true, count: false };

/** Marks a promise started ahead of need as handled: if it fails, whoever reads it gets the error. */
function ahead<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

function plan(ctx: Context, def: ListDef<any>, args: ListArgs, alias: string, day: string | undefined, params: SqlParams, needs: ConnectionNeeds = ALL_NEEDS): Plan {
  const { size, backward } = pageSize(args);
  const fc = filterContext(params, ctx.lang);
  const order = resolveOrder(def.order, args.orderBy, alias, fc);
  const where = listConditions(def, args, alias, day, fc);
  if (args.after) where.push(keysetSql(order, decodeCursor(args.after, 'after', order.keys.length), false, fc));
  if (args.before) where.push(keysetSql(order, decodeCursor(args.before, 'before', order.keys.length), true, fc));
  return {
    fc,
    where,
    // The sort keys make the cursors: read only when a cursor is selected.
    keysSelect: needs.cursors ? order.keys.map((k, i) => `, ${k.sql} AS "__k${i}"`).join('') : '',
    orderBy: orderSql(order, backward),
    // One row more than the page tells whether more follow, when that is asked.
    limit: needs.more ? size + 1 : size,
    size,
    backward,
    keyCount: needs.cursors ? order.keys.length : -1,
    knowsMore: needs.more,
  };
}

type Row = Record<string, unknown>;

/**
 * One page of a list: its connection and, as `pageInfo`, itself. A nested level makes one per
 * parent (a thousand in a deep query), so it is one object whose cursors, edges and count are
 * made only when selected.
 */
class ListPage<T> implements ConnectionResult<T> {
  private edgeList: Edge<T>[] | undefined;

  constructor(
    readonly nodes: T[],
    /** The rows of `nodes`, in order: their `__k<i>` sort keys make the cursors. */
    private readonly rows: readonly Row[],
    private readonly keyCount: number,
    /** Undefined when the selection did not ask (the extra row was not read). */
    private readonly next: boolean | undefined,
    private readonly previous: boolean | undefined,
    private readonly countOf: (key: string) => Promise<number>,
    private readonly countKey: string,
  ) {}

  get hasNextPage(): boolean {
    if (this.next === undefined) throw new Error('hasNextPage was not read for this page: the selection analysis (connectionNeeds) missed it.');
    return this.next;
  }

  get hasPreviousPage(): boolean {
    if (this.previous === undefined) throw new Error('hasPreviousPage was not read for this page: the selection analysis (connectionNeeds) missed it.');
    return this.previous;
  }

  get pageInfo(): PageInfo {
    return this as unknown as PageInfo;
  }

  get edges(): Edge<T>[] {
    this.edgeList ??= this.nodes.map((node, i) => new PageEdge(node, this, i));
    return this.edgeList;
  }

  get startCursor(): string | null {
    return this.nodes.length ? this.cursorAt(0) : null;
  }

  get endCursor(): string | null {
    return this.nodes.length ? this.cursorAt(this.nodes.length - 1) : null;
  }

  get totalCount(): Promise<number> {
    return this.countOf(this.countKey);
  }

  /** The cursor of the i-th node. */
  cursorAt(i: number): string {
    const row = this.rows[i]!;
    if (this.keyCount < 0) throw new Error('Cursors were not read for this page: the selection analysis (connectionNeeds) missed one.');
    const keys = new Array<unknown>(this.keyCount);
    for (let k = 0; k < this.keyCount; k += 1) keys[k] = row[`__k${k}`] ?? null;
    return encodeCursor(keys);
  }
}

/** An edge of a page; its cursor is made when read. */
class PageEdge<T> implements Edge<T> {
  constructor(
    readonly node: T,
    private readonly page: ListPage<T>,
    private readonly index: number,
  ) {}

  get cursor(): string {
    return this.page.cursorAt(this.index);
  }
}

/**
 * The page of `rows` (read with one row more than the page holds) and of their `nodes`
 * (hydrated, in the same order).
 */
function toPage<T>(nodes: T[], rows: Row[], p: Plan, args: ListArgs, day: string | undefined, countOf: (key: string) => Promise<number>, countKey: string): ListPage<T> {
  const hasMore = rows.length > p.size;
  if (hasMore) {
    nodes = nodes.slice(0, p.size);
    rows = rows.slice(0, p.size);
  }
  if (p.backward) {
    nodes.reverse();
    rows.reverse();
  }
  if (day) for (let i = 0; i < nodes.length; i += 1) nodes[i] = withAsOf(nodes[i] as object, day) as T;
  return new ListPage(
    nodes,
    rows,
    p.keyCount,
    !p.knowsMore ? undefined : p.backward ? Boolean(args.before) : hasMore,
    !p.knowsMore ? undefined : p.backward ? hasMore : Boolean(args.after),
    countOf,
    countKey,
  );
}

/** What the list helpers read of a resolver's info: the field's nodes, the document's fragments and variables, the schema. */
export type ListInfo = SelectionOf & Pick<GraphQLResolveInfo, 'variableValues' | 'schema'>;

// ------------------------------------------------------------------ folding a level into its parent's statement

/**
 * Relations answered by `relationPage`, by parent type and field: `Agreement.missions` →
 * (missionList, missionsOfAgreement). When a batch of agreements is fetched for a selection
 * that asks for their missions, the missions' pages come in the same statement (a second
 * LATERAL join) and wait in the missions loader: a level of the query costs no statement of
 * its own. Each resolver file declares its relations with `foldableRelations`.
 */
const foldable = new Map<string, { def: ListDef<any>; relation: RelationDef }>();
let foldingEnabled = true;

/** Declares the relations of `type` that its resolvers answer with relationPage(def, relation). */
export function foldableRelations(type: { name: string }, fields: Record<string, [ListDef<any>, RelationDef]>): void {
  for (const [field, [def, relation]] of Object.entries(fields)) foldable.set(`${type.name}.${field}`, { def, relation });
}

/** Turns folding off or on (tests compare the answers both ways). Returns the previous setting. */
export function setRelationFolding(enabled: boolean): boolean {
  const previous = foldingEnabled;
  foldingEnabled = enabled;
  return previous;
}

/** A relation selected on the nodes of a list, with the field nodes that select it (fixed by the document). */
interface FoldCandidate {
  field: string;
  fieldNodes: readonly FieldNode[];
}

const foldCandidates = new WeakMap<readonly FieldNode[], FoldCandidate[]>();

/**
 * The fields selected once (one response key, no directive) with a sub-selection on the nodes
 * of the list at `info`: the relations its batch might fetch with it. Fixed by the document.
 */
function candidatesOf(info: ListInfo): FoldCandidate[] {
  let known = foldCandidates.get(info.fieldNodes);
  if (known !== undefined) return known;
  const byKey = new Map<string, FieldNode[]>();
  const keysByName = new Map<string, Set<string>>();
  for (const field of nodeFieldNodes(info)) {
    const key = field.alias?.value ?? field.name.value;
    byKey.set(key, [...(byKey.get(key) ?? []), field]);
    keysByName.set(field.name.value, (keysByName.get(field.name.value) ?? new Set()).add(key));
  }
  known = [];
  for (const nodes of byKey.values()) {
    const name = nodes[0]!.name.value;
    if (keysByName.get(name)!.size !== 1 || !nodes.every((n) => n.name.value === name && !n.directives?.length && n.selectionSet)) continue;
    known.push({ field: name, fieldNodes: nodes });
  }
  foldCandidates.set(info.fieldNodes, known);
  return known;
}

/** Relations fetched in their parents' statement, from the child down. */
interface Fold {
  /** `LEFT JOIN LATERAL (…) sub<depth> ON true`, and those of the levels below. */
  join: string;
  /** `, sub<depth>.*`, and those of the levels below. */
  columns: string;
  /** Columns of this level are named `<prefix><column>`. */
  prefix: string;
  /**
   * Set when the level comes as one value per parent row, `<prefix>tuples`: a text array of
   * tuples of these columns (database names), in the page's order. Null when it comes as rows.
   */
  tuples: { columns: string[]; reader: TupleReader } | null;
  def: ListDef<any>;
  args: ListArgs;
  plan: Plan;
  level: RelationLevel<any>;
  /** The level below, fetched in the same statement too. */
  child: Fold | null;
}

/**
 * The first relation selected on the nodes of a batch of `parent` rows that can come in the
 * batch's own statement: declared foldable, not as of a day, no cursor selected (a folded page
 * reads no sort keys); and its own child in turn, two levels down at most. The last level comes
 * as one text array of tuples per parent row when its columns read back exactly from text
 * (`textTuples`: IDs, text, integers, booleans), else as rows of a LATERAL join like the levels
 * above it. Each row of a level is repeated with each of its children's rows, so a level whose
 * selection reads a costly column (a JSON document, a timestamp) brings no child. Whether a
 * level folds, and how, depends on the query alone (its selection and arguments), never on the
 * data. Null when none can; anything the child's own resolver would refuse (a missing page
 * size, a bad cursor) is left to it.
 */
function prepareFold(ctx: Context, parent: ListDef<any>, parentColumns: string, info: ListInfo | undefined, day: string | undefined, params: SqlParams, parentIdSql: string, depth = 1): Fold | null {
  if (!foldingEnabled || !info || day || !info.schema || readsHeavyColumns(parent, parentColumns)) return null;
  const parentType = parent.entity.name;
  const type = info.schema.getType(parentType);
  if (!isObjectType(type)) return null;
  for (const candidate of candidatesOf(info)) {
    const entry = foldable.get(`${parentType}.${candidate.field}`);
    const fieldDef = type.getFields()[candidate.field];
    if (!entry || !fieldDef) continue;
    const mark = params.values.length;
    // This request's variables: the candidate's nodes are the document's, shared by every request.
    const childInfo: ListInfo = { fieldNodes: candidate.fieldNodes, fragments: info.fragments, variableValues: info.variableValues, schema: info.schema };
    try {
      const args = getArgumentValues(fieldDef, candidate.fieldNodes[0]!, info.variableValues) as ListArgs;
      const needs = connectionNeeds(childInfo);
      if (args.asOf || needs.cursors) continue;
      const level = relationLevel(ctx, entry.def, entry.relation, args, undefined, childInfo);
      const p = plan(ctx, entry.def, args, 't', undefined, params, needs);
      if (p.size === 0) {
        params.values.length = mark;
        continue;
      }
      const prefix = `__c${depth}_`;
      const alias = `sub${depth}`;
      const list = selectList(ctx.dataSource, entry.def, childInfo);
      const names = [...list.matchAll(/t\."([^"]+)"/g)].map((m) => m[1]!);
      const where = [entry.relation.condition('t', parentIdSql), ...p.where].join(' AND ');
      const child = depth < 2 ? prepareFold(ctx, entry.def, list, childInfo, undefined, params, `${alias}."${prefix}id"`, depth + 1) : null;
      const page = `FROM "${entry.def.table}" t WHERE ${where} ORDER BY ${p.orderBy} LIMIT ${p.limit}`;
      const reader = child ? null : textTuples(ctx.dataSource, entry.def.entity, names);
      if (reader) {
        // The last level: one array of tuples per parent row (its page, in order), not one row
        // per item with the parent's columns repeated on each. An outer column, so the parent's
        // ID expression (`page` or the level above) is in scope.
        return {
          join: '',
          columns: `, ARRAY(SELECT ${reader.tupleSql('t')} ${page})::text AS "${prefix}tuples"`,
          prefix,
          tuples: { columns: names, reader },
          def: entry.def,
          args,
          plan: p,
          level,
          child: null,
        };
      }
      const columns = names.map((n) => `t."${n}" AS "${prefix}${n}"`);
      return {
        join: `LEFT JOIN LATERAL (SELECT ${columns.join(', ')} ${page}) ${alias} ON true${child?.join ? ` ${child.join}` : ''}`,
        columns: `, ${alias}.*${child?.columns ?? ''}`,
        prefix,
        tuples: null,
        def: entry.def,
        args,
        plan: p,
        level,
        child,
      };
    } catch {
      params.values.length = mark;
    }
  }
  return null;
}

/**
 * The rows of one folded level: the first row of each of its rows' runs (or its tuples, when it
 * comes as a text array per parent row), and each parent's share of them.
 */
interface Unfolded {
  heads: unknown[];
  pages: Array<{ parentId: string; from: number; count: number }>;
}

/**
 * Gathers the child rows of one parent (its rows are `rows[start, end)`): each child is the
 * first row of a run of rows with its ID (one per grandchild, or one), and so on down.
 */
function gather(fold: Fold, rows: Row[], start: number, end: number, parentId: string, out: Map<Fold, Unfolded>): void {
  let level = out.get(fold);
  if (level === undefined) {
    level = { heads: [], pages: [] };
    out.set(fold, level);
  }
  const from = level.heads.length;
  if (fold.tuples) {
    // One array per parent row (the parent's run is that one row).
    for (const tuple of fold.tuples.reader.read(rows[start]![`${fold.prefix}tuples`] as string | null)) level.heads.push(tuple);
    level.pages.push({ parentId, from, count: level.heads.length - from });
    return;
  }
  const idColumn = `${fold.prefix}id`;
  for (let i = start; i < end; ) {
    const id = rows[i]![idColumn];
    if (id === null || id === undefined) {
      i += 1;
      continue;
    }
    let j = i + 1;
    while (j < end && rows[j]![idColumn] === id) j += 1;
    level.heads.push(rows[i]!);
    if (fold.child) gather(fold.child, rows, i, j, id as string, out);
    i = j;
  }
  level.pages.push({ parentId, from, count: level.heads.length - from });
}

/**
 * The rows of a folded statement, one per (parent, child, grandchild…) row, in order: returns
 * each parent row once (the first of its run: one `__parent` and `id` when `batched`), and
 * puts the pages of the levels below in their loaders, for their resolvers to find.
 */
function unfold(ctx: Context, fold: Fold, rows: Row[], batched: boolean): Row[] {
  const parents: Row[] = [];
  const out = new Map<Fold, Unfolded>();
  for (let i = 0; i < rows.length; ) {
    const head = rows[i]!;
    let j = i + 1;
    while (j < rows.length && rows[j]!.id === head.id && (!batched || rows[j]!.__parent === head.__parent)) j += 1;
    parents.push(head);
    gather(fold, rows, i, j, head.id as string, out);
    i = j;
  }
  for (const [level, { heads, pages }] of out) {
    // One hydration per level, then each parent's page of it.
    const nodes = level.tuples ? hydrateTuples(ctx.dataSource, level.def.entity, level.tuples.columns, heads as unknown[][]) : hydrate(ctx.dataSource, level.def.entity, heads as Row[], level.prefix);
    for (const { parentId, from, count } of pages) {
      // A page's rows make its cursors; a folded page has none selected, so tuples do as rows.
      level.level.pages.prime(parentId, toPage(nodes.slice(from, from + count), heads.slice(from, from + count) as Row[], level.plan, level.args, undefined, level.level.countOf, parentId));
    }
  }
  return parents;
}

// ------------------------------------------------------------------ root lists and relations

/** A page of a root list: one statement, plus one for `totalCount` when it is selected. */
export async function rootPage<T extends ObjectLiteral & { id: string }>(ctx: Context, def: ListDef<T>, args: ListArgs, info?: GraphQLResolveInfo): Promise<ConnectionResult<T>> {
  const params = new SqlParams();
  const day = args.asOf ?? undefined;
  const needs = info ? connectionNeeds(info) : ALL_NEEDS;
  const p = plan(ctx, def, args, 't', day, params, needs);
  const count = async (): Promise<number> => {
    const countParams = new SqlParams();
    const fc = filterContext(countParams, ctx.lang);
    const where = listConditions(def, args, 't', day, fc);
    const [row] = (await readRows(ctx.dataSource, `SELECT count(*)::int AS n FROM "${def.table}" t WHERE ${where.join(' AND ')}`, countParams.values)) as Array<{ n: number }>;
    return row!.n;
  };
  // A selected total is counted beside the page, on another connection, not after it.
  const counted = needs.count ? ahead(count()) : undefined;
  let rows: Row[] = [];
  if (p.size > 0) {
    const page = `SELECT ${selectList(ctx.dataSource, def, info)}${p.keysSelect} FROM "${def.table}" t WHERE ${p.where.join(' AND ')} ORDER BY ${p.orderBy} LIMIT ${p.limit}`;
    const fold = prepareFold(ctx, def, selectList(ctx.dataSource, def, info), info, day, params, 'page."id"');
    // Folded, the page is the outer side of nested loops: its order is the statement's.
    rows = await readRows<Row>(ctx.dataSource, fold ? `SELECT page.*${fold.columns} FROM (${page}) page ${fold.join}` : page, params.values);
    if (fold) rows = unfold(ctx, fold, rows, false);
  }
  return toPage(hydrate(ctx.dataSource, def.entity, rows), rows, p, args, day, () => counted ?? count(), '');
}

/** How the rows of a relation are found from their parent: a condition on `t` and `parent`. */
export interface RelationDef {
  /** Unique name, for the request's loader cache. */
  key: string;
  /** SQL condition relating the row aliased `alias` to the parent ID expression `parent`. */
  condition: (alias: string, parent: string) => string;
}

const argsKeys = new WeakMap<ListArgs, string>();

function argsKey(args: ListArgs, day: string | undefined): string {
  if (day) return JSON.stringify([args.first, args.after, args.last, args.before, args.filter, args.orderBy, args.archived ?? null, day]);
  // Arguments objects are shared by the parents of a level when the executor reuses them.
  let key = argsKeys.get(args);
  if (key === undefined) {
    key = JSON.stringify([args.first, args.after, args.last, args.before, args.filter, args.orderBy, args.archived ?? null, null]);
    argsKeys.set(args, key);
  }
  return key;
}

/** The loaders of one relation at one level of a request: every parent of the level shares them. */
interface RelationLevel<T> {
  relationKey: string;
  day: string | undefined;
  pages: DataLoader<string, ListPage<T>>;
  /** Whether `totalCount` is selected: counted beside the pages, in the same tick. */
  counts: DataLoader<string, number> | undefined;
  /** The count of a parent's items (selected or not: a page answers it when asked). */
  countOf: (parentId: string) => Promise<number>;
}

/**
 * A page of a relation for one parent. Pages of every parent at the same level are fetched
 * together: one LATERAL statement for the pages, one for the counts when selected, so the
 * statements of a request do not depend on how many parents or rows there are. The pages
 * of the level below, when foldable, come in the same statement (see `foldableRelations`).
 */
export function relationPage<T extends ObjectLiteral & { id: string }>(
  ctx: Context,
  def: ListDef<T>,
  relation: RelationDef,
  parent: { id: string } & AsOfCarrier,
  args: ListArgs,
  info?: GraphQLResolveInfo,
): Promise<ConnectionResult<T>> {
  const day = args.asOf ?? parent.__asOf;
  // The parents of a level share the field's nodes, hence its arguments and selection: the
  // first parent finds the loaders, the others reuse them.
  let level = info ? (ctx.loaders.levels.get(info.fieldNodes) as RelationLevel<T> | undefined) : undefined;
  if (level === undefined || level.relationKey !== relation.key || level.day !== day) {
    if (info) checkFoldable(info, def, relation);
    level = relationLevel(ctx, def, relation, args, day, info);
    if (info) ctx.loaders.levels.set(info.fieldNodes, level);
  }
  // The counts' statement goes out with the pages' (both batches dispatch together).
  if (level.counts) ahead(level.counts.load(parent.id));
  return level.pages.load(parent.id);
}

/** A declared foldable relation must be the one its resolver answers: a fold would otherwise fetch the wrong rows. */
function checkFoldable(info: GraphQLResolveInfo, def: ListDef<any>, relation: RelationDef): void {
  const declared = foldable.get(`${info.parentType.name}.${info.fieldName}`);
  if (declared && (declared.def !== def || declared.relation.key !== relation.key)) {
    throw new Error(`${info.parentType.name}.${info.fieldName} is declared foldable as ${declared.relation.key} but its resolver answers ${relation.key}.`);
  }
}

function relationLevel<T extends ObjectLiteral & { id: string }>(
  ctx: Context,
  def: ListDef<T>,
  relation: RelationDef,
  args: ListArgs,
  day: string | undefined,
  info: ListInfo | undefined,
): RelationLevel<T> {
  pageSize(args); // fail fast on a missing or oversized page, before any batching
  const key = argsKey(args, day);
  const columns = selectList(ctx.dataSource, def, info);
  const counts = ctx.loaders.get<string, number>(`${relation.key}:count:${key}`, async (parentIds) => {
    const params = new SqlParams();
    const fc = filterContext(params, ctx.lang);
    const where = [relation.condition('t', 'p.__parent'), ...listConditions(def, args, 't', day, fc)];
    const ids = params.add([...parentIds], 'uuid[]');
    const rows = (await readRows(
      ctx.dataSource,
      `SELECT p.__parent, (SELECT count(*) FROM "${def.table}" t WHERE ${where.join(' AND ')})::int AS n FROM unnest(${ids}) AS p(__parent)`,
      params.values,
    )) as Array<{ __parent: string; n: number }>;
    const byParent = new Map(rows.map((r) => [r.__parent, r.n]));
    return parentIds.map((id) => byParent.get(id) ?? 0);
  });
  const countOf = (parentId: string) => counts.load(parentId);
  const needs = info ? connectionNeeds(info) : ALL_NEEDS;
  const pages = ctx.loaders.get<string, ListPage<T>>(`${relation.key}:page:${key}:${columns}:${needs.cursors}:${needs.more}`, async (parentIds) => {
    const params = new SqlParams();
    const p = plan(ctx, def, args, 't', day, params, needs);
    const ids = params.add([...parentIds], 'uuid[]');
    let rows: Row[] = [];
    if (p.size > 0) {
      const fold = prepareFold(ctx, def, columns, info, day, params, 'page."id"');
      // Rows name their parent by its position in the batch (a number, not a UUID to parse and
      // look up). Nested loops keep the order of each side: parents, then pages, then (folded)
      // the pages of the level below.
      rows = await readRows<Row>(
        ctx.dataSource,
        `SELECT p.__i AS "__parent", page.*${fold?.columns ?? ''} FROM unnest(${ids}) WITH ORDINALITY AS p(__parent, __i)
         CROSS JOIN LATERAL (
           SELECT ${columns}${p.keysSelect} FROM "${def.table}" t
           WHERE ${[relation.condition('t', 'p.__parent'), ...p.where].join(' AND ')}
           ORDER BY ${p.orderBy} LIMIT ${p.limit}
         ) page${fold ? ` ${fold.join}` : ''}`,
        params.values,
      );
      if (fold) rows = unfold(ctx, fold, rows, true);
    }
    // One hydration for the whole level, then the rows and nodes of each parent in order.
    const nodes = hydrate(ctx.dataSource, def.entity, rows);
    const groups = parentIds.map(() => ({ nodes: [] as T[], rows: [] as Row[] }));
    for (let i = 0; i < rows.length; i += 1) {
      const group = groups[Number(rows[i]!.__parent) - 1];
      if (group === undefined) continue;
      group.nodes.push(nodes[i]!);
      group.rows.push(rows[i]!);
    }
    return groups.map((group, i) => toPage(group.nodes, group.rows, p, args, day, countOf, parentIds[i]!));
  });
  return { relationKey: relation.key, day, pages, counts: needs.count ? counts : undefined, countOf };
}
