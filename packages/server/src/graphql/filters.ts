import { Field, Float, ID, InputType, Int, type ClassType } from 'type-graphql';
import { UserInputError } from './errors';
import { DatePrecision } from './fuzzy-date';
import { fromGlobalId } from './global-id';
import type { Language } from './localized';
import { DateScalar } from './scalars';
import { likeEscape, type SqlParams } from './sql';

/**
 * Composable filters. Each node type declares a FilterSpec: per field, the GraphQL input
 * that filters it and how that input becomes SQL. From the spec come both the
 * `<Type>Filter` input (with and / or / not) and the SQL WHERE clause, so the schema and
 * the query can never disagree. Values always travel as parameters.
 */

export interface FilterContext {
  params: SqlParams;
  lang: Language;
  /** A fresh table alias for a subquery. */
  alias(prefix: string): string;
  depth: number;
}

export function filterContext(params: SqlParams, lang: Language): FilterContext {
  let n = 0;
  return { params, lang, alias: (prefix) => `${prefix}${(n += 1)}`, depth: 0 };
}

export interface FieldFilter {
  /** The GraphQL input type of the field's filter. */
  type: () => unknown;
  description: string;
  /** SQL boolean expression for `value` on the row aliased `alias`. */
  toSql(value: any, alias: string, fc: FilterContext): string;
}

export interface FilterSpec {
  /** Node type name: the input is `<name>Filter`. */
  name: string;
  description: string;
  fields: Record<string, FieldFilter>;
}

const MAX_FILTER_DEPTH = 8;
const specs = new Map<string, FilterSpec>();
const inputs = new Map<string, ClassType>();
const listInputs = new Map<string, ClassType>();

function inputClass(name: string, description: string, fields: Record<string, { type: () => unknown; description: string }>): ClassType {
  const cls = { [name]: class {} }[name]!;
  for (const [key, field] of Object.entries(fields)) {
    Field(field.type as never, { nullable: true, description: field.description })(cls.prototype, key);
  }
  InputType(name, { description })(cls);
  return cls;
}

/** Registers a node type's filter and declares its `<Type>Filter` and `<Type>ListFilter` inputs. */
export function defineFilter(spec: FilterSpec): ClassType {
  specs.set(spec.name, spec);
  const filterName = `${spec.name}Filter`;
  const input = inputClass(filterName, spec.description, {
    ...spec.fields,
    and: { type: () => [input], description: 'Every one of these filters holds.' },
    or: { type: () => [input], description: 'At least one of these filters holds.' },
    not: { type: () => input, description: 'This filter does not hold.' },
  });
  inputs.set(spec.name, input);
  listInputs.set(
    spec.name,
    inputClass(`${spec.name}ListFilter`, `Conditions on a list of ${spec.name} items.`, {
      some: { type: () => input, description: `At least one item matches.` },
      none: { type: () => input, description: `No item matches.` },
      every: { type: () => input, description: `Every item matches (true for an empty list).` },
    }),
  );
  return input;
}

export function filterInput(name: string): ClassType {
  const input = inputs.get(name);
  if (!input) throw new Error(`No filter defined for ${name}`);
  return input;
}

function listFilterInput(name: string): ClassType {
  const input = listInputs.get(name);
  if (!input) throw new Error(`No filter defined for ${name}`);
  return input;
}

