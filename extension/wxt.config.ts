import { defineConfig } from 'wxt';

// Host access up front only for pages on this machine (the default API on localhost, local development);
// every other site is asked per site at run time. The e2e build (`STAGEWIJZER_E2E=1 wxt build`) has the same
// manifest and only builds to its own folder (.output/chrome-mv3-e2e).
const e2e = process.env.STAGEWIJZER_E2E === '1';

// The checklist engine (`@stagewijzer/server/checklist`, server/src/checklist) is pure TypeScript,
// bundled into the background and the PDF viewer: the document text never leaves the browser for
// the checklist. The content script asks the background; only when the background cannot be reached
// does it load the engine from its own file (checklist-engine.js, web-accessible for that reason),
// so content.js stays small (build.test.ts holds it under 60 kB).

export default defineConfig({
  manifestVersion: 3,
  // Every module imports what it uses; no auto-imports.
  imports: false,
  outDirTemplate: e2e ? '{{browser}}-mv{{manifestVersion}}-e2e' : '{{browser}}-mv{{manifestVersion}}',
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    build: { chunkSizeWarningLimit: 2000 },
  }),
  manifest: ({ browser }) => ({
    name: 'Stagewijzer',
    version: '0.1.0',
    description: 'Controleert stageplannen en -overeenkomsten tegen de wet en het inspectierapport.',
    permissions: ['activeTab', 'contextMenus', 'storage', 'scripting', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    host_permissions: ['http://127.0.0.1/*', 'http://localhost/*'],
    action: { default_title: 'Stagewijzer: controleer deze pagina' },
    web_accessible_resources: [{ resources: ['checklist-engine.js'], matches: ['http://*/*', 'https://*/*'] }],
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: { id: 'stagewijzer@example.org', strict_min_version: '128.0' } } } : {}),
  }),
});
