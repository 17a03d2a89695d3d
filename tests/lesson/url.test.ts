import { expect } from '@open-wc/testing';
import { LINK_SCHEMES, MEDIA_SCHEMES, safeUrl } from '../../src/lesson/url.js';

describe('safeUrl', () => {
  const base = 'https://school.example/lessons/page.html';

  it('keeps http(s) and mailto links, and http(s) media, made absolute', () => {
    expect(safeUrl('https://example.org/a?b=1#c', LINK_SCHEMES, base)).to.equal('https://example.org/a?b=1#c');
    expect(safeUrl(' mailto:teacher@school.example ', LINK_SCHEMES, base)).to.equal('mailto:teacher@school.example');
    expect(safeUrl('mailto:teacher@school.example', MEDIA_SCHEMES, base)).to.equal(undefined);
    expect(safeUrl('images/map.png', MEDIA_SCHEMES, base)).to.equal('https://school.example/lessons/images/map.png');
    expect(safeUrl('my map.png', MEDIA_SCHEMES, base)).to.equal('https://school.example/lessons/my%20map.png');
  });

  it('refuses every other scheme, however it is disguised', () => {
    for (const url of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      '\u0001javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'blob:https://school.example/uuid',
    ]) {
      expect(safeUrl(url, LINK_SCHEMES, base), JSON.stringify(url)).to.equal(undefined);
    }
  });

  it('refuses markup pasted where an address goes (an embed code, a whole <img> tag), which is no relative path', () => {
    for (const pasted of [
      '<iframe src="https://www.youtube.com/embed/x"></iframe>',
      '<img src=x onerror=alert(1)>',
      '"><script>alert(1)</script>',
    ]) {
      expect(safeUrl(pasted, MEDIA_SCHEMES, base), pasted).to.equal(undefined);
      expect(safeUrl(pasted, LINK_SCHEMES, base), pasted).to.equal(undefined);
    }
    // A real address keeps characters a server allows, percent-encoded by the browser where needed.
    expect(safeUrl('https://example.org/search?q="small arms"', LINK_SCHEMES, base)).to.equal(
      'https://example.org/search?q=%22small%20arms%22',
    );
  });

  it('accepts relative paths on a page opened from a folder, but never turns a file: address into a link online', () => {
    expect(safeUrl('images/map.png', MEDIA_SCHEMES, 'file:///home/t/lesson.html')).to.equal(
      'file:///home/t/images/map.png',
    );
    expect(safeUrl('file:///home/t/images/map.png', MEDIA_SCHEMES, 'file:///home/t/lesson.html')).to.equal(undefined);
  });
});