/** The SQL WHERE expression for a filter value on the row aliased `alias` ('TRUE' when empty). */
export function compileFilter(name: string, value: Record<string, any> | null | undefined, alias: string, fc: FilterContext): string {
  if (!value) return 'TRUE';
  const spec = specs.get(name);
  if (!spec) throw new Error(`No filter defined for ${name}`);
  if (fc.depth > MAX_FILTER_DEPTH) {
    throw new UserInputError(`Filters may nest at most ${MAX_FILTER_DEPTH} levels deep; simplify the filter.`, 'filter');
  }
  const inner = { ...fc, depth: fc.depth + 1 };
  const parts: string[] = [];
  for (const [key, fieldValue] of Object.entries(value)) {
    if (fieldValue === undefined || fieldValue === null) continue;
    if (key === 'and') {
      parts.push(`(${(fieldValue as any[]).map((f) => compileFilter(name, f, alias, inner)).join(' AND ') || 'TRUE'})`);
    } else if (key === 'or') {
      parts.push(`(${(fieldValue as any[]).map((f) => compileFilter(name, f, alias, inner)).join(' OR ') || 'FALSE'})`);
    } else if (key === 'not') {
      parts.push(`NOT COALESCE((${compileFilter(name, fieldValue, alias, inner)}), FALSE)`);
    } else {
      const field = spec.fields[key];
      if (!field) throw new UserInputError(`${name}Filter has no field \`${key}\`.`, 'filter');
      parts.push(field.toSql(fieldValue, alias, inner));
    }
  }
  return parts.length ? parts.join(' AND ') : 'TRUE';
}

// --- Field filter inputs shared by every type ------------------------------------------------

@InputType({ description: 'Conditions on an ID.' })
export class IDFilter {
  @Field(() => ID, { nullable: true, description: 'Equal to this ID.' })
  eq?: string;

  @Field(() => [ID], { nullable: true, description: 'One of these IDs.' })
  in?: string[];

  @Field(() => [ID], { nullable: true, description: 'None of these IDs.' })
  notIn?: string[];
}

@InputType({ description: 'Conditions on a text; `contains` and `startsWith` ignore case and accents.' })
export class StringFilter {
  @Field(() => String, { nullable: true, description: 'Exactly equal to this text.' })
  eq?: string;

  @Field(() => [String], { nullable: true, description: 'Exactly equal to one of these texts.' })
  in?: string[];

  @Field(() => String, { nullable: true, description: 'Contains this text, ignoring case and accents.' })
  contains?: string;

  @Field(() => String, { nullable: true, description: 'Starts with this text, ignoring case and accents.' })
  startsWith?: string;

  @Field(() => Boolean, { nullable: true, description: 'True: has no value; false: has one.' })
  isNull?: boolean;
}

@InputType({ description: 'Conditions on a text in several languages: true when the text in any language matches, ignoring case and accents.' })
export class TextFilter {
  @Field(() => String, { nullable: true, description: 'Contains this text, ignoring case and accents.' })
  contains?: string;

  @Field(() => String, { nullable: true, description: 'Starts with this text, ignoring case and accents.' })
  startsWith?: string;

  @Field(() => String, { nullable: true, description: 'Equal to this text, ignoring case and accents.' })
  eq?: string;
}

@InputType({ description: 'Conditions on a whole number.' })
export class IntFilter {
  @Field(() => Int, { nullable: true, description: 'Equal to.' }) eq?: number;
  @Field(() => [Int], { nullable: true, description: 'One of.' }) in?: number[];
  @Field(() => Int, { nullable: true, description: 'Greater than.' }) gt?: number;
  @Field(() => Int, { nullable: true, description: 'Greater than or equal to.' }) gte?: number;
  @Field(() => Int, { nullable: true, description: 'Less than.' }) lt?: number;
  @Field(() => Int, { nullable: true, description: 'Less than or equal to.' }) lte?: number;
  @Field(() => Boolean, { nullable: true, description: 'True: has no value; false: has one.' }) isNull?: boolean;
}

@InputType({ description: 'Conditions on a number.' })
export class FloatFilter {
  @Field(() => Float, { nullable: true, description: 'Equal to.' }) eq?: number;
  @Field(() => Float, { nullable: true, description: 'Greater than.' }) gt?: number;
  @Field(() => Float, { nullable: true, description: 'Greater than or equal to.' }) gte?: number;
  @Field(() => Float, { nullable: true, description: 'Less than.' }) lt?: number;
  @Field(() => Float, { nullable: true, description: 'Less than or equal to.' }) lte?: number;
  @Field(() => Boolean, { nullable: true, description: 'True: has no value; false: has one.' }) isNull?: boolean;
}

