import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { actorName, assertCanWrite } from '../../graphql/permissions';
import { userError, UserErrorCode } from '../../graphql/user-errors';
import { ImportInput, ImportPayload, ImportSummary, MAX_IMPORT_CHARACTERS } from './import.inputs';
import { importAgreements, importExperts, type ImportOptions, type ImportReport } from './import.service';
import { parseImport, UnreadableFile, type ImportRecord } from './parse';

type Importer = (dataSource: Context['dataSource'], records: ImportRecord[], options: ImportOptions) => Promise<ImportReport>;

async function runImport(ctx: Context, input: ImportInput, importer: Importer): Promise<ImportPayload> {
  assertCanWrite(ctx);
  const payload = new ImportPayload();
  payload.dryRun = input.dryRun;
  if (input.contents.length > MAX_IMPORT_CHARACTERS) {
    payload.userErrors = [userError('contents', UserErrorCode.TOO_LARGE, `The file has ${input.contents.length} characters; the API takes at most ${MAX_IMPORT_CHARACTERS}. Use \`pnpm import\` for larger files.`)];
    return payload;
  }
  let records: ImportRecord[];
  try {
    records = parseImport(input.format, input.contents);
  } catch (error) {
    if (!(error instanceof UnreadableFile)) throw error;
    payload.userErrors = [userError('contents', UserErrorCode.UNREADABLE, error.message)];
    return payload;
  }
  const report = await importer(ctx.dataSource, records, { dryRun: input.dryRun, actor: actorName(ctx), requestId: ctx.requestId });
  payload.applied = report.applied;
  payload.historyEntries = report.historyEntries;
  payload.summary = Object.assign(new ImportSummary(), { total: report.rows.length, ...report.counts });
  payload.allRows = report.rows;
  if (!input.dryRun && !report.applied) {
    payload.userErrors = [userError('contents', UserErrorCode.INVALID_VALUE, `${report.counts.invalid} row(s) have problems (see \`rows\`): nothing was written.`)];
  }
  return payload;
}

@Resolver()
export class ImportResolver {
  @Mutation(() => ImportPayload, {
    description:
      'Imports experts from CSV or JSON (columns email, givenName, familyName, phones, employerKbo or employerIatiId, languages, domains, summary), matching people on e-mail. Dry run first; apply is all or nothing.',
  })
  expertImport(@Arg('input', () => ImportInput, { description: 'The file.' }) input: ImportInput, @Ctx() ctx: Context): Promise<ImportPayload> {
    return runImport(ctx, input, importExperts);
  }

  @Mutation(() => ImportPayload, {
    description:
      'Imports agreements from CSV or JSON (columns reference, title, kind, status, signedOn, validFrom, validUntil, parties as KBO numbers or IATI ids each with an optional `:role` (signatory when none), countries as ISO codes, domains as keys), matching on reference. Dry run first; apply is all or nothing.',
  })
  agreementImport(@Arg('input', () => ImportInput, { description: 'The file.' }) input: ImportInput, @Ctx() ctx: Context): Promise<ImportPayload> {
    return runImport(ctx, input, importAgreements);
  }
}
