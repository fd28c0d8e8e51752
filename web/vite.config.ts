import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const apiTarget = process.env.PENATA_API ?? 'http://127.0.0.1:3000';

/**
 * The web app: built into web/dist (served by the Penata server), or served by Vite's dev server
 * with /api proxied to a running Penata server. The manifest lets scripts/report-bundle-size.mjs
 * measure the JavaScript a first visit downloads.
 */
export default defineConfig({
  root: webRoot,
  plugins: [react()],
  server: {
    host: '127.0.0.1',
    port: 5173,
    proxy: { '/api': { target: apiTarget, changeOrigin: false } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    manifest: true,
    chunkSizeWarningLimit: 900,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // React and the router: needed on every page, rarely change.
            {
              name: 'vendor-react',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/,
              priority: 30,
            },
            // The part of Ant Design the shell needs; components used only by lazy pages stay with them.
            {
              name: 'vendor-antd',
              test: /node_modules[\\/](antd|@ant-design|@rc-component|@babel[\\/]runtime|dayjs|clsx)[\\/]/,
              tags: ['$initial'],
              priority: 20,
            },
            { name: 'vendor-echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/, priority: 20 },
            { name: 'vendor', test: /node_modules[\\/]/, tags: ['$initial'], priority: 10 },
          ],
        },
      },
    },
  },
});
