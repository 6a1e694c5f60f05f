import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { enumCheck } from '../../graphql/enums';

/** The roles, as stored (lower case) and as GraphQL enum values (upper case). */
export enum RoleName {
  ANALYST = 'analyst',
  COORDINATOR = 'coordinator',
  ADMIN = 'admin',
}

registerEnumType(RoleName, {
  name: 'Role',
  description: 'What a user or token may do.',
  valuesConfig: {
    ANALYST: { description: 'Reads the whole registry except personal data (e-mail addresses, phone numbers).' },
    COORDINATOR: { description: 'Reads everything, personal data included, and changes the registry.' },
    ADMIN: { description: 'Everything a coordinator may do, and manages users and API tokens.' },
  },
});

/** A person who signs in to the dashboard with a password. */
@ObjectType('User', { description: 'Someone who signs in to the dashboard with a login and a password.' })
@Entity({ name: 'app_user' })
@Check('CHK_app_user_role', enumCheck('role', RoleName))
export class User {
  @Field(() => ID, { description: 'The user\'s ID.' })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => String, { description: 'The name the user signs in with (case-insensitive).' })
  @Index('UQ_app_user_login', { unique: true })
  @Column({ type: 'text' })
  login!: string;

  /** scrypt$N$r$p$salt$hash, base64url. */
  @Column({ type: 'text' })
  passwordHash!: string;

  @Field(() => RoleName, { description: 'What the user may do.' })
  @Column({ type: 'text' })
  role!: RoleName;

  @Column({ type: 'integer', default: 0 })
  failedLogins!: number;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Until when the account is locked after repeated failed logins; null when it is not.' })
  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the user last signed in.' })
  @Column({ type: 'timestamptz', nullable: true })
  lastLoginAt!: Date | null;

  @Field(() => GraphQLISODateTime, { description: 'When the user was created.' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** A signed-in browser. The cookie holds a random secret; the table holds its SHA-256. */
@Entity({ name: 'session' })
export class Session {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('UQ_session_secret_hash', { unique: true })
  @Column({ type: 'text' })
  secretHash!: string;

  @Index()
  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<User>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Index()
  @Column({ type: 'timestamptz' })
  expiresAt!: Date;
}

/** An API token for programs. Only its SHA-256 is stored; the secret is shown once. */
@ObjectType('ApiToken', { description: 'A token programs send as `Authorization: Bearer <secret>`. The secret is shown once, when the token is created.' })
@Entity({ name: 'api_token' })
@Check('CHK_api_token_role', enumCheck('role', RoleName))
export class ApiToken {
  @Field(() => ID, { description: 'The token\'s ID (not its secret), for `apiTokenRevoke`.' })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => String, { description: 'What the token is for ("nightly export", "Jupyter, Anna").' })
  @Column({ type: 'text' })
  name!: string;

  @Index('UQ_api_token_secret_hash', { unique: true })
  @Column({ type: 'text' })
  secretHash!: string;

  @Field(() => RoleName, { description: 'What the token may do.' })
  @Column({ type: 'text' })
  role!: RoleName;

  @Field(() => String, { description: 'Who created the token (`user:<id>`, `token:<id>` or `cli`).' })
  @Column({ type: 'text' })
  createdBy!: string;

  @Field(() => GraphQLISODateTime, { description: 'When the token was created.' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { description: 'When the token stops working.' })
  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the token was revoked; null while it is not.' })
  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the token was last used (to the minute); null if never.' })
  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt!: Date | null;
}

/** The access log of personal data: who read which field of whom, and when. */
@Entity({ name: 'personal_data_read' })
@Index(['subjectId', 'readAt'])
export class PersonalDataReadLog {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Index()
  @CreateDateColumn({ type: 'timestamptz' })
  readAt!: Date;

  @Index()
  @Column({ type: 'text' })
  actor!: string;

  @Column({ type: 'text', nullable: true })
  requestId!: string | null;

  @Column({ type: 'text' })
  subjectType!: string;

  @Column({ type: 'uuid' })
  subjectId!: string;

  @Column({ type: 'text' })
  field!: string;
}
