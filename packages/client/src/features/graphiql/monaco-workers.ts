// Monaco's web workers, bundled by Vite (`?worker`) and served from this origin: GraphiQL
// loads nothing from a CDN. Set up here, in the app's own source, so that Vite (not its
// dependency pre-bundler, which cannot load `?worker` imports) handles them in development too.
import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker.js?worker';
import JsonWorker from 'monaco-editor/esm/vs/language/json/json.worker.js?worker';
import GraphQLWorker from 'monaco-graphql/esm/graphql.worker.js?worker';

(globalThis as unknown as { MonacoEnvironment: unknown }).MonacoEnvironment = {
  getWorker(_workerId: string, label: string) {
    if (label === 'json') return new JsonWorker();
    if (label === 'graphql') return new GraphQLWorker();
    return new EditorWorker();
  },
};
