// Package render turns linked and analysed records into the site's files.
// Every kind of page and data file is declared once in PageKinds: record
// pages, section lists, the home page, the risk register with its orders,
// heatmap cells and bands, the radiator, the 404 page, api/documents.json,
// risks.json, radiator.json, risks.csv and the sitemap. Each declaration
// names its template set, the pages it makes and what their output depends
// on, which serve's incremental rebuilds ask after an edit. Record pages and
// section lists show what the record kinds declare (facts, columns, JSON).
//
// Trust model: every value from content reaches HTML through html/template,
// which escapes it for its context. Rendered markdown is the only HTML that is
// trusted, and it becomes template.HTML in one place (Renderer.body), after
// goldmark has dropped raw HTML and dangerous URLs.
package render
