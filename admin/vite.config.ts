import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The API serves dist/ at `/` and itself under `/api` on the same origin; in dev, vite forwards `/api` to it.
export default defineConfig({
  plugins: [react()],
  base: '/',
  server: {
    port: 5173,
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: false } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // No source maps in production: they would double what the API serves and expose nothing users need.
    sourcemap: false,
    // react-admin + MUI make one large vendor chunk by nature; the warning would only be noise.
    chunkSizeWarningLimit: 2000,
  },
});
