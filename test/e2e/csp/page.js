// The host page's own script (a file, as a strict CSP demands): gives the widget a backend.
const violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(`${event.violatedDirective} ${event.blockedURI}`);
});
window.cspViolations = violations;
await customElements.whenDefined('bt-booking');
document.querySelector('bt-booking').adapter = new window.borgertid.MemoryAdapter();
