import { defineConfig } from 'wxt';

export default defineConfig({
  publicDir: 'assets/public',
  // `browser` from wxt/browser becomes webextension-polyfill's: one promise-based API with the
  // same message semantics in Chrome and Firefox.
  modules: ['@wxt-dev/webextension-polyfill'],
  // Lets two checkouts' builds (or a build and a running test suite) stay out of each other's way.
  outDir: process.env.APPLYFILL_OUT_DIR ?? '.output',
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: 'Applyfill',
    description: 'Fill job applications in one click. Your profile and resume never leave your browser.',
    permissions: ['activeTab', 'scripting'],
    commands: {
      autofill: {
        suggested_key: { default: 'Alt+Shift+F' },
        description: 'Autofill the application on this page',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'applyfill@applyfill.dev',
              // 140 (the current ESR) is the first to read data_collection_permissions.
              strict_min_version: '140.0',
              // Declared for addons.mozilla.org: Applyfill collects and transmits nothing.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  hooks: {
    // The filler (the code that collects and fills) is loaded into a page only when the user reaches
    // for Autofill, by scripting.executeScript, which needs a host permission: exactly the hosts the
    // content scripts already run on, so the extension gains no site it did not have.
    'build:manifestGenerated': (_wxt, manifest) => {
      manifest.host_permissions = [...new Set((manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []))];
    },
  },
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  }),
});
