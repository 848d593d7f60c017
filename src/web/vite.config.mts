import react from '@vitejs/plugin-react';
import * as fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';

/** This file's folder, the client's root (the config is an ES module: no __dirname). */
const HERE = path.dirname(fileURLToPath(import.meta.url));
const OUT_DIR = path.join(HERE, '..', '..', 'dist', 'web');

/**
 * Writes a brotli (.br) and a gzip (.gz) copy beside every script, style sheet and SVG of the build,
 * compressed once at the highest levels, so the API server sends them compressed without compressing
 * on each request (serve-web-client.ts, `preCompressed`).
 */
function precompress(): Plugin {
  let outDir = OUT_DIR;
  return {
    name: 'ubnd-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      const assets = path.join(outDir, 'assets');
      if (!fs.existsSync(assets)) return;
      for (const name of fs.readdirSync(assets)) {
        if (!/\.(js|css|svg)$/.test(name)) continue;
        const file = path.join(assets, name);
        const body = fs.readFileSync(file);
        if (body.length < 1024) continue;
        fs.writeFileSync(`${file}.gz`, gzipSync(body, { level: 9 }));
        fs.writeFileSync(
          `${file}.br`,
          brotliCompressSync(body, {
            params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
          }),
        );
      }
    },
  };
}

const EARLY_REQUESTS = path.join(HERE, 'early-requests.ts');

/**
 * Builds src/web/early-requests.ts as a script of its own (a hashed asset, cached like the others) and puts it
 * first in index.html's head, before the bundle: it starts the page's first API requests while the bundle loads.
 */
function earlyRequests(): Plugin {
  return {
    name: 'ubnd-early-requests',
    apply: 'build',
    buildStart() {
      this.emitFile({ type: 'chunk', id: EARLY_REQUESTS, name: 'early-requests' });
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const chunk = Object.values(context.bundle ?? {}).find(
          (output) => output.type === 'chunk' && output.facadeModuleId === EARLY_REQUESTS,
        );
        if (!chunk) throw new Error('early-requests.ts was not built');
        return [
          {
            tag: 'script',
            attrs: { type: 'module', crossorigin: true, src: `/${chunk.fileName}` },
            injectTo: 'head-prepend',
          },
        ];
      },
    },
  };
}

// The client is built into dist/web, which the API server serves at `/`.
// `npm run dev` serves it with hot reload and passes /api to the API (API_URL, default http://localhost:3000).
export default defineConfig({
  root: HERE,
  plugins: [react(), earlyRequests(), precompress()],
  build: {
    outDir: OUT_DIR,
    emptyOutDir: true,
    // dist/web/.vite/manifest.json: which chunks each route imports, read by the web benchmark
    // (scripts/bench/web-bench.ts) to tell the entry route's scripts from those loaded later on demand.
    manifest: true,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Everything the entry imports statically in one chunk rather than many small ones the page requests
          // one by one; early-requests.ts, an entry of its own, stays apart.
          groups: [{ name: 'core', tags: ['$initial'], test: (id) => id !== EARLY_REQUESTS }],
        },
      },
    },
  },
  server: {
    proxy: { '/api': { target: process.env.API_URL ?? 'http://localhost:3000', changeOrigin: false } },
  },
});
