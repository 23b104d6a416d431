package site

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/secdoc/secdoc/generator/diag"
	"github.com/secdoc/secdoc/generator/load"
	"github.com/secdoc/secdoc/generator/model"
	"github.com/secdoc/secdoc/generator/pool"
	"github.com/secdoc/secdoc/generator/render"
)

// Session keeps a site in memory between builds, for serve: an update
// re-reads only the files that changed, links everything again (cheap), and
// renders only the pages whose output those changes can alter. Its output
// never touches the disk. A Session is not safe for concurrent use; the
// snapshots it returns are immutable and may be shared freely.
type Session struct {
	opts  Options
	site  *Site             // configuration, engine and records of the last update
	cache map[string]*entry // decoded files by source path
	last  *Snapshot         // the last good output
	dirty bool              // a build failed since last: render everything next time
	day   model.Date        // the clock's date at the last good build
}

// entry is one decoded content file.
type entry struct {
	data    []byte
	docs    []*load.Document
	records []*model.Record
	diags   diag.List
}

// Snapshot is a complete built site held in memory.
type Snapshot struct {
	Files  map[string][]byte // output path → bytes
	Result *Result
}

// NewSession returns a session for the site described by opts.
func NewSession(opts Options) *Session {
	return &Session{opts: opts, cache: map[string]*entry{}}
}

// Update rebuilds after the files at changed (slash paths relative to the
// site root) changed, or everything when full is set. It reads the clock
// afresh, so an update with no changes at all brings the ageing rules to
// the current date. On a content error it
// returns the error and keeps the previous snapshot as the last good one.
func (s *Session) Update(ctx context.Context, changed []string, full bool) (*Snapshot, error) {
	start := time.Now()
	full = full || s.site == nil || s.needsFull(changed)
	var affected []*model.Record
	var edits []render.Edit // set when every change was to a body alone
	var before render.State
	if s.site != nil {
		before = s.site.state()
	}
	if full {
		if err := s.reload(ctx, changed); err != nil {
			return nil, err
		}
	} else {
		affected, edits = s.refresh(changed)
	}
	site := s.site
	site.now = s.opts.Now()
	// A new day changes the ageing rules and every page's build date, with or
	// without an edit: render everything.
	newDay := s.last != nil && model.NewDate(site.now) != s.day
	site.Records = s.records()
	affected = withFolderDays(affected, site.Records)
	site.analyse(ctx, s.fileDiags())
	res := &Result{Records: site.Counts(), Diagnostics: site.Diagnostics}
	if err := site.Diagnostics.Err(); err != nil {
		s.dirty = true
		return &Snapshot{Result: res}, err
	}
	change := s.change(full || newDay, affected, edits, before)
	files := map[string][]byte{}
	if change != nil {
		for k, v := range s.last.Files {
			files[k] = v
		}
	}
	var mu sync.Mutex
	write := func(p string, data []byte) error {
		mu.Lock()
		files[p] = data
		mu.Unlock()
		return nil
	}
	if err := site.write(ctx, write, res, change); err != nil {
		s.dirty = true
		return nil, err
	}
	res.Duration = time.Since(start)
	s.last, s.dirty, s.day = &Snapshot{Files: files, Result: res}, false, model.NewDate(site.now)
	return s.last, nil
}

// Watches reports whether a change to the file or folder at the slash path
// p, relative to the site root (or inside a --mount, as its Source joined
// with the path in it), can change the site: content, the mounted folders,
// templates, static files, the configuration and the scanner reports. A site root is often a
// code repository, whose other files must not cause rebuilds.
func (s *Session) Watches(p string) bool {
	top, _, nested := strings.Cut(p, "/")
	if nested && (top == load.ContentDir || top == "templates" || top == "static") || !nested && strings.HasPrefix(p, "secdoc.") {
		return true
	}
	if s.site == nil {
		return false
	}
	if dir := path.Clean(s.site.Config.Reports.Dir); p == dir || strings.HasPrefix(p, dir+"/") {
		return true
	}
	for _, m := range s.site.tree.Mounts {
		if p == m.Source || strings.HasPrefix(p, m.Source+"/") {
			return true
		}
	}
	return false
}

// needsFull reports whether a change outside content/ (configuration,
// templates, static files) or to something no reader takes, such as a
// folder, asks for a full rebuild.
func (s *Session) needsFull(changed []string) bool {
	for _, p := range changed {
		place, _ := s.site.tree.Place(p)
		if !strings.HasPrefix(place, load.ContentDir+"/") || !load.Matches(s.site.readers, place) || s.site.tree.Excluded(p) {
			return true
		}
	}
	return false
}

// reload re-reads the configuration and walks the whole content tree, reusing
// the decoded files whose bytes did not change (all of them when the
// configuration changed).
func (s *Session) reload(ctx context.Context, changed []string) error {
	site, err := open(s.opts)
	if err != nil {
		return err
	}
	if s.site != nil {
		s.site.Close()
	}
	if s.site == nil || configChanged(changed) {
		s.cache = map[string]*entry{}
	}
	s.site, s.dirty = site, true
	paths, diags, err := site.tree.Walk(site.readers)
	if err != nil {
		return err
	}
	site.walkDiags = diags
	keep := map[string]bool{}
	for _, p := range paths {
		keep[p] = true
	}
	for p := range s.cache {
		if !keep[p] {
			delete(s.cache, p)
		}
	}
	return s.readAll(ctx, paths)
}

