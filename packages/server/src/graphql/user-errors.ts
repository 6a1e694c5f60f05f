import { Field, ObjectType, registerEnumType } from 'type-graphql';

/**
 * Stable codes of `userErrors` and `warnings`. Clients branch on the code; the message is
 * for people and may change.
 */
export enum UserErrorCode {
  REQUIRED = 'REQUIRED',
  TOO_LONG = 'TOO_LONG',
  INVALID_FORMAT = 'INVALID_FORMAT',
  INVALID_VALUE = 'INVALID_VALUE',
  NOT_FOUND = 'NOT_FOUND',
  WRONG_TYPE = 'WRONG_TYPE',
  TAKEN = 'TAKEN',
  DATE_ORDER = 'DATE_ORDER',
  OUTSIDE_AGREEMENT_PERIOD = 'OUTSIDE_AGREEMENT_PERIOD',
  COUNTRY_NOT_COVERED = 'COUNTRY_NOT_COVERED',
  EXPERT_DOUBLE_BOOKED = 'EXPERT_DOUBLE_BOOKED',
  EXPERT_UNAVAILABLE = 'EXPERT_UNAVAILABLE',
  ILLEGAL_TRANSITION = 'ILLEGAL_TRANSITION',
  CONFLICT = 'CONFLICT',
  ARCHIVED = 'ARCHIVED',
  NOT_ARCHIVED = 'NOT_ARCHIVED',
  ALREADY_LINKED = 'ALREADY_LINKED',
  NOT_LINKED = 'NOT_LINKED',
  IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED',
  FORBIDDEN = 'FORBIDDEN',
  DUPLICATE_IN_FILE = 'DUPLICATE_IN_FILE',
  TOO_LARGE = 'TOO_LARGE',
  UNREADABLE = 'UNREADABLE',
}

registerEnumType(UserErrorCode, {
  name: 'UserErrorCode',
  description: 'Why a mutation refused its input (in `userErrors`), or what it warns about (in `warnings`).',
  valuesConfig: {
    REQUIRED: { description: 'A value is required here.' },
    TOO_LONG: { description: 'The text is longer than allowed; the message gives the limit.' },
    INVALID_FORMAT: { description: 'The value is not in the expected format (e-mail, phone, ISO code, URL, KBO number, ...).' },
    INVALID_VALUE: { description: 'The value is well-formed but not acceptable here (for example a negative number of days).' },
    NOT_FOUND: { description: 'No object has this ID (or it is of another type than expected).' },
    WRONG_TYPE: { description: 'The ID is of another type than this field expects.' },
    TAKEN: { description: 'Another object already has this unique value (KBO number, IATI id, reference, e-mail, ...).' },
    DATE_ORDER: { description: 'An end comes before its start.' },
    OUTSIDE_AGREEMENT_PERIOD: { description: 'The mission\'s period lies (or may lie) outside its agreement\'s validity.' },
    COUNTRY_NOT_COVERED: { description: 'The country is neither covered by the agreement nor a partner country at that date.' },
    EXPERT_DOUBLE_BOOKED: {
      description: 'The expert is (or may be) assigned to another mission in an overlapping period; can be overridden with `acceptConflicts`.',
    },
    EXPERT_UNAVAILABLE: { description: 'The expert is (or may be) marked unavailable in the mission\'s period.' },
    ILLEGAL_TRANSITION: { description: 'The status cannot change this way; the message names the allowed next statuses.' },
    CONFLICT: {
      description: 'Someone changed the object since you read it: the `version` you sent is stale. The message gives the current version; read again and retry.',
    },
    ARCHIVED: { description: 'The object is archived: restore it first.' },
    NOT_ARCHIVED: { description: 'The object is not archived.' },
    ALREADY_LINKED: { description: 'The link already exists.' },
    NOT_LINKED: { description: 'There is no such link to remove.' },
    IDEMPOTENCY_KEY_REUSED: { description: 'This idempotency key was already used for another operation.' },
    FORBIDDEN: { description: 'The caller may not do this.' },
    DUPLICATE_IN_FILE: { description: 'An import file has two rows with the same natural key (e-mail, reference).' },
    TOO_LARGE: { description: 'The import file is larger than the API accepts; use the command-line import.' },
    UNREADABLE: { description: 'The import file is not valid CSV or JSON, or lacks a required column.' },
  },
});

@ObjectType('UserError', {
  description: 'A problem with a mutation\'s input, on a field, in the coordinator\'s terms. When a mutation returns any, nothing was written.',
})
export class UserError {
  @Field(() => [String], {
    nullable: true,
    description: 'Path to the input field at fault, for example ["input", "plannedEnd"]; null when the problem is not one field\'s.',
  })
  field!: string[] | null;

  @Field(() => String, { description: 'What is wrong and how to fix it, for people.' })
  message!: string;

  @Field(() => UserErrorCode, { description: 'A stable code for programs.' })
  code!: UserErrorCode;
}

export function userError(field: string | string[] | null, code: UserErrorCode, message: string): UserError {
  const path = field === null ? null : Array.isArray(field) ? field : ['input', ...field.split('.')];
  return Object.assign(new UserError(), { field: path, code, message });
}
