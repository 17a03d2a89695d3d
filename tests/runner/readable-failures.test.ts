/**
 * The test page's readable-failures.js (web-test-runner.config.mjs): a failed assertion about elements keeps short
 * copies of its values, so the runner can report it. Before it, such a failure inside a Lit-heavy page was never
 * reported and the whole file ended as "did not finish".
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';

function failure(run: () => void): Error & { actual?: unknown; expected?: unknown } {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('the assertion did not fail');
}

describe('failed assertions about elements', () => {
  it('keep each element as its opening tag', async () => {
    const el = await fixture(html`<edu-timeline id="t" layout="vertical" hide-title></edu-timeline>`);
    const error = failure(() => expect(el).to.equal(document.body));
    expect(error.actual).to.match(/^<edu-timeline id="t" layout="vertical" hide-title[ >]/);
    expect(error.expected).to.equal('<body>');
    expect(error.message).to.contain('edu-timeline');
  });

  it('keep lists and plain objects, with their elements described, and other objects by their class', () => {
    const error = failure(() =>
      expect({ list: [document.body, 1, 'two'], at: new Map() }).to.deep.equal({ list: [], at: null }),
    );
    expect(error.actual).to.deep.equal({ list: ['<body>', 1, 'two'], at: '[Map]' });
    expect(error.expected).to.deep.equal({ list: [], at: null });
    // Small enough to send as JSON.
    expect(JSON.stringify(error.actual).length).to.be.below(100);
  });
});
