/// <reference types="vite/client" />
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
// Registers every edu-* element, so each story and docs page can use any of them.
import '../src/define.js';

// custom-elements.json is generated (`npm run manifest`) and git-ignored. A glob rather than a plain import keeps
// type-checking and the build working when it is missing; the package scripts generate it before Storybook runs.
const manifests = import.meta.glob<object>('../custom-elements.json', { eager: true, import: 'default' });
const manifest = Object.values(manifests)[0];
if (manifest) {
  setCustomElementsManifest(manifest);
} else {
  console.warn('edu-timeline: custom-elements.json is missing, so docs have no API tables. Run `npm run manifest`.');
}

/**
 * axe-core rules for WCAG 2.2 level A and AA plus Deque's best practices. `target-size` (2.5.8, AA) is off by
 * default in axe, so it is switched on by name. scripts/check-stories.mjs runs the same set on every story.
 */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
    a11y: {
      // A violation fails the story (the panel shows it red and the story's test status is an error).
      test: 'error',
      options: {
        runOnly: { type: 'tag', values: AXE_TAGS },
        rules: {
          'target-size': { enabled: true },
          // Page-level rules cannot hold for one element shown alone in an otherwise empty iframe.
          'landmark-one-main': { enabled: false },
          'page-has-heading-one': { enabled: false },
          region: { enabled: false },
        },
      },
    },
  },
};

export default preview;
