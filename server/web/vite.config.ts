import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const samplesDir = fileURLToPath(new URL('../../corpus/samples/', import.meta.url));

const sampleTypes: Record<string, string> = {
  '.json': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

function sampleFiles(): string[] {
  try {
    return readdirSync(samplesDir).filter((name) => statSync(join(samplesDir, name)).isFile());
  } catch {
    return [];
  }
}

/**
 * Serves corpus/samples/ at /samples/ (dev) and copies it into the build (dist/samples/).
 * corpus/samples/ stays the single source of truth.
 */
function samplesPlugin(): Plugin {
  return {
    name: 'stagewijzer-samples',
    configureServer(server) {
      server.middlewares.use('/samples', (req, res, next) => {
        const name = decodeURIComponent((req.url ?? '/').split('?')[0]!.replace(/^\//, ''));
        if (!sampleFiles().includes(name)) return next();
        res.setHeader('Content-Type', sampleTypes[extname(name)] ?? 'application/octet-stream');
        res.end(readFileSync(join(samplesDir, name)));
      });
    },
    generateBundle() {
      for (const name of sampleFiles()) {
        this.emitFile({ type: 'asset', fileName: `samples/${name}`, source: readFileSync(join(samplesDir, name)) });
      }
    },
  };
}

export default defineConfig({
  root: webRoot,
  base: '/',
  plugins: [preact({ devToolsEnabled: false, prefreshEnabled: false }), samplesPlugin()],
  build: {
    outDir: join(webRoot, 'dist'),
    emptyOutDir: true,
    // No inline scripts/styles: a strict CSP (default-src 'self') is applied.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    target: 'es2022',
    rollupOptions: {
      // zod (imported by the contract's schemas, which the page does not bundle) has comments rollup reads as misplaced annotations.
      onLog(level, log, handler) {
        if (log.code === 'INVALID_ANNOTATION' && /node_modules\/zod\//.test(log.id ?? '')) return;
        handler(level, log);
      },
    },
  },
  server: {
    proxy: { '/api': 'http://localhost:8787', '/healthz': 'http://localhost:8787' },
  },
});
