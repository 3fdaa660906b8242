import { defineConfig } from 'vite';

// The web UI (src/web) -> dist/web, served by `claimgraph serve`. Plain DOM and TypeScript, no
// framework: the build stays small, and nothing in it is fetched from elsewhere at run time.
export default defineConfig({
  root: 'src/web',
  base: '/',
  logLevel: 'warn',
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    target: 'es2022',
    // No inline script or data URLs for the CSP: every asset is a file of the server's own origin.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
  },
});
