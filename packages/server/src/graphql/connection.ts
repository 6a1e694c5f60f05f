import { ArgsType, Extensions, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { PROMISED } from './promised';
import { UserInputError } from './errors';

export const MAX_PAGE_SIZE = 100;

@ObjectType({ description: 'Where a page sits in its list (Relay cursor connections).' })
export class PageInfo {
  @Field(() => Boolean, { description: 'True when there are items after this page.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'True when there are items before this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of the page; null when the page is empty.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item of the page; null when the page is empty.' })
  endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Return the first n items (at most ${MAX_PAGE_SIZE}); give \`first\` or \`last\`.` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Return items after this cursor.' })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: `Return the last n items (at most ${MAX_PAGE_SIZE}); give \`first\` or \`last\`.` })
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'Return items before this cursor.' })
  before?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionResult<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: PageInfo;
  /** A getter: the count query runs only when `totalCount` is selected. */
  readonly totalCount: Promise<number>;
}

/** Declares `<Name>Connection` and `<Name>Edge` for a node type. */
export function connectionType<T extends object>(nodeType: ClassType<T>, name: string, description: string): ClassType<ConnectionResult<T>> {
  @ObjectType(`${name}Edge`, { description: `An edge in a list of ${description}.` })
  class EdgeType {
    @Field(() => String, { description: 'An opaque cursor for this edge, for `after` and `before`.' })
    cursor!: string;

    @Field(() => nodeType, { description: 'The item at the end of the edge.' })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${description}.` })
  class ConnectionType {
    @Field(() => [EdgeType], { description: 'The edges of this page, each with its cursor.' })
    edges!: EdgeType[];

    @Field(() => [nodeType], { description: 'The items of this page, without cursors.' })
    nodes!: T[];

    @Field(() => PageInfo, { description: 'Where this page sits in the list.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many items the whole list holds.' })
    @Extensions(PROMISED)
    totalCount!: number;
  }
  return ConnectionType as unknown as ClassType<ConnectionResult<T>>;
}

/** Checks `first`/`last`: one of them is required, between 0 and MAX_PAGE_SIZE. */
export function pageSize(args: PageArgs): { size: number; backward: boolean } {
  const { first, last } = args;
  if (first == null && last == null) {
    throw new UserInputError(`Give \`first\` or \`last\` (at most ${MAX_PAGE_SIZE}) to page through this list.`, 'first');
  }
  if (first != null && last != null) {
    throw new UserInputError('Give either `first` or `last`, not both.', 'last');
  }
  const size = (first ?? last)!;
  const argument = first != null ? 'first' : 'last';
  if (size < 0 || size > MAX_PAGE_SIZE) {
    throw new UserInputError(`\`${argument}\` must be between 0 and ${MAX_PAGE_SIZE}; got ${size}.`, argument);
  }
  return { size, backward: first == null };
}
