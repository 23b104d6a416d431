// Package site runs the whole pipeline for one site root: the readers load
// the content files, which are decoded in parallel against the record kinds'
// declarations, linked, analysed, rendered in parallel and written to the
// destination folder atomically. A Session keeps a site in memory for serve
// and renders again only the pages a change alters, as the page kinds
// declare. The date every ageing rule uses comes from the Options' clock.
//
// Trust model: content is read through an os.Root, so no path or link
// leads outside the site root. A build never writes outside its
// destination. Output paths are made from slugs that cannot hold
// separators or dots, and every write goes through an os.Root opened on a
// fresh temporary folder beside the destination. The destination is only
// replaced when the whole build has succeeded, and only when it is empty or
// was written by secdoc before.
package site