@InputType({ description: 'Conditions on a calendar day.' })
export class DateFilter {
  @Field(() => DateScalar, { nullable: true, description: 'On this day.' }) eq?: string;
  @Field(() => DateScalar, { nullable: true, description: 'After this day.' }) gt?: string;
  @Field(() => DateScalar, { nullable: true, description: 'On or after this day.' }) gte?: string;
  @Field(() => DateScalar, { nullable: true, description: 'Before this day.' }) lt?: string;
  @Field(() => DateScalar, { nullable: true, description: 'On or before this day.' }) lte?: string;
  @Field(() => Boolean, { nullable: true, description: 'True: not known; false: known.' }) isNull?: boolean;
}

@InputType({ description: 'A period of days; either end may be left open. Both ends are included.' })
export class DateRangeInput {
  @Field(() => DateScalar, { nullable: true, description: 'First day of the period (open when absent).' })
  from?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Last day of the period (open when absent).' })
  to?: string;
}

@InputType({
  description:
    'Conditions on a date of uncertain precision. A date known to the month is the whole month: it is `within` a period only when the whole month is, and `overlaps` it when any of its days is.',
})
export class FuzzyDateFilter {
  @Field(() => DateRangeInput, { nullable: true, description: 'Certainly in this period: every day the date may be lies in it.' })
  within?: DateRangeInput;

  @Field(() => DateRangeInput, { nullable: true, description: 'Possibly in this period: some day the date may be lies in it.' })
  overlaps?: DateRangeInput;

  @Field(() => [DatePrecision], { nullable: true, description: 'Known to one of these precisions.' })
  precisionIn?: DatePrecision[];

  @Field(() => Boolean, { nullable: true, description: 'True: no date recorded at all; false: some date recorded.' })
  isNull?: boolean;
}

@InputType({ description: 'Conditions on a list of codes (such as languages).' })
export class StringListFilter {
  @Field(() => [String], { nullable: true, description: 'Holds at least one of these.' })
  hasAny?: string[];

  @Field(() => [String], { nullable: true, description: 'Holds all of these.' })
  hasAll?: string[];

  @Field(() => Boolean, { nullable: true, description: 'True: the list is empty; false: it is not.' })
  isEmpty?: boolean;
}

/** Declares `<Enum>Filter { eq, in, notIn, isNull }` for a GraphQL enum. */
export function enumFilter(enumType: object, name: string): ClassType {
  return inputClass(`${name}Filter`, `Conditions on a ${name} value.`, {
    eq: { type: () => enumType, description: 'Equal to.' },
    in: { type: () => [enumType], description: 'One of.' },
    notIn: { type: () => [enumType], description: 'None of.' },
    isNull: { type: () => Boolean, description: 'True: has no value; false: has one.' },
  });
}

// --- Field filter builders ---------------------------------------------------------------------

const col = (alias: string, column: string) => `${alias}."${column}"`;
const and = (parts: string[]) => (parts.length ? `(${parts.join(' AND ')})` : 'TRUE');

export const fold = (sql: string) => `coopgraph_fold(${sql})`;

export function idField(column: string, typeName: string, description: string): FieldFilter {
  const decode = (id: string, arg: string) => fromGlobalId(id, arg, typeName).id;
  return {
    type: () => IDFilter,
    description,
    toSql(v: IDFilter, alias, fc) {
      const c = col(alias, column);
      const parts: string[] = [];
      if (v.eq != null) parts.push(`${c} = ${fc.params.add(decode(v.eq, 'filter'), 'uuid')}`);
      if (v.in) parts.push(`${c} = ANY(${fc.params.add(v.in.map((id) => decode(id, 'filter')), 'uuid[]')})`);
      if (v.notIn) parts.push(`NOT (${c} = ANY(${fc.params.add(v.notIn.map((id) => decode(id, 'filter')), 'uuid[]')}))`);
      return and(parts);
    },
  };
}

