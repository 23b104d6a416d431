package livereload

import "bytes"

// Tag is the element that loads the live-reload script into a page.
const Tag = `<script src="` + ScriptPath + `" defer></script>`

// Inject returns page with Tag added just before its </head>, or page itself
// when it has none.
func Inject(page []byte) []byte {
	i := bytes.Index(page, []byte("</head>"))
	if i < 0 {
		return page
	}
	out := make([]byte, 0, len(page)+len(Tag)+1)
	out = append(out, page[:i]...)
	out = append(out, Tag...)
	out = append(out, '\n')
	return append(out, page[i:]...)
}
