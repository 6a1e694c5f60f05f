import { GraphQLScalarType } from 'graphql';
import { LocalDateResolver } from 'graphql-scalars';

const localDate = LocalDateResolver.toConfig();
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A calendar day without time zone, `YYYY-MM-DD`; stored as PostgreSQL `date`. Input is
 * checked in full (a real calendar day); output comes from `date` columns, which hold only
 * real days, so answers only check the form (the full check cost a `Date` and an ISO string
 * per value, 5% of a list of agreements).
 */
export const DateScalar = new GraphQLScalarType({
  ...localDate,
  name: 'Date',
  description: 'A calendar day without a time zone, written YYYY-MM-DD (ISO 8601), for example 2017-06-02.',
  specifiedByURL: 'https://www.iso.org/iso-8601-date-and-time-format.html',
  serialize: (value) => (typeof value === 'string' && DAY.test(value) ? value : localDate.serialize(value)),
});
