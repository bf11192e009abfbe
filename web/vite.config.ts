// Builds the web app into dist/web, which the Orrery server serves at `/`; in development it
// proxies the API to a server on 127.0.0.1:3000 (`orrery serve`; ORRERY_DEV_API overrides).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('.', import.meta.url));
const api = { target: process.env.ORRERY_DEV_API ?? 'http://127.0.0.1:3000', changeOrigin: false };

export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 700,
  },
  server: {
    host: '127.0.0.1',
    proxy: { '/api': api, '/healthz': api, '/readyz': api },
  },
});
