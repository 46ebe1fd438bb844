import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { KNOWN_FORUM_MATCHES, TEST_HOST_MATCHES } from './lib/sites';

// The test build (`wxt build --mode test`) also runs on 127.0.0.1 and localhost, for the e2e suite
// and the demo; the store build never matches local or all URLs.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  outDirTemplate: '{{browser}}-mv{{manifestVersion}}{{modeSuffix}}',
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: 'Backcheck',
    description:
      'Sourced evidence notes beside common back-pain claims on fitness forums. Runs entirely in your browser; nothing leaves it.',
    action: { default_title: 'Backcheck' },
    // storage: settings; scripting + optional hosts: sites the user turns on, asked for at that
    // moment; activeTab: the popup may read the current tab's address when the user opens it.
    permissions: ['storage', 'scripting', 'activeTab'],
    // The known forums' hosts: the background injects the annotator there into a page that is a
    // back-pain discussion, and a content script's matches alone do not allow that in Chromium. A
    // host permission ignores the path (all of www.trainerroad.com, not only /forum/) and also
    // shows the extension those hosts' tab addresses and titles; nothing here reads them.
    host_permissions: KNOWN_FORUM_MATCHES,
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'backcheck@backcheck.dev',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {
          // Highlight styles are set on the root and reach the text by highlight inheritance
          // (lib/content/painter.ts); 134 is a version known to have it, with a margin.
          minimum_chrome_version: '134',
        }),
  }),
  hooks: {
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.mode !== 'test') return;
      for (const script of manifest.content_scripts ?? []) {
        script.matches = [...(script.matches ?? []), ...TEST_HOST_MATCHES];
      }
      manifest.host_permissions = [...(manifest.host_permissions ?? []), ...TEST_HOST_MATCHES];
      // Firefox's WebDriver BiDi will not navigate a tab to an extension page, so the e2e suite
      // opens the popup from a local page; only the test build allows that.
      manifest.web_accessible_resources = [
        ...(manifest.web_accessible_resources ?? []),
        { resources: ['popup.html', 'options.html'], matches: TEST_HOST_MATCHES },
      ] as typeof manifest.web_accessible_resources;
    },
  },
});
