package site

import (
	"context"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/secdoc/secdoc/generator/history"
	"github.com/secdoc/secdoc/generator/load"
	"github.com/secdoc/secdoc/generator/model"
	"github.com/secdoc/secdoc/generator/render"
)

// Reader is a history.Log that also reads a root's full history; the Git
// log is one. A Log that is not leaves pages without history.
type Reader interface {
	Read(ctx context.Context, root string) *history.Repo
}

// Version is a record as it stood after one commit.
type Version struct {
	Change history.Change
	Record *model.Record // nil when the file was deleted or no longer decodes
}

// gitHistory is the history of the site's files, read once per load.
type gitHistory struct {
	root     *history.Repo               // the site root's; nil without Git
	files    map[string]*history.FileLog // by source path
	versions map[string][]Version        // by source path, newest first
}

// readHistory reads the Git history of the site root and of each mount
// from the command line, one `git log` and one `git cat-file` per
// repository, and works out each record's change history.
func (s *Site) readHistory(ctx context.Context) *gitHistory {
	h := &gitHistory{files: map[string]*history.FileLog{}, versions: map[string][]Version{}}
	log := s.opts.History
	if log == nil {
		log = history.Git{}
	}
	rd, ok := log.(Reader)
	if !ok {
		return h
	}
	h.root = rd.Read(ctx, s.root.Name())
	repos := []struct {
		repo   *history.Repo
		prefix string
	}{{h.root, ""}}
	for _, m := range s.opts.Mounts {
		repos = append(repos, struct {
			repo   *history.Repo
			prefix string
		}{rd.Read(ctx, m.Source), MountSource(m.Source) + "/"})
	}
	for _, repo := range repos {
		s.recordHistory(ctx, h, repo.repo, repo.prefix)
	}
	return h
}

// recordHistory fills in the history of the records whose sources start
// with prefix, read from repo.
func (s *Site) recordHistory(ctx context.Context, h *gitHistory, repo *history.Repo, prefix string) {
	var ids []string
	var mine []string
	for _, r := range s.Records {
		rel, ok := cutPrefix(r.Source, prefix)
		if !ok {
			continue
		}
		if prefix == "" && (strings.HasPrefix(r.Source, "../") || filepath.IsAbs(r.Source) || strings.HasPrefix(r.Source, "/")) {
			continue
		}
		fl := &history.FileLog{State: history.StateNoGit}
		h.files[r.Source] = fl
		if repo == nil {
			continue
		}
		fl.Shallow, fl.State = repo.Shallow, history.StateUncommitted
		changes := repo.File(rel)
		if len(changes) == 0 {
			continue
		}
		fl.State, fl.Last = history.StateCommitted, changes[0].Commit
		mine = append(mine, r.Source)
		for i, c := range changes {
			if c.Blob == "" || i == 0 && c.Blob == s.blobIDs[r.Source] {
				continue // the newest version is the file as read: no need to fetch it
			}
			ids = append(ids, c.Blob)
		}
	}
	if repo != nil && prefix == "" {
		// Records since deleted, for the changes page.
		for p, changes := range repo.Files {
			if h.files[p] == nil && changes[0].Status == 'D' && strings.HasPrefix(p, "content/") && load.Matches(s.readers, p) {
				mine = append(mine, p)
				for _, c := range changes {
					if c.Blob != "" {
						ids = append(ids, c.Blob)
					}
				}
			}
		}
		sort.Strings(mine)
	}
	blobs := repo.Blobs(ctx, ids)
	current := map[string]*model.Record{}
	for _, r := range s.Records {
		if _, dup := current[r.Source]; dup {
			current[r.Source] = nil // a file of several records: decode its versions
		} else {
			current[r.Source] = r
		}
	}
	for _, src := range mine {
		rel, _ := cutPrefix(src, prefix)
		changes := repo.File(rel)
		vs := make([]Version, len(changes))
		for i, c := range changes {
			if i == 0 && c.Blob != "" && c.Blob == s.blobIDs[src] && current[src] != nil {
				vs[i] = Version{Change: c, Record: current[src]}
				continue
			}
			vs[i] = Version{Change: c, Record: s.decodeOld(src, blobs[c.Blob])}
		}
		h.versions[src] = vs
		if f := h.files[src]; f != nil {
			f.Entries = entries(vs)
		}
	}
}

// entries turns a file's versions, newest first, into its change history.
func entries(vs []Version) []history.Entry {
	out := make([]history.Entry, len(vs))
	for i, v := range vs {
		e := history.Entry{Commit: v.Change.Commit, Created: v.Change.Status == 'A', RenamedFrom: v.Change.From}
		if i+1 < len(vs) && !e.Created {
			e.Fields = changed(vs[i+1].Record, v.Record)
		}
		out[i] = e
	}
	return out
}

// changed lists the Tracked fields whose values differ between two
// versions of a record.
func changed(before, after *model.Record) []string {
	if before == nil || after == nil {
		return nil
	}
	var out []string
	for _, key := range history.Tracked {
		if fieldValue(before, key) != fieldValue(after, key) {
			out = append(out, key)
		}
	}
	return out
}

// fieldValue is a tracked field's value as a comparable string.
func fieldValue(r *model.Record, key string) string {
	v := r.Text(key) + "\x00" + strconv.Itoa(r.Int(key))
	if d := r.Day(key); !d.IsZero() {
		v += "\x00" + d.String()
	}
	return v + "\x00" + strings.Join(r.Texts(key), "\x00")
}

// decodeOld decodes an old version of the file at src as a record, its
// body left out (the history needs the front matter only); nil when the
// version does not decode to exactly one record.
func (s *Site) decodeOld(src string, data []byte) *model.Record {
	if data == nil {
		return nil
	}
	docs, _ := s.tree.Decode(src, data, s.readers)
	if len(docs) != 1 {
		return nil
	}
	docs[0].Body = nil
	r, _ := model.Decode(docs[0], s.Kinds, s.md)
	return r
}

// cutPrefix cuts prefix from a source path; "" cuts nothing.
func cutPrefix(src, prefix string) (string, bool) {
	if prefix == "" {
		return src, true
	}
	if len(src) > len(prefix) && src[:len(prefix)] == prefix {
		return src[len(prefix):], true
	}
	return "", false
}

// addHistory gives the pages the history read at load.
func (s *Site) addHistory(site *render.Site) {
	if s.git == nil {
		return
	}
	site.History = s.git.files
	site.Changes, site.ChangesDays = s.changes(s.Config.Changes.Days), s.Config.Changes.Days
	if len(s.Risk.Threats) > 0 {
		site.Trend = s.trend()
	}
	site.Log = &history.FileLog{State: history.StateNoGit}
	if r := s.git.root; r != nil {
		site.Log = &history.FileLog{State: history.StateUncommitted, Shallow: r.Shallow, Last: r.Head()}
		if site.Log.Last != nil {
			site.Log.State = history.StateCommitted
		}
	}
}
