// Builds the web app into dist/web, which the Orrery server serves at `/`; in development it
// proxies the API to a server on 127.0.0.1:3000 (`orrery serve`; ORRERY_DEV_API overrides).
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('.', import.meta.url));
const api = { target: process.env.ORRERY_DEV_API ?? 'http://127.0.0.1:3000', changeOrigin: false };

/**
 * SVAR Gantt's stylesheet declares its Roboto and Open Sans faces on SVAR's CDN. Orrery loads
 * nothing from other hosts (and its CSP forbids it), so the faces are dropped at build time and
 * SVAR's text falls back to the fonts our CSS gives it (features/schedule/schedule-gantt.css).
 */
function dropSvarCdnFonts(): Plugin {
  return {
    name: 'orrery:drop-svar-cdn-fonts',
    enforce: 'pre',
    transform(code, id) {
      if (!/@svar-ui[\\/].*\.css($|\?)/.test(id)) return null;
      return { code: code.replace(/@font-face\s*\{[^}]*\}/g, ''), map: null };
    },
  };
}

export default defineConfig({
  root,
  plugins: [react(), dropSvarCdnFonts()],
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
