// Package markdown parses and renders record bodies with goldmark: GitHub
// flavoured markdown, footnotes, typographic quotes, Unicode heading anchors,
// LaTeX math kept verbatim, and [[wiki links]].
//
// It is a leaf: it knows nothing of records. Parse returns the document's
// tree with its headings and the links it makes; a later stage resolves those
// links and sets their destinations before Render writes the HTML.
//
// Trust model: bodies are untrusted. Raw HTML is never rendered (goldmark's
// safe default is kept), dangerous link and image URLs are dropped by
// goldmark's renderer, and math, whose upstream renderer writes its text raw,
// is rendered here with every byte escaped.
package markdown
