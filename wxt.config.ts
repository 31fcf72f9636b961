import { defineConfig } from 'wxt';

/**
 * A filler (the code that collects and fills) is loaded as the user reaches for Autofill and runs
 * at the press. V8 compiles each function the first time it runs, which put about a millisecond
 * of compiling between the click and the first field. This comment has Chrome (136 and later)
 * compile the whole file as it loads, on reach instead; other engines read a comment. Added
 * after minification, which would drop it.
 */
const compileFillersOnLoad = {
  name: 'applyfill:compile-fillers-on-load',
  generateBundle(_options: unknown, bundle: Record<string, { type: string; fileName: string; code?: string }>) {
    for (const output of Object.values(bundle)) {
      if (output.type === 'chunk' && /-filler\.js$/.test(output.fileName)) output.code = `//# allFunctionsCalledOnLoad\n${output.code}`;
    }
  },
};

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
    plugins: [compileFillersOnLoad],
  }),
});
