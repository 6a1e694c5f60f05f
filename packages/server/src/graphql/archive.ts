import { Arg, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { ChangeOperation } from '../features/history/change.entity';
import type { Context } from './context';
import { tryFromGlobalId } from './global-id';
import { MutationPayload, mutate } from './mutation';
import { Node, type NodeEntity } from './node';
import { nodeTypes } from './node-types';
import { UserErrorCode } from './user-errors';

@InputType('NodeArchiveInput', { description: 'A node or edge to archive or restore.' })
export class NodeArchiveInput {
  @Field(() => ID, { description: 'Its global ID.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read; a stale one is refused with CONFLICT.' })
  version!: number;
}

@ObjectType('NodePayload', { description: 'What nodeArchive and nodeRestore answer.' })
export class NodePayload extends MutationPayload {
  @Field(() => Node, { name: 'node', nullable: true, description: 'The node or edge after the mutation; null when it was refused.' })
  result: NodeEntity | null = null;
}

function archiving(ctx: Context, input: NodeArchiveInput, archive: boolean) {
  return mutate(ctx, NodePayload, { operation: archive ? 'nodeArchive' : 'nodeRestore' }, async (scope) => {
    const decoded = tryFromGlobalId(input.id);
    const found = decoded ? nodeTypes[decoded.type] : undefined;
    if (!found) scope.fail('id', UserErrorCode.INVALID_FORMAT, 'This is not the ID of a node or edge that can be archived.');
    const entity = found!;
    const row = await scope.find(entity, input.id, 'id', { allowArchived: true });
    scope.check();
    if (archive && row!.archivedAt) scope.fail('id', UserErrorCode.ARCHIVED, 'This is already archived.');
    if (!archive && !row!.archivedAt) scope.fail('id', UserErrorCode.NOT_ARCHIVED, 'This is not archived.');
    return scope.update(entity, row!, input.version, { archivedAt: archive ? (() => 'now()') : null } as never, archive ? ChangeOperation.ARCHIVE : ChangeOperation.RESTORE);
  });
}

@Resolver()
export class ArchiveResolver {
  @Mutation(() => NodePayload, {
    description: 'Archives any node or edge instead of deleting it: it stays readable by ID, with its history, and can be restored. Archived objects cannot be linked to new ones.',
  })
  nodeArchive(@Arg('input', () => NodeArchiveInput, { description: 'What to archive.' }) input: NodeArchiveInput, @Ctx() ctx: Context) {
    return archiving(ctx, input, true);
  }

  @Mutation(() => NodePayload, { description: 'Restores an archived node or edge.' })
  nodeRestore(@Arg('input', () => NodeArchiveInput, { description: 'What to restore.' }) input: NodeArchiveInput, @Ctx() ctx: Context) {
    return archiving(ctx, input, false);
  }
}
