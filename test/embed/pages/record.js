// Records what would break a host page: uncaught errors and Content-Security-Policy violations.
// A plain external script, so it runs under the strictest policy too.
window.kpiKitEmbed = { errors: [], violations: [] };
window.addEventListener('error', (event) => window.kpiKitEmbed.errors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => window.kpiKitEmbed.errors.push(String(event.reason)));
document.addEventListener('securitypolicyviolation', (event) =>
  window.kpiKitEmbed.violations.push(`${event.violatedDirective}: ${event.blockedURI}`),
);
