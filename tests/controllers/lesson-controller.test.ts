import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { EduTimeline } from '../../src/components/timeline/timeline.js';
import { MAX_LESSON_BYTES } from '../../src/controllers/lesson-controller.js';
import type { EduErrorEvent } from '../../src/events/edu-error.js';

/*
 * Loading from `src` as the page sees it, with window.fetch replaced so that slow, huge or wrong answers can be
 * produced on demand. Every element that takes `src` loads through LessonController, so the timeline stands for all.
 */
const CHUNK = 1024 * 1024;

/** A response body that never ends, one 1 MB chunk per pull, counting how many chunks were asked for. */
function endless(): { body: ReadableStream<Uint8Array>; pulled: () => number } {
  const chunk = new Uint8Array(CHUNK).fill(32);
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulled++;
      controller.enqueue(chunk);
    },
  });
  return { body, pulled: () => pulled };
}

describe('LessonController: loading from src', () => {
  const realFetch = window.fetch;
  afterEach(() => {
    window.fetch = realFetch;
  });

  async function errorFor(make: () => Promise<EduTimeline>): Promise<{ el: EduTimeline; event: EduErrorEvent }> {
    const pending = oneEvent(document, 'edu-error') as Promise<EduErrorEvent>;
    const el = await make();
    const event = await pending;
    await el.updateComplete;
    return { el, event };
  }

  it('gives up after the `timeout` attribute (seconds), aborting the request, and says how to allow more time', async () => {
    let aborted = false;
    window.fetch = (_input, init) =>
      new Promise((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => {
          aborted = true;
          reject(init.signal!.reason as Error);
        });
      });
    const { el, event } = await errorFor(() =>
      fixture<EduTimeline>(html`<edu-timeline layout="vertical" timeout="0.05" src="/slow.json"></edu-timeline>`),
    );
    expect(aborted).to.equal(true);
    const problem = event.detail.problems[0];
    expect(problem.path).to.equal('src');
    expect(problem.message).to.equal('/slow.json did not load within 0.05 seconds');
    expect(problem.fix).to.contain('timeout attribute');
    expect(event.detail.fatal).to.equal(true);
    expect(el.shadowRoot!.querySelector('[role="alert"][part~="error"]')!.textContent).to.contain('did not load');
  });

  it('stops downloading a file larger than the limit and names the limit', async () => {
    const stream = endless();
    window.fetch = () => Promise.resolve(new Response(stream.body));
    const { event } = await errorFor(() =>
      fixture<EduTimeline>(html`<edu-timeline layout="vertical" src="/huge.json"></edu-timeline>`),
    );
    const problem = event.detail.problems[0];
    expect(problem.path).to.equal('src');
    expect(problem.message).to.equal(
      `/huge.json is larger than ${MAX_LESSON_BYTES / 1024 / 1024} MB, the most a lesson file may be`,
    );
    // The stream was cancelled just past the limit, not read to its (endless) end.
    expect(stream.pulled()).to.be.within(MAX_LESSON_BYTES / CHUNK, MAX_LESSON_BYTES / CHUNK + 3);
  });

  it('refuses at once a response that declares a size over the limit', async () => {
    const stream = endless();
    window.fetch = () =>
      Promise.resolve(new Response(stream.body, { headers: { 'content-length': String(MAX_LESSON_BYTES + 1) } }));
    const { event } = await errorFor(() =>
      fixture<EduTimeline>(html`<edu-timeline layout="vertical" src="/declared.json"></edu-timeline>`),
    );
    expect(event.detail.problems[0].message).to.contain('is larger than');
    // Only what the stream buffers by itself was pulled: nothing was read towards the declared size.
    expect(stream.pulled()).to.be.at.most(2);
  });

  it('says when the address answers with a web page instead of a lesson', async () => {
    window.fetch = () =>
      Promise.resolve(
        new Response('<!doctype html><title>Moodle</title>', { headers: { 'content-type': 'text/html' } }),
      );
    const { event } = await errorFor(() =>
      fixture<EduTimeline>(html`<edu-timeline layout="vertical" src="/page"></edu-timeline>`),
    );
    expect(event.detail.problems[0].message).to.equal('the file is a web page (HTML), not a JSON lesson file');
  });

  it('says when the network fails, and what to check', async () => {
    window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    const { event } = await errorFor(() =>
      fixture<EduTimeline>(
        html`<edu-timeline layout="vertical" src="https://elsewhere.example/lesson.json"></edu-timeline>`,
      ),
    );
    const problem = event.detail.problems[0];
    expect(problem.message).to.equal('https://elsewhere.example/lesson.json could not be reached (Failed to fetch)');
    expect(problem.fix).to.contain('CORS');
  });

  it('reads a lesson within the limit normally', async () => {
    const lesson = { title: 'Small', events: [{ date: '2021', title: 'One' }] };
    window.fetch = () => Promise.resolve(new Response(JSON.stringify(lesson)));
    const pending = oneEvent(document, 'edu-load');
    const el = await fixture<EduTimeline>(html`<edu-timeline layout="vertical" src="/small.json"></edu-timeline>`);
    await pending;
    expect(el.lesson!.events.map((e) => e.title)).to.deep.equal(['One']);
  });
});
