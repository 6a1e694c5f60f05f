import { GraphQLScalarType } from 'graphql';
import { LocalDateResolver } from 'graphql-scalars';

/** A calendar day without time zone, `YYYY-MM-DD`; stored as PostgreSQL `date`. */
export const DateScalar = new GraphQLScalarType({
  ...LocalDateResolver.toConfig(),
  name: 'Date',
  description: 'A calendar day without a time zone, written YYYY-MM-DD (ISO 8601), for example 2017-06-02.',
  specifiedByURL: 'https://www.iso.org/iso-8601-date-and-time-format.html',
});
