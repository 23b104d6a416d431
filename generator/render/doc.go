// Package render turns linked records into the site's files: an HTML page per
// record, a list page per section, the home and 404 pages, the machine-readable
// api/documents.json and, when the site has a base URL, sitemap.xml.
//
// Trust model: every value from content reaches HTML through html/template,
// which escapes it for its context. Rendered markdown is the only HTML that is
// trusted, and it becomes template.HTML in one place (Page.Body), after
// goldmark has dropped raw HTML and dangerous URLs.
package render
