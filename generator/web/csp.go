package web

// CSP is the Content-Security-Policy every page declares: nothing but the
// site's own scripts, styles, fonts and images runs or loads. Servers send
// HeaderCSP instead.
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'"

// HeaderCSP is the policy a server sends as a header: the one the pages
// declare, so what passes here passes on any host, and a ban on framing,
// which only a header can express (browsers ignore "frame-ancestors", with a
// console warning, in a meta element).
const HeaderCSP = CSP + "; frame-ancestors 'none'"
