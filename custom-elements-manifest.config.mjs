/**
 * @custom-elements-manifest/analyzer settings (npm run manifest).
 *
 * `dispatchEvent(new EduErrorEvent(…))` gives the analyzer an event with a type but no name; the class JSDoc's
 * `@fires {EduErrorEvent} edu-error - …` already names and describes it, so the nameless twin is dropped here rather
 * than shown as a blank row in Storybook's docs. A nameless event with no documented twin is kept, so
 * scripts/check-manifest.mjs fails on it.
 */
export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/components/**/*.styles.ts'],
  litelement: true,
  plugins: [
    {
      // Private and protected members (internal state declared with `state: true`, controllers, handlers) are not
      // API: without this they would show in Storybook's controls and, for `state` entries, as attributes.
      name: 'edu-public-api-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules ?? []) {
          for (const decl of mod.declarations ?? []) {
            const hidden = new Set(
              (decl.members ?? [])
                .filter((m) => m.privacy === 'private' || m.privacy === 'protected')
                .map((m) => m.name),
            );
            if (decl.members) decl.members = decl.members.filter((m) => !hidden.has(m.name));
            if (decl.attributes) decl.attributes = decl.attributes.filter((a) => !hidden.has(a.fieldName));
          }
        }
      },
    },
    {
      name: 'edu-drop-nameless-event-twins',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules ?? []) {
          for (const decl of mod.declarations ?? []) {
            if (!decl.events) continue;
            decl.events = decl.events.filter(
              (e) => e.name || !decl.events.some((other) => other.name && other.type?.text === e.type?.text),
            );
          }
        }
      },
    },
  ],
};
