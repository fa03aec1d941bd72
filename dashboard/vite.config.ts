import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * Builds the app to dist/: index.html plus content-hashed files under assets/, which the gateway
 * serves at / (same origin as /graphql) with long cache lifetimes. Everything is bundled: no CDN,
 * no web fonts, so the app works with no internet.
 */
export default defineConfig({
  plugins: [react()],
  base: '/',
  build: { outDir: 'dist', assetsDir: 'assets', sourcemap: false, chunkSizeWarningLimit: 1500 },
  server: { proxy: { '/graphql': 'http://localhost:4000', '/ready': 'http://localhost:4000', '/app-config.json': 'http://localhost:4000' } },
});
