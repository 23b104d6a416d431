package render

import (
	"strings"

	"github.com/secdoc/secdoc/generator/history"
)

// Changed returns the Git history of the page's file: its record's, or
// the site root's for a page made of many records. It is nil when the
// build read no history at all.
func (p *Page) Changed() *history.FileLog {
	if p.Record != nil && p.Site.History != nil {
		if f := p.Site.History[p.Record.Source]; f != nil {
			return f
		}
		if p.Site.Log != nil && p.Site.Log.State != history.StateNoGit {
			// A record added since the history was read (in serve).
			return &history.FileLog{State: history.StateUncommitted, Shallow: p.Site.Log.Shallow}
		}
	}
	return p.Site.Log
}

// History returns the change history of the page's record, newest first,
// at most n entries.
func (p *Page) History(n int) []history.Entry {
	if p.Record == nil {
		return nil
	}
	f := p.Site.History[p.Record.Source]
	if f == nil {
		return nil
	}
	return f.Entries[:min(n, len(f.Entries))]
}

// fieldWords names the tracked fields an entry changed, for people.
func fieldWords(keys []string) string { return strings.Join(keys, ", ") }
