import { ApolloProvider } from '@apollo/client/react';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createApolloClient } from '../src/app/apollo';
import { RouterProvider } from '../src/app/router';
import { i18n } from '../src/i18n';

export interface FakeCall {
  operationName: string;
  variables: Record<string, unknown>;
}

/**
 * A fetch that answers GraphQL operations by name, recording each call: the app's real
 * Apollo Client, links and cache run; only the network is replaced.
 */
export function fakeServer(answers: Record<string, (variables: Record<string, any>) => unknown>) {
  const calls: FakeCall[] = [];
  const fetchImpl = (async (_url: string, init: { body: string }) => {
    const body = JSON.parse(init.body) as { operationName: string; variables: Record<string, unknown> };
    calls.push({ operationName: body.operationName, variables: body.variables });
    const answer = answers[body.operationName];
    const payload = answer ? { data: answer(body.variables ?? {}) } : { errors: [{ message: `No fake answer for ${body.operationName}` }] };
    const text = JSON.stringify(payload);
    return {
      ok: true,
      status: 200,
      headers: { get: (name: string) => (name.toLowerCase() === 'content-type' ? 'application/json' : null) },
      text: async () => text,
      json: async () => payload,
    };
  }) as unknown as typeof fetch;
  return { calls, client: createApolloClient('http://test/graphql', fetchImpl) };
}

export function renderWithApp(ui: ReactElement, client: ReturnType<typeof createApolloClient>) {
  return render(
    <I18nextProvider i18n={i18n}>
      <ApolloProvider client={client}>
        <RouterProvider>{ui}</RouterProvider>
      </ApolloProvider>
    </I18nextProvider>,
  );
}
