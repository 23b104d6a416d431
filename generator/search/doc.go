// Package search builds the site's offline full-text index: script files
// that MiniSearch (static/vendor/minisearch) loads in the browser.
//
// The index is MiniSearch's own serialised form (serializationVersion 2),
// cut in two: docs.js holds what every search needs (the documents, their
// field lengths and stored fields), and the terms are split into shards by
// their first two characters, so a search loads docs.js and the one shard
// of each word typed, never the whole index. Each file is a script that
// hands its data to window.secdocSearch, because a fetched JSON file fails
// when the site is opened from disk (file://), and a script from the site
// itself passes the site's Content-Security-Policy.
//
// Terms are the runs of letters and digits of a field, lower-cased: the
// tokenizer static/js/search.js gives MiniSearch does the same with the
// query. Shard mirrors the script's shard function.
package search
