import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';

// The e2e build (`STAGEWIJZER_E2E=1 wxt build --mode e2e`) is the only build that gets host access
// up front, for the local fixture server and the test API. Production asks per site at run time.
const e2e = process.env.STAGEWIJZER_E2E === '1';

// The checklist engine lives in the server workspace; it is pure TypeScript and bundled into the
// content script and the PDF viewer so the document text never leaves the browser.
const checklistEntry = fileURLToPath(new URL('../server/src/checklist/index.ts', import.meta.url));

export default defineConfig({
  manifestVersion: 3,
  // Every module imports what it uses; no auto-imports.
  imports: false,
  outDirTemplate: e2e ? '{{browser}}-mv{{manifestVersion}}-e2e' : '{{browser}}-mv{{manifestVersion}}',
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    resolve: {
      alias: existsSync(checklistEntry)
        ? { '@stagewijzer/server/checklist': checklistEntry }
        : { '@stagewijzer/server/checklist': fileURLToPath(new URL('./utils/checklist-fallback.ts', import.meta.url)) },
    },
    build: { chunkSizeWarningLimit: 2000 },
  }),
  manifest: ({ browser }) => ({
    name: 'Stagewijzer',
    version: '0.1.0',
    description: 'Controleert stageplannen en -overeenkomsten tegen de wet en het inspectierapport.',
    permissions: ['activeTab', 'contextMenus', 'storage', 'scripting', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    ...(e2e ? { host_permissions: ['http://127.0.0.1/*', 'http://localhost/*'] } : {}),
    action: { default_title: 'Stagewijzer: controleer deze pagina' },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'stagewijzer@example.org', strict_min_version: '128.0' } } }
      : {}),
  }),
});
