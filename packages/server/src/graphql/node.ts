import { Field, GraphQLISODateTime, ID, Int, InterfaceType, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { toGlobalId } from './global-id';

@InterfaceType('Node', {
  description:
    'An object with a global ID. Every agency, agreement, domain, person, expert, mission, country and source is a node, and so is every edge that carries its own fields (parties, assignments, lineage, citations).',
})
export abstract class Node {
  @Field(() => ID, { name: 'id', description: 'The global ID of this object: opaque, stable, usable with `node(id)`.' })
  globalId!: string;
}

/**
 * Columns and fields every node table shares. The class name of each concrete entity is
 * its GraphQL type name, which is also the type prefix of its global ID. Decorated so that
 * every node type inherits these fields; the type itself is never reachable in the schema.
 */
@ObjectType('NodeRecord', { description: 'Fields every stored node has.' })
export abstract class NodeEntity implements Node {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => Int, { description: 'Grows by one with every change; updates must send the version they read.' })
  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Field(() => GraphQLISODateTime, { description: 'When this record was created in Coopgraph.' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { description: 'When this record was last changed in Coopgraph.' })
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @Field(() => Boolean, {
    description: 'True for generated demonstration data, which describes no real agency, person or event.',
  })
  @Column({ type: 'boolean', default: false })
  synthetic!: boolean;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When this record was archived (kept with its history, restorable); null while it is current.',
  })
  @Column({ type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;

  get globalId(): string {
    return toGlobalId(this.constructor.name, this.id);
  }
}
