// TimelineJS 3 (dist/js/timeline.js, loaded by tljs.html as the global `TL`) under the bench harness.
/* global window, URL */
import { install, signalOrTimeout } from './harness.js';

// Absolute: TimelineJS resolves its font, theme and locale files with new URL(file, script_path).
const SCRIPT_PATH = new URL('/node_modules/@knight-lab/timelinejs/dist/js/', window.location.href).href;
let timeline = null;
let container = null;
let missedSignals = 0;

install({
  name: 'TimelineJS',
  panTargetName: '.tl-timenav',

  // Its JSON format: the lesson title as the title slide, each event as a slide with a headline and text.
  prepare: (lesson) => ({
    title: { text: { headline: lesson.title } },
    events: lesson.events.map((ev) => {
      const [year, month, day] = ev.date.split('-').map(Number);
      return {
        unique_id: ev.id,
        start_date: { year, month, day },
        text: { headline: ev.title, text: ev.description },
      };
    }),
  }),

  create(target, data) {
    container = target;
    timeline = new window.TL.Timeline(target, data, {
      // Its fonts, theme and locale files come from this server, not from its CDN (the default script_path).
      script_path: SCRIPT_PATH,
      // Animations last `duration` ms (default 1000; 0 means the default): 1 ms makes next/previous land in the
      // next frame, so the measure is its work, not its animation.
      duration: 1,
    });
    const done = new Promise((resolve) => timeline.on('loaded', () => resolve()));
    return { done };
  },

  async step(dir) {
    let listener;
    const changed = new Promise((resolve) => {
      listener = () => resolve();
      timeline.on('change', listener);
    });
    if (dir > 0) timeline.goToNext();
    else timeline.goToPrev();
    if (!(await signalOrTimeout(changed))) missedSignals++;
    timeline.off('change', listener);
  },

  items: () => ({
    expected: timeline?.config?.events?.length ?? 0,
    inDom: container ? container.querySelectorAll('.tl-timemarker').length : 0,
    slides: container ? container.querySelectorAll('.tl-slide').length : 0,
  }),

  panTarget: () => container?.querySelector('.tl-timenav'),

  info: () => ({ missedSignals }),
});