// readAll reads paths in parallel and decodes those whose bytes changed.
func (s *Session) readAll(ctx context.Context, paths []string) error {
	entries := make([]*entry, len(paths))
	pool.Each(len(paths), func(i int) {
		if ctx.Err() == nil {
			entries[i] = s.read(paths[i])
		}
	})
	for i, e := range entries {
		if e != nil {
			s.cache[paths[i]] = e
		}
	}
	return ctx.Err()
}

// read returns the file's entry, reusing the cached one when the bytes match.
func (s *Session) read(p string) *entry {
	data, err := load.ReadBytes(s.site.tree, p)
	if err != nil {
		var l diag.List
		l.Errorf(p, 0, 0, "%v", err)
		return &entry{diags: l}
	}
	if old := s.cache[p]; old != nil && len(old.records) > 0 && bytes.Equal(old.data, data) {
		return old
	}
	f := &load.File{Path: p, Data: data}
	f.Docs, f.Diags = s.site.tree.Decode(p, data, s.site.readers)
	records := s.site.decode(f)
	return &entry{data: data, docs: f.Docs, records: records, diags: f.Diags}
}

// refresh re-reads the changed content files and returns the records they
// held before and hold now and, when every change was to a body alone (same
// front matter, same title), the edits.
func (s *Session) refresh(changed []string) ([]*model.Record, []render.Edit) {
	var affected []*model.Record
	var edits []render.Edit
	bodyOnly := true
	for _, p := range changed {
		old := s.cache[p]
		if old != nil {
			affected = append(affected, old.records...)
		}
		if _, err := fs.Stat(s.site.tree, p); errors.Is(err, fs.ErrNotExist) {
			delete(s.cache, p)
			bodyOnly = false
			continue
		}
		e := s.read(p)
		s.cache[p] = e
		if old == nil || e != old {
			affected = append(affected, e.records...)
		}
		if bodyOnly = bodyOnly && sameHead(old, e); bodyOnly {
			edits = append(edits, render.Edit{Old: old.records[0], New: e.records[0]})
		}
	}
	if !bodyOnly {
		edits = nil
	}
	return affected, edits
}

// sameHead reports whether two versions of a one-record file differ in
// their body alone: the same front matter, byte for byte, the same title
// and the same fields read from the body (an ADR's status paragraph).
func sameHead(old, cur *entry) bool {
	if old == nil || len(old.records) != 1 || len(cur.records) != 1 || len(old.docs) != 1 || len(cur.docs) != 1 {
		return false
	}
	o, c := old.records[0], cur.records[0]
	if o.Title != c.Title || o.BodyLine != c.BodyLine || inferred(old.docs[0]) != inferred(cur.docs[0]) {
		return false
	}
	n := o.BodyLine - 1
	return bytes.Equal(head(old.data, n), head(cur.data, n))
}

// inferred formats the values of the fields a reader read from a
// document's body, positions aside.
func inferred(doc *load.Document) string {
	var b strings.Builder
	for _, f := range doc.Fields {
		if !f.Inferred {
			continue
		}
		fmt.Fprintf(&b, "%s=%q", f.Key, f.Value.Text)
		for _, it := range f.Value.Items {
			fmt.Fprintf(&b, ",%q", it.Text)
		}
		b.WriteByte(';')
	}
	return b.String()
}

// head returns the first n lines of data.
func head(data []byte, n int) []byte {
	end := 0
	for ; n > 0; n-- {
		i := bytes.IndexByte(data[end:], '\n')
		if i < 0 {
			return data
		}
		end += i + 1
	}
	return data[:end]
}

// withFolderDays adds to affected the records whose dates the folder of an
// affected record settles (model.SettleDays): they may read differently now.
func withFolderDays(affected, records []*model.Record) []*model.Record {
	folders := map[string]bool{}
	for _, r := range affected {
		if r.PendingDays() {
			folders[path.Dir(r.Source)] = true
		}
	}
	if len(folders) == 0 {
		return affected
	}
	for _, r := range records {
		if r.PendingDays() && folders[path.Dir(r.Source)] && !slices.Contains(affected, r) {
			affected = append(affected, r)
		}
	}
	return affected
}

// records returns the cached records sorted by source path, as a full load would.
func (s *Session) records() []*model.Record {
	paths := make([]string, 0, len(s.cache))
	for p := range s.cache {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	var out []*model.Record
	for _, p := range paths {
		out = append(out, s.cache[p].records...)
	}
	return out
}

// fileDiags gathers the findings of decoding every cached file.
func (s *Session) fileDiags() diag.List {
	var out diag.List
	for _, e := range s.cache {
		out = append(out, e.diags...)
	}
	return out
}

// configChanged reports whether secdoc's settings or a reader's (the
// log4brains collections) changed, which every decoded file depends on.
func configChanged(changed []string) bool {
	for _, p := range changed {
		if path.Dir(p) == "." && strings.HasPrefix(p, "secdoc.") || p == load.Log4brainsConfig {
			return true
		}
	}
	return false
}
