// vis-timeline (standalone UMD build, loaded by vis.html as the global `vis`) under the bench harness.
/* global window */
import { install, signalOrTimeout } from './harness.js';

let timeline = null;
let ids = [];
let index = 0;
let changedAfterRender = 0;
let rendered = false;
let missedSignals = 0;

install({
  name: 'vis-timeline',
  panTargetName: '.vis-panel.vis-center',

  // Box items; the description goes where vis-timeline users put details, the hover tooltip (`title`).
  prepare: (lesson) =>
    lesson.events.map((ev) => ({ id: ev.id, content: ev.title, start: ev.date, title: ev.description })),

  create(container, items) {
    ids = items.map((item) => item.id);
    let resolveDone;
    const done = new Promise((resolve) => {
      resolveDone = resolve;
    });
    // The first 'changed' is emitted inside the constructor, before a listener can be attached; the option
    // onInitialDrawComplete is called (from a setTimeout 0) once the initial draw and fit are done.
    timeline = new window.vis.Timeline(container, items, {
      width: '100%',
      height: '600px',
      onInitialDrawComplete: () => {
        rendered = true;
        resolveDone();
      },
    });
    timeline.on('changed', () => {
      if (rendered) changedAfterRender++;
    });
    return { done };
  },

  async step(dir) {
    index = Math.min(ids.length - 1, Math.max(0, index + dir));
    let listener;
    const changed = new Promise((resolve) => {
      listener = () => resolve();
      timeline.on('changed', listener);
    });
    const before = timeline.getWindow();
    // zoom: false keeps the zoom level (the default, true, zooms a point item to a 10 ms window).
    timeline.setSelection(ids[index], { focus: true, zoom: false, animation: false });
    const after = timeline.getWindow();
    // Two events on the same day: the window does not move, so no redraw and no 'changed' come; the selection
    // itself is drawn synchronously (the item redraws itself), so there is nothing to wait for.
    if (+before.start !== +after.start || +before.end !== +after.end) {
      if (!(await signalOrTimeout(changed))) missedSignals++;
    }
    timeline.off('changed', listener);
  },

  items() {
    const root = timeline?.dom?.root;
    return {
      expected: timeline?.itemsData?.length ?? 0,
      inDom: root ? root.querySelectorAll('.vis-item.vis-box').length : 0,
      changedAfterRender,
    };
  },

  panTarget: () => timeline?.dom?.root?.querySelector('.vis-panel.vis-center'),

  info: () => ({ missedSignals }),
});