/** Text conditions on any SQL expression of type text. */
export function stringOn(expression: (alias: string) => string, description: string): FieldFilter {
  return {
    type: () => StringFilter,
    description,
    toSql(v: StringFilter, alias, fc) {
      const c = expression(alias);
      const parts: string[] = [];
      if (v.eq != null) parts.push(`${c} = ${fc.params.add(v.eq, 'text')}`);
      if (v.in) parts.push(`${c} = ANY(${fc.params.add(v.in, 'text[]')})`);
      if (v.contains != null) parts.push(`${fold(c)} LIKE '%' || ${fold(fc.params.add(likeEscape(v.contains), 'text'))} || '%' ESCAPE '\\'`);
      if (v.startsWith != null) parts.push(`${fold(c)} LIKE ${fold(fc.params.add(likeEscape(v.startsWith), 'text'))} || '%' ESCAPE '\\'`);
      if (v.isNull != null) parts.push(v.isNull ? `${c} IS NULL` : `${c} IS NOT NULL`);
      return and(parts);
    },
  };
}

export const stringField = (column: string, description: string) => stringOn((alias) => col(alias, column), description);

/** Text conditions over every language of a localized jsonb column. */
export function textField(column: string, description: string): FieldFilter {
  return {
    type: () => TextFilter,
    description,
    toSql(v: TextFilter, alias, fc) {
      const parts: string[] = [];
      const t = fc.alias('tx');
      const any = (condition: string) => `EXISTS (SELECT 1 FROM jsonb_each_text(${col(alias, column)}) ${t} WHERE ${condition})`;
      if (v.contains != null) parts.push(any(`${fold(`${t}.value`)} LIKE '%' || ${fold(fc.params.add(likeEscape(v.contains), 'text'))} || '%' ESCAPE '\\'`));
      if (v.startsWith != null) parts.push(any(`${fold(`${t}.value`)} LIKE ${fold(fc.params.add(likeEscape(v.startsWith), 'text'))} || '%' ESCAPE '\\'`));
      if (v.eq != null) parts.push(any(`${fold(`${t}.value`)} = ${fold(fc.params.add(v.eq, 'text'))}`));
      return and(parts);
    },
  };
}

function comparisons(c: string, v: Record<string, unknown>, fc: FilterContext, cast: string): string[] {
  const parts: string[] = [];
  const ops: Array<[string, string]> = [['eq', '='], ['gt', '>'], ['gte', '>='], ['lt', '<'], ['lte', '<=']];
  for (const [key, op] of ops) if (v[key] != null) parts.push(`${c} ${op} ${fc.params.add(v[key], cast)}`);
  if (v.in != null) parts.push(`${c} = ANY(${fc.params.add(v.in, `${cast}[]`)})`);
  if (v.isNull != null) parts.push(v.isNull ? `${c} IS NULL` : `${c} IS NOT NULL`);
  return parts;
}

export function intField(column: string, description: string): FieldFilter {
  return { type: () => IntFilter, description, toSql: (v, alias, fc) => and(comparisons(col(alias, column), v, fc, 'int')) };
}

export function floatField(column: string, description: string): FieldFilter {
  return { type: () => FloatFilter, description, toSql: (v, alias, fc) => and(comparisons(col(alias, column), v, fc, 'float8')) };
}

export function dateField(column: string, description: string): FieldFilter {
  return { type: () => DateFilter, description, toSql: (v, alias, fc) => and(comparisons(col(alias, column), v, fc, 'date')) };
}

/** A closed daterange for an inclusive period with open ends. */
export function rangeSql(range: DateRangeInput, fc: FilterContext): string {
  if (range.from && range.to && range.from > range.to) {
    throw new UserInputError(`The period ${range.from} to ${range.to} ends before it starts.`, 'filter');
  }
  return `daterange(${fc.params.add(range.from ?? null, 'date')}, ${fc.params.add(range.to ?? null, 'date')}, '[]')`;
}

export function fuzzyDateField(column: string, description: string): FieldFilter {
  return {
    type: () => FuzzyDateFilter,
    description,
    toSql(v: FuzzyDateFilter, alias, fc) {
      const c = col(alias, column);
      const parts: string[] = [];
      if (v.within) parts.push(`(${c} IS NOT NULL AND NOT isempty(${c}) AND ${c} <@ ${rangeSql(v.within, fc)})`);
      if (v.overlaps) parts.push(`(${c} IS NOT NULL AND ${c} && ${rangeSql(v.overlaps, fc)})`);
      if (v.precisionIn) parts.push(`${col(alias, `${column}_precision`)} = ANY(${fc.params.add(v.precisionIn, 'text[]')})`);
      if (v.isNull != null) parts.push(v.isNull ? `${c} IS NULL` : `${c} IS NOT NULL`);
      return and(parts);
    },
  };
}

