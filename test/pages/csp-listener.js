// The first script of test/pages/csp-page.html (a classic script, so it runs before the modules):
// records every Content-Security-Policy and Trusted Types violation, and every uncaught error, of
// the page in window.__csp for test/core-csp.test.ts.
(() => {
  const record = { violations: [], errors: [] };
  window.__csp = record;
  document.addEventListener(
    'securitypolicyviolation',
    (e) => {
      record.violations.push({
        directive: e.effectiveDirective || e.violatedDirective,
        blocked: e.blockedURI,
        sample: e.sample,
        source: e.sourceFile ? `${e.sourceFile}:${e.lineNumber}:${e.columnNumber}` : '',
      });
    },
    true,
  );
  window.addEventListener('error', (e) => record.errors.push(String(e.message || e.error)));
  window.addEventListener('unhandledrejection', (e) => record.errors.push(String(e.reason)));
})();
