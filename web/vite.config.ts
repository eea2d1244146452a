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
      output: {
        // Charts in their own long-cached chunk, loaded only with the pages that draw them; Ant Design
        // is left to the bundler, so a page downloads only the components it uses.
        manualChunks: (id) => (id.includes('node_modules/echarts') || id.includes('node_modules/zrender') ? 'charts' : undefined),
      },
    },
  },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
