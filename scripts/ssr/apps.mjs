// The apps of the hydration check (scripts/check-ssr.mjs): rendered to HTML in Node by React's and Vue's
// renderToString, then taken over in Chromium by hydrateRoot and createSSRApp().mount (react-client.mjs,
// vue-client.mjs). Plain createElement / h calls, so Node and Vite run the same file without a JSX step.
import { createElement, useEffect, useRef, useState } from 'react';
import { h, ref } from 'vue';

/**
 * Three timelines, each given the lesson another way, and the app's own line for each, which `edu-select` fills:
 * #prop  `data` and `onedu-select` as JSX props: what React 19 does with custom elements on the client;
 * #ref   `data` and the listener set in an effect, through a ref: the way docs/frameworks.md gives for server rendering;
 * #src   the lesson file's address as the `src` attribute, which the server writes into the HTML;
 * #markup an event written as markup inside the element, which the server writes too.
 */
export function ReactApp({ lesson }) {
  const [viaProp, setViaProp] = useState('');
  const [viaRef, setViaRef] = useState('');
  const timeline = useRef(null);
  useEffect(() => {
    const element = timeline.current;
    element.data = lesson;
    const onSelect = (event) => setViaRef(event.detail.id);
    element.addEventListener('edu-select', onSelect);
    return () => element.removeEventListener('edu-select', onSelect);
  }, [lesson]);
  return createElement(
    'main',
    null,
    createElement('p', { id: 'selected-prop' }, viaProp),
    createElement('p', { id: 'selected-ref' }, viaRef),
    createElement('edu-timeline', {
      id: 'prop',
      layout: 'vertical',
      data: lesson,
      'onedu-select': (event) => setViaProp(event.detail.id),
    }),
    createElement('edu-timeline', { id: 'ref', layout: 'vertical', ref: timeline }),
    createElement('edu-timeline', { id: 'src', layout: 'vertical', src: 'lesson.json' }),
    createElement(
      'edu-timeline',
      { id: 'markup', layout: 'vertical' },
      createElement(
        'edu-event',
        { date: '2024-03' },
        createElement('h3', null, 'Pakistan asks the UN Security Council to press the Taliban'),
      ),
    ),
  );
}

/** One timeline given `.data` and `onEdu-select` in the render function, as examples/vue does in its template. */
export function vueApp(lesson) {
  return {
    setup() {
      const selected = ref('');
      return () =>
        h('main', [
          h('p', { id: 'selected-prop' }, selected.value),
          h('edu-timeline', {
            id: 'prop',
            layout: 'vertical',
            '.data': lesson,
            'onEdu-select': (event) => (selected.value = event.detail.id),
          }),
        ]);
    },
  };
}
