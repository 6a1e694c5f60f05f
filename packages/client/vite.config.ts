import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// `pnpm dev` serves the app with live reload and forwards API paths to the server
// (COOPGRAPH_API, default http://127.0.0.1:4000), so cookies stay same-origin.
const api = process.env.COOPGRAPH_API ?? 'http://127.0.0.1:4000';
const proxied = ['/graphql', '/export.csv', '/auth', '/health', '/ready'];

export default defineConfig({
  plugins: [react()],
  server: {
    host: '127.0.0.1',
    port: Number(process.env.CLIENT_PORT ?? 5173),
    proxy: Object.fromEntries(proxied.map((path) => [path, { target: api, changeOrigin: false }])),
  },
  build: {
    outDir: 'dist',
    assetsDir: 'assets',
    sourcemap: false,
    manifest: true,
    // GraphiQL's editor (Monaco) is large; it is its own lazy chunk, never in the initial load.
    chunkSizeWarningLimit: 4000,
    rolldownOptions: {
      onwarn(warning, warn) {
        // React-compiled dependencies carry "use no memo" directives that bundling drops harmlessly.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
});
