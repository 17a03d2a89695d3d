/* global window, document */
// Loaded first by strict.html, before the bundle: records every Content Security Policy violation the page reports
// (blocked scripts, styles, Trusted Types sinks) and every edu-load / edu-error, for tests/security/csp.test.ts to read.
window.__csp = { violations: [], loads: [], errors: [], pageErrors: [] };
document.addEventListener('securitypolicyviolation', (e) => {
  window.__csp.violations.push({
    directive: e.violatedDirective,
    blocked: e.blockedURI,
    sample: e.sample,
    source: `${e.sourceFile}:${e.lineNumber}`,
  });
});
document.addEventListener('edu-load', (e) => window.__csp.loads.push(e.target.localName));
document.addEventListener('edu-error', (e) => window.__csp.errors.push(e.detail.problems));
window.addEventListener('error', (e) => window.__csp.pageErrors.push(String(e.message)));
window.addEventListener('unhandledrejection', (e) => window.__csp.pageErrors.push(String(e.reason)));
