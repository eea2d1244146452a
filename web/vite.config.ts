import { defineConfig } from 'vite';

// The Nest app serves the built files at / (API under /api); in development Vite proxies /api to it.
export default defineConfig({
  root: import.meta.dirname,
  // Vite's own transform compiles TSX with React's automatic runtime; no plugin (and no Babel) needed.
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      // antd marks its modules "use client" for React Server Components; meaningless in a browser bundle.
      onwarn: (warning, warn) => (warning.code === 'MODULE_LEVEL_DIRECTIVE' ? undefined : warn(warning)),
    },
  },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
