/**
 * The bundle copied without its edu-timeline-chunks/ folder: a JSON lesson still shows, and a spreadsheet says
 * inside the element that its reader could not be loaded and what to do, instead of staying blank.
 * Needs the built bundle (npm test builds it first; alone: `npm run build:bundle`).
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { EduTimeline } from '../../src/components/timeline/timeline.js';

describe('the bundle without its chunks', function () {
  this.timeout(20_000);

  it('shows JSON lessons, and says why a spreadsheet cannot be read and how to fix it', async () => {
    const bundle = await fetch('/dist/edu-timeline.bundle.js', { method: 'HEAD' });
    expect(bundle.ok, 'dist/edu-timeline.bundle.js exists: run `npm run build:bundle` first').to.equal(true);
    const frame = document.createElement('iframe');
    frame.title = 'bundle without chunks';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/tests/no-chunks/index.html';
    document.body.append(frame);
    try {
      await loaded;
      const doc = frame.contentDocument!;
      const json = doc.getElementById('json') as EduTimeline;
      const csv = doc.getElementById('csv') as EduTimeline;
      await waitUntil(() => json.lesson && csv.shadowRoot?.querySelector('[role="alert"]'), 'both settled', {
        timeout: 15_000,
      });
      expect(json.lesson!.events[0].title).to.equal('A lesson file needs no chunk');
      expect(csv.lesson).to.equal(null);
      const alert = csv.shadowRoot!.querySelector('[role="alert"]')!.textContent!.replace(/\s+/g, ' ');
      expect(alert).to.contain('the reader for spreadsheet (CSV) files could not be loaded');
      expect(alert).to.contain('keep the files of the dist folder together');
    } finally {
      frame.remove();
    }
  });
});
