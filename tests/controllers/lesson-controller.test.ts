import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { EventLog, loadSeed } from '../helpers/lesson.js';
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

describe('LessonController: formats and sources', () => {
  const realFetch = window.fetch;
  afterEach(() => {
    window.fetch = realFetch;
  });

  async function loaded(make: () => Promise<EduTimeline>): Promise<EduTimeline> {
    const pending = oneEvent(document, 'edu-load');
    const el = await make();
    await pending;
    await el.updateComplete;
    return el;
  }

  it('inline data, inline CSV and HTML children make no request at all', async () => {
    const requests: string[] = [];
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      requests.push(String(input));
      return realFetch(input, init);
    };
    await loaded(() =>
      fixture<EduTimeline>(
        html`<edu-timeline layout="vertical" .data=${{ events: [{ date: '2021', title: 'A' }] }}></edu-timeline>`,
      ),
    );
    const csv = document.createElement('edu-timeline');
    csv.innerHTML = '<script type="text/csv">date,title\n2021,A</script>';
    await loaded(() => fixture<EduTimeline>(csv));
    await loaded(() =>
      fixture<EduTimeline>(
        html`<edu-timeline
          ><edu-event date="2021"><h3>A</h3></edu-event></edu-timeline
        >`,
      ),
    );
    expect(requests).to.deep.equal([]);
  });

  it('a spreadsheet from src is told by its content, converted, and its problems name rows', async () => {
    const log = new EventLog();
    const el = await loaded(() =>
      fixture<EduTimeline>(
        html`<edu-timeline layout="vertical" src="/tests/fixtures/pakistan-small-arms-2024.csv"></edu-timeline>`,
      ),
    );
    const seed = await loadSeed();
    expect(el.lesson!.events.map((e) => e.id)).to.have.members(seed.events.map((e) => e.id!));
    expect(log.count('edu-error')).to.equal(0);

    window.fetch = () =>
      Promise.resolve(new Response('type,date,title\nevent,2022-11-31,TTP ends ceasefire\nevent,2021,Fine'));
    const bad = await loaded(() =>
      fixture<EduTimeline>(html`<edu-timeline layout="vertical" src="/bad.csv"></edu-timeline>`),
    );
    const problem =
      bad.lesson &&
      log
        .of('edu-error')
        .at(-1)!
        .detail.problems.find((p) => p.path === 'events[0].date');
    expect(problem?.place).to.equal("Row 2 ('TTP ends ceasefire')");
    expect(problem?.message).to.equal('the date 2022-11-31 does not exist (that month has 30 days)');
  });

  it('a TimelineJS file from src is converted; format="json" reads it as a lesson file instead', async () => {
    const url = '/tests/fixtures/pakistan-small-arms-2024-timelinejs.json';
    const converted = await loaded(() =>
      fixture<EduTimeline>(html`<edu-timeline layout="vertical" src=${url}></edu-timeline>`),
    );
    expect(converted.lesson!.events.length).to.be.above(5);

    const log = new EventLog();
    const asJson = await fixture<EduTimeline>(
      html`<edu-timeline layout="vertical" format="json" src=${url}></edu-timeline>`,
    );
    await log.waitFor('edu-error');
    await asJson.updateComplete;
    const problems = log.of('edu-error')[0].detail.problems;
    expect(problems.some((p) => p.message.includes('has no field "start_date"'))).to.equal(true);
  });

  it('an unknown format is a warning, and the format is told from the content', async () => {
    const log = new EventLog();
    const el = await loaded(() =>
      fixture<EduTimeline>(
        html`<edu-timeline
          layout="vertical"
          format="xml"
          .data=${{ events: [{ date: '2021', title: 'A' }] }}
        ></edu-timeline>`,
      ),
    );
    expect(el.lesson!.events.length).to.equal(1);
    const load = log.of('edu-load')[0];
    expect(load.detail.problems[0]).to.include({ severity: 'warning', path: 'format' });
    expect(load.detail.problems[0].message).to.contain('format="xml" is not a format this element reads');
    expect(log.count('edu-error')).to.equal(0);
  });

  it('changing the format attribute reads the same data again', async () => {
    const el = await loaded(() =>
      fixture<EduTimeline>(html`<edu-timeline layout="vertical" .data=${'date,title\n2021,A'}></edu-timeline>`),
    );
    expect(el.lesson!.events.map((e) => e.title)).to.deep.equal(['A']);
    const log = new EventLog();
    el.setAttribute('format', 'json');
    await log.waitFor('edu-error');
    expect(el.lesson).to.equal(null);
  });
});
