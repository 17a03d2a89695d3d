import { expect, waitUntil } from '@open-wc/testing';
import { isFramed, postToHost } from '../../src/controllers/frame-controller.js';

interface Posted {
  subject?: string;
  height?: number;
}

/**
 * A page in a same-origin iframe (as a learning platform shows a lesson), holding a host element that uses the
 * FrameController; every message it posts to this page is collected.
 */
async function framedPage(): Promise<{ frame: HTMLIFrameElement; messages: Posted[]; stop: () => void }> {
  const messages: Posted[] = [];
  const frame = document.createElement('iframe');
  const onMessage = (e: MessageEvent) => {
    if (e.source === frame.contentWindow) messages.push(e.data as Posted);
  };
  window.addEventListener('message', onMessage);
  frame.style.cssText = 'width: 400px; height: 200px; border: 0';
  frame.srcdoc = `<!doctype html><html><body style="margin:0">
    <script type="module">
      import { LitElement, html } from '/node_modules/lit/index.js';
      import { FrameController } from '/src/controllers/frame-controller.ts';
      class FramedHost extends LitElement {
        static properties = { tall: { type: Number } };
        constructor() { super(); this.tall = 300; new FrameController(this); }
        render() { return html\`<div style="height: \${this.tall}px"></div>\`; }
      }
      customElements.define('framed-host', FramedHost);
      document.body.append(document.createElement('framed-host'));
    </script></body></html>`;
  document.body.append(frame);
  return { frame, messages, stop: () => window.removeEventListener('message', onMessage) };
}

describe('FrameController and postToHost', () => {
  it('are silent on a page that is not framed', () => {
    expect(isFramed()).to.equal(false);
    const calls: unknown[] = [];
    const original = window.postMessage.bind(window);
    window.postMessage = ((...args: Parameters<Window['postMessage']>) => {
      calls.push(args);
      original(...args);
    }) as Window['postMessage'];
    try {
      postToHost({ subject: 'edu-timeline.quizComplete', score: 1, total: 2 });
    } finally {
      window.postMessage = original;
    }
    expect(calls).to.deep.equal([]);
  });

  it("tell the framing page the document's height, and again whenever it changes", async () => {
    const { frame, messages, stop } = await framedPage();
    try {
      await waitUntil(() => messages.some((m) => m.subject === 'lti.frameResize'), 'a first height', { timeout: 5000 });
      const first = messages.filter((m) => m.subject === 'lti.frameResize').at(-1)!;
      expect(first.height).to.be.a('number');
      expect(first.height).to.be.at.least(300);
      const host = frame.contentDocument!.querySelector('framed-host') as HTMLElement & { tall: number };
      host.tall = 900;
      await waitUntil(
        () => messages.some((m) => m.subject === 'lti.frameResize' && m.height! >= 900),
        'the new height',
        { timeout: 5000 },
      );
      // One message per change, not one per frame: heights are not repeated.
      const heights = messages.filter((m) => m.subject === 'lti.frameResize').map((m) => m.height);
      expect(new Set(heights).size).to.equal(heights.length);
    } finally {
      stop();
      frame.remove();
    }
  });

  it('stop observing when the last element leaves the framed page', async () => {
    const { frame, messages, stop } = await framedPage();
    try {
      await waitUntil(() => messages.length > 0, 'a first height', { timeout: 5000 });
      const doc = frame.contentDocument!;
      doc.querySelector('framed-host')!.remove();
      const count = messages.length;
      doc.body.style.height = '2000px';
      await new Promise((r) => setTimeout(r, 300));
      expect(messages.length).to.equal(count);
    } finally {
      stop();
      frame.remove();
    }
  });
});
