import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import possibleTypes from '../gql/possible-types.json';
import { i18n } from '../i18n';

/** Called when the server says the session is gone (401): the app shows the sign-in page. */
let onUnauthenticated: () => void = () => undefined;
export function setUnauthenticatedHandler(handler: () => void): void {
  onUnauthenticated = handler;
}

export function createApolloClient(uri = '/graphql', fetchImpl?: typeof fetch): ApolloClient {
  // Localized fields follow the interface language (with the server's fallback).
  const language = new ApolloLink((operation, forward) => {
    operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
      headers: { ...headers, 'accept-language': i18n.language },
    }));
    return forward(operation);
  });
  const errors = new ErrorLink(({ error }) => {
    if ((error as { statusCode?: number } | undefined)?.statusCode === 401) onUnauthenticated();
  });
  return new ApolloClient({
    link: ApolloLink.from([errors, language, new HttpLink({ uri, credentials: 'same-origin', fetch: fetchImpl })]),
    cache: new InMemoryCache({
      possibleTypes,
      typePolicies: {
        // Edges and designations with no ID of their own are embedded in their parent.
        FuzzyDate: { keyFields: false },
        Translation: { keyFields: false },
        PageInfo: { keyFields: false },
      },
    }),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}
