import type { Context } from '../../graphql/context';
import { toStoredFuzzyDate } from '../../graphql/inputs';
import { mutate } from '../../graphql/mutation';
import type { NodeEntity } from '../../graphql/node';
import { nodeTypes } from '../../graphql/node-types';
import { UserErrorCode } from '../../graphql/user-errors';
import { LANGUAGE_CODES, text, url } from '../../graphql/validate';
import { tryFromGlobalId } from '../../graphql/global-id';
import { Citation, Source } from './source.entity';
import { CitationPayload, SourcePayload, type NodeCiteSourceInput, type SourceCreateInput, type SourceUpdateInput } from './source.inputs';

export const sourceService = {
  create(ctx: Context, input: SourceCreateInput) {
    return mutate(ctx, SourcePayload, { operation: 'sourceCreate', idempotencyKey: input.idempotencyKey, replay: (m, id) => m.findOneBy(Source, { id }) }, async (scope) => {
      const key = text(scope, 'key', input.key, 100, true);
      if (key && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(key)) scope.error('key', UserErrorCode.INVALID_FORMAT, 'A key is lowercase words joined by dashes.');
      if (key && (await scope.manager.findOneBy(Source, { key }))) scope.error('key', UserErrorCode.TAKEN, `Another source already has the key ${key}.`);
      const title = text(scope, 'title', input.title, 500, true);
      const publisher = text(scope, 'publisher', input.publisher, 200);
      const address = url(scope, 'url', input.url);
      const excerpt = text(scope, 'excerpt', input.excerpt, 5000);
      const language = input.language?.trim().toLowerCase() || null;
      if (language && !LANGUAGE_CODES.has(language)) scope.error('language', UserErrorCode.INVALID_FORMAT, `"${input.language}" is not an ISO 639-1 language code.`);
      const published = toStoredFuzzyDate(scope, 'publishedOn', input.publishedOn);
      scope.check();
      return scope.create(Source, {
        key: key!,
        kind: input.kind,
        title: title!,
        publisher,
        url: address,
        excerpt,
        language,
        published: published?.range ?? null,
        publishedPrecision: published?.precision ?? null,
      });
    });
  },

  update(ctx: Context, input: SourceUpdateInput) {
    return mutate(ctx, SourcePayload, { operation: 'sourceUpdate' }, async (scope) => {
      const before = await scope.find(Source, input.id, 'id');
      const changes: Partial<Source> = {};
      if (input.title != null) changes.title = text(scope, 'title', input.title, 500, true)!;
      if (input.publisher !== undefined) changes.publisher = text(scope, 'publisher', input.publisher, 200);
      if (input.url !== undefined) changes.url = url(scope, 'url', input.url);
      if (input.excerpt !== undefined) changes.excerpt = text(scope, 'excerpt', input.excerpt, 5000);
      scope.check();
      return scope.update(Source, before!, input.version, changes);
    });
  },

  cite(ctx: Context, input: NodeCiteSourceInput) {
    return mutate(ctx, CitationPayload, { operation: 'nodeCiteSource' }, async (scope) => {
      const decoded = tryFromGlobalId(input.subjectId);
      const entity = decoded ? nodeTypes[decoded.type] : undefined;
      let subject: NodeEntity | null = null;
      if (!decoded || !entity) scope.error('subjectId', UserErrorCode.INVALID_FORMAT, 'This is not the ID of a node or edge.');
      else subject = await scope.find(entity, input.subjectId, 'subjectId');
      const source = await scope.find(Source, input.sourceId, 'sourceId');
      const locator = text(scope, 'locator', input.locator, 200);
      const quote = text(scope, 'quote', input.quote, 2000);
      scope.check();
      if (await scope.manager.findOneBy(Citation, { subjectId: subject!.id, sourceId: source!.id })) {
        scope.fail('sourceId', UserErrorCode.ALREADY_LINKED, 'This source is already cited here.');
      }
      return scope.create(Citation, { subjectType: decoded!.type, subjectId: subject!.id, sourceId: source!.id, locator, quote });
    });
  },
};
