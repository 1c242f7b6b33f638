// The host page's only script of its own (a file, as a strict CSP demands), loaded before the
// widget: it collects every Content-Security-Policy violation for the test to read.
const violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(`${event.violatedDirective} ${event.blockedURI}`);
});
window.cspViolations = violations;