export function stringListField(column: string, description: string): FieldFilter {
  return {
    type: () => StringListFilter,
    description,
    toSql(v: StringListFilter, alias, fc) {
      const c = col(alias, column);
      const parts: string[] = [];
      if (v.hasAny) parts.push(`${c} && ${fc.params.add(v.hasAny, 'text[]')}`);
      if (v.hasAll) parts.push(`${c} @> ${fc.params.add(v.hasAll, 'text[]')}`);
      if (v.isEmpty != null) parts.push(v.isEmpty ? `cardinality(${c}) = 0` : `cardinality(${c}) > 0`);
      return and(parts);
    },
  };
}

export function booleanField(column: string, description: string): FieldFilter {
  return { type: () => Boolean, description, toSql: (v: boolean, alias, fc) => `${col(alias, column)} = ${fc.params.add(v, 'boolean')}` };
}

export function enumField(column: string, input: ClassType, description: string): FieldFilter {
  return {
    type: () => input,
    description,
    toSql(v: { eq?: string; in?: string[]; notIn?: string[]; isNull?: boolean }, alias, fc) {
      const c = col(alias, column);
      const parts: string[] = [];
      if (v.eq != null) parts.push(`${c} = ${fc.params.add(v.eq, 'text')}`);
      if (v.in) parts.push(`${c} = ANY(${fc.params.add(v.in, 'text[]')})`);
      if (v.notIn) parts.push(`(${c} IS NULL OR NOT (${c} = ANY(${fc.params.add(v.notIn, 'text[]')})))`);
      if (v.isNull != null) parts.push(v.isNull ? `${c} IS NULL` : `${c} IS NOT NULL`);
      return and(parts);
    },
  };
}

/**
 * A to-one relation: the related row matches the target's filter. `join` gives the SQL
 * that finds the related row `r` of row `alias`, as `FROM ... WHERE ...`.
 */
export function relationOne(target: string, join: (alias: string, r: string) => string, description: string): FieldFilter {
  return {
    type: () => filterInput(target),
    description,
    toSql(v, alias, fc) {
      const r = fc.alias('r');
      return `EXISTS (SELECT 1 ${join(alias, r)} AND (${compileFilter(target, v, r, fc)}))`;
    },
  };
}

/**
 * A to-many relation with some / none / every. Archived related rows do not count, as they
 * do not show in the relation's list.
 */
export function relationMany(target: string, join: (alias: string, r: string) => string, description: string): FieldFilter {
  return {
    type: () => listFilterInput(target),
    description,
    toSql(v: { some?: object; none?: object; every?: object }, alias, fc) {
      const parts: string[] = [];
      const current = (r: string) => `${join(alias, r)} AND ${r}."archived_at" IS NULL`;
      if (v.some) {
        const r = fc.alias('r');
        parts.push(`EXISTS (SELECT 1 ${current(r)} AND (${compileFilter(target, v.some as never, r, fc)}))`);
      }
      if (v.none) {
        const r = fc.alias('r');
        parts.push(`NOT EXISTS (SELECT 1 ${current(r)} AND (${compileFilter(target, v.none as never, r, fc)}))`);
      }
      if (v.every) {
        const r = fc.alias('r');
        parts.push(`NOT EXISTS (SELECT 1 ${current(r)} AND NOT COALESCE((${compileFilter(target, v.every as never, r, fc)}), FALSE))`);
      }
      return and(parts);
    },
  };
}

/** A filter field written directly in SQL, for conditions specific to one type. */
export function customField(type: () => unknown, description: string, toSql: FieldFilter['toSql']): FieldFilter {
  return { type, description, toSql };
}
