import { Arg, Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MutationPayload } from '../../graphql/mutation';
import { UserError } from '../../graphql/user-errors';
import { ImportAction } from './import.service';

export const MAX_IMPORT_CHARACTERS = 900_000;

export enum ImportFormatEnum {
  CSV = 'csv',
  JSON = 'json',
}

registerEnumType(ImportFormatEnum, {
  name: 'ImportFormat',
  description: 'The format of an import file.',
  valuesConfig: {
    CSV: { description: 'Comma-separated values with a header line naming the columns (RFC 4180); lists separated by `;`.' },
    JSON: { description: 'An array of objects, one per row, keyed by column name; lists as arrays or `;`-separated strings.' },
  },
});

registerEnumType(ImportAction, {
  name: 'ImportAction',
  description: 'What an import does (or would do) with a row.',
  valuesConfig: {
    CREATE: { description: 'No record matches the row\'s natural key: it is created.' },
    UPDATE: { description: 'A record matches and some of its values differ: they are updated.' },
    SKIP: { description: 'A record matches and nothing differs.' },
    INVALID: { description: 'The row has problems; while any row has, nothing is written.' },
  },
});

@InputType('ImportInput', { description: 'An import file and how to treat it.' })
export class ImportInput {
  @Field(() => ImportFormatEnum, { description: 'CSV or JSON.' })
  format!: ImportFormatEnum;

  @Field(() => String, { description: `The file's contents (at most ${MAX_IMPORT_CHARACTERS.toLocaleString('en')} characters; use the command-line import for larger files).` })
  contents!: string;

  @Field(() => Boolean, { description: 'True: report what would happen to every row and write nothing. False: apply, all or nothing.' })
  dryRun!: boolean;
}

@ObjectType('ImportRow', { description: 'What an import does with one row, and the row\'s problems.' })
export class ImportRow {
  @Field(() => Int, { description: 'The row\'s line in a CSV file (the header is line 1), or its position in a JSON array (from 1).' })
  line!: number;

  @Field(() => String, { description: 'The row\'s natural key (e-mail address, agreement reference).' })
  key!: string;

  @Field(() => ImportAction, { description: 'Create, update, skip, or invalid.' })
  action!: ImportAction;

  @Field(() => [UserError], { description: 'The row\'s problems, each on its column (`field` is the column name).' })
  problems!: UserError[];
}

@ObjectType('ImportSummary', { description: 'How many rows an import creates, updates, skips, or cannot take.' })
export class ImportSummary {
  @Field(() => Int, { description: 'Rows in the file.' })
  total!: number;

  @Field(() => Int, { description: 'Rows that create a record.' })
  create!: number;

  @Field(() => Int, { description: 'Rows that update a record.' })
  update!: number;

  @Field(() => Int, { description: 'Rows that change nothing.' })
  skip!: number;

  @Field(() => Int, { description: 'Rows with problems.' })
  invalid!: number;
}

@ObjectType('ImportPayload', { description: 'The report of an import: per row, what it does or would do.' })
export class ImportPayload extends MutationPayload {
  @Field(() => Boolean, { description: 'True when this was a dry run.' })
  dryRun = true;

  @Field(() => Boolean, { description: 'True when the rows were written (all of them, in one transaction).' })
  applied = false;

  @Field(() => ImportSummary, { nullable: true, description: 'Counts per action; null when the file could not be read.' })
  summary: ImportSummary | null = null;

  @Field(() => Int, { description: 'History entries written.' })
  historyEntries = 0;

  allRows: ImportRow[] = [];

  @Field(() => [ImportRow], { description: 'Every row with its action and problems (or only the rows with problems).' })
  rows(
    @Arg('problemsOnly', () => Boolean, { defaultValue: false, description: 'Only rows with problems.' }) problemsOnly: boolean,
  ): ImportRow[] {
    return problemsOnly ? this.allRows.filter((r) => r.problems.length > 0) : this.allRows;
  }
}
