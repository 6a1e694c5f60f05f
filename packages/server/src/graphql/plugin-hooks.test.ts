import { ApolloServer } from '@apollo/server';
import { immediatePlugin } from './plugin-hooks';

/**
 * Apollo's request pipeline is patched to await only the promises plugin hooks return
 * (patches/@apollo__server@5.5.1.patch). Hooks that return plain values and hooks that return
 * promises must both run in order and be waited for, and a hook that throws must still turn
 * into an error answer, as with the unpatched pipeline.
 */
describe('plugin hooks with and without promises', () => {
  const typeDefs = 'type Query { hello: String }';
  const resolvers = { Query: { hello: () => 'world' } };

  test('plain and promised hooks run in order; a promised willSendResponse is waited for', async () => {
    const calls: string[] = [];
    const server = new ApolloServer({
      typeDefs,
      resolvers,
      plugins: [
        immediatePlugin({
          requestDidStart: () => ({
            didResolveOperation: () => void calls.push('plain didResolveOperation'),
            executionDidStart: () => void calls.push('plain executionDidStart'),
            willSendResponse: ({ response }) => {
              calls.push('plain willSendResponse');
              if (response.body.kind === 'single') response.body.singleResult.extensions = { plain: true };
            },
          }),
        }),
        {
          async requestDidStart() {
            return {
              async didResolveOperation() {
                await new Promise((resolve) => setTimeout(resolve, 5));
                calls.push('promised didResolveOperation');
              },
              async willSendResponse({ response }) {
                await new Promise((resolve) => setTimeout(resolve, 5));
                calls.push('promised willSendResponse');
                if (response.body.kind === 'single') response.body.singleResult.extensions = { ...response.body.singleResult.extensions, promised: true };
              },
            };
          },
        },
      ],
    });
    await server.start();
    try {
      const answer = await server.executeOperation({ query: '{ hello }' });
      expect(answer.body.kind === 'single' && answer.body.singleResult).toMatchObject({ data: { hello: 'world' }, extensions: { plain: true, promised: true } });
      expect(calls).toEqual(['plain didResolveOperation', 'promised didResolveOperation', 'plain executionDidStart', 'plain willSendResponse', 'promised willSendResponse']);
    } finally {
      await server.stop();
    }
  });

  test('a hook that throws, plainly or through a promise, answers an error and runs nothing further', async () => {
    for (const throwing of [
      () => {
        throw new Error('refused plainly');
      },
      async () => {
        throw new Error('refused through a promise');
      },
    ]) {
      let executed = false;
      const server = new ApolloServer({
        typeDefs,
        resolvers: { Query: { hello: () => ((executed = true), 'world') } },
        plugins: [immediatePlugin({ requestDidStart: () => ({ didResolveOperation: throwing }) })],
      });
      await server.start();
      try {
        const answer = await server.executeOperation({ query: '{ hello }' });
        const result = answer.body.kind === 'single' ? answer.body.singleResult : undefined;
        expect(result?.data).toBeUndefined();
        expect(result?.errors?.[0]?.message).toMatch(/^refused (plainly|through a promise)$/);
        expect(executed).toBe(false);
      } finally {
        await server.stop();
      }
    }
  });

  test('responseForOperation: the first plain or promised answer wins and nothing is executed', async () => {
    let executed = false;
    const server = new ApolloServer({
      typeDefs,
      resolvers: { Query: { hello: () => ((executed = true), 'world') } },
      plugins: [
        immediatePlugin({ requestDidStart: () => ({ responseForOperation: () => null }) }),
        {
          async requestDidStart() {
            return {
              async responseForOperation() {
                return { http: { status: undefined, headers: new Map() as never }, body: { kind: 'single' as const, singleResult: { data: { hello: 'from a plugin' } } } };
              },
            };
          },
        },
      ],
    });
    await server.start();
    try {
      const answer = await server.executeOperation({ query: '{ hello }' });
      expect(answer.body.kind === 'single' && answer.body.singleResult.data).toEqual({ hello: 'from a plugin' });
      expect(executed).toBe(false);
    } finally {
      await server.stop();
    }
  });
});
