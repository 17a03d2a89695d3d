/* global Element, Node */
// Loaded by the test page (web-test-runner.config.mjs, testRunnerHtml) before mocha and before any test file.
//
// A failed assertion carries its `actual` and `expected` values, and the runner sends both to the terminal as JSON.
// When they are elements (`expect(document.activeElement).to.equal(button)`), that JSON walks everything reachable
// from them: a Lit element's controllers, its host, the lesson, the whole page. It never finished: the failure was
// never reported, and the file ended as "Browser tests did not finish within 180000ms" with none of its tests shown.
// Chai stores both values on the error it throws (`this.actual = …`); a setter on Error.prototype catches that store
// and keeps a short, readable copy instead: elements as their opening tag (`<button id="f-events-0-date" …>`), other
// objects of a class as their class name, arrays and plain objects walked a few levels deep.
(() => {
  const MAX_DEPTH = 4;
  const MAX_ITEMS = 50;

  /** An element as its opening tag, with the attributes that tell it apart; any other node by its name. */
  function describeNode(node) {
    if (!(node instanceof Element)) return `[${node.nodeName}]`;
    const attrs = [...node.attributes]
      .slice(0, 6)
      .map((a) => (a.value === '' ? a.name : `${a.name}="${a.value.slice(0, 60)}"`))
      .join(' ');
    return `<${node.localName}${attrs ? ` ${attrs}` : ''}>`;
  }

  function readable(value, depth) {
    if (value === null || typeof value !== 'object') return value;
    if (typeof Node !== 'undefined' && value instanceof Node) return describeNode(value);
    if (depth >= MAX_DEPTH) return Array.isArray(value) ? `[list of ${value.length}]` : '[object]';
    if (Array.isArray(value)) return value.slice(0, MAX_ITEMS).map((item) => readable(item, depth + 1));
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) {
      if (value instanceof Date || value instanceof RegExp || value instanceof Error) return String(value);
      return `[${value.constructor?.name ?? 'object'}]`;
    }
    const out = {};
    for (const key of Object.keys(value).slice(0, MAX_ITEMS)) out[key] = readable(value[key], depth + 1);
    return out;
  }

  for (const name of ['actual', 'expected']) {
    Object.defineProperty(Error.prototype, name, {
      configurable: true,
      get() {
        return undefined;
      },
      set(value) {
        Object.defineProperty(this, name, {
          value: readable(value, 0),
          writable: true,
          enumerable: true,
          configurable: true,
        });
      },
    });
  }
})();
