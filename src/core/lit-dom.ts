/**
 * The document's own methods, for lit-html: with `<form name="createTreeWalker">` (a named form is
 * allowed in a WordPress post to every author) or `<img name="createElement">` anywhere on the host
 * page, `document.createTreeWalker` is that element, and lit-html stops at start-up: no component
 * renders. A page's named elements win over the document's methods, and an own property on the
 * document does not hide them (tried in Chromium). The CDN build makes lit-html call the methods
 * from here, on the document (.ci/clobber-safe.mjs); an app that bundles Lit itself uses Lit as it is.
 */
export const documentMethods = Document.prototype;
