package link

import (
	"path"
	"sort"
	"strings"

	"github.com/secdoc/secdoc/generator/diag"
	"github.com/secdoc/secdoc/generator/model"
)

// Index finds records by id (case-insensitively) and by source path.
type Index struct {
	byID     map[string]*model.Record
	bySource map[string]*model.Record
	byPlace  map[string]*model.Record // mounted files by where they appear under content/
}

// Lookup returns the record with the given id.
func (ix *Index) Lookup(id string) *model.Record { return ix.byID[strings.ToLower(id)] }

// From returns the record a reference to id written in r means: the one
// of r's own collection when r is in a mount with an id prefix, else the one
// with that id.
func (ix *Index) From(r *model.Record, id string) *model.Record {
	if r.IDPrefix != "" {
		if t := ix.Lookup(r.IDPrefix + id); t != nil {
			return t
		}
	}
	return ix.Lookup(id)
}

// Place returns the record of the file at p under content/: a file of
// content/ or a mounted one that appears there.
func (ix *Index) Place(p string) *model.Record {
	if r := ix.byPlace[p]; r != nil {
		return r
	}
	return ix.bySource[p]
}

// Source returns the record read from the given file.
func (ix *Index) Source(p string) *model.Record { return ix.bySource[p] }

// newIndex indexes records, reporting duplicate ids at every file that claims
// one and URL paths that two files would both write, or that a record and
// a folder's list page would. Introductions take part in neither check:
// several may introduce one folder (the first by load.IntroRank wins), and
// their page is the folder's.
func newIndex(records []*model.Record, diags *diag.List) *Index {
	ix := &Index{byID: map[string]*model.Record{}, bySource: map[string]*model.Record{}, byPlace: map[string]*model.Record{}}
	claims := map[string][]*model.Record{}
	paths := map[string][]*model.Record{}
	folders := map[string]string{}
	for _, r := range records {
		ix.bySource[r.Source] = r
		if r.Place != "" {
			// A link from the site root (/decisions/platform/0001-x.md)
			// names a mounted file where it appears.
			ix.byPlace[r.Place] = r
		}
		if r.Intro {
			if _, ok := ix.byID[r.Key()]; !ok {
				ix.byID[r.Key()] = r
			}
			continue
		}
		for _, f := range r.Folders() {
			if _, ok := folders[f]; !ok {
				folders[f] = path.Dir(r.Source)
			}
		}
		key := r.Key()
		claims[key] = append(claims[key], r)
		if _, ok := ix.byID[key]; !ok {
			ix.byID[key] = r
		}
		paths[r.Path] = append(paths[r.Path], r)
	}
	for _, rs := range claims {
		reportShared(rs, diags, "id", "duplicate-id", func(r *model.Record) string { return "duplicate id " + quote(r.ID) })
	}
	for _, rs := range paths {
		reportShared(rs, diags, "", "duplicate-path", func(r *model.Record) string { return "page path /" + r.Path + " is also written by" })
	}
	for p, rs := range paths {
		if dir, ok := folders[p]; ok {
			for _, r := range rs {
				diags.Add(diag.Diagnostic{Path: r.Source, Line: 1, Col: 1, ID: r.ID, Policy: "duplicate-path",
					Message: "page path /" + p + " is also the list page of the folder " + folderOf(dir, p) + "; rename the file or the folder"})
			}
		}
	}
	return ix
}

// folderOf names the folder whose list page is at p, from the folder src of
// a file inside it.
func folderOf(src, p string) string {
	depth := strings.Count(p, "/")
	segs := strings.Split(src, "/")
	return strings.Join(segs[:min(len(segs), depth+1)], "/") + "/"
}

// reportShared reports each record of a group of two or more at its key.
func reportShared(rs []*model.Record, diags *diag.List, key, policy string, what func(*model.Record) string) {
	if len(rs) < 2 {
		return
	}
	for _, r := range rs {
		var others []string
		for _, o := range rs {
			if o != r {
				others = append(others, o.Source)
			}
		}
		sort.Strings(others)
		line, col := r.KeyPos(key)
		msg := what(r)
		if key == "id" {
			msg += ": also claimed by " + strings.Join(others, ", ")
		} else {
			msg += " " + strings.Join(others, ", ")
		}
		diags.Add(diag.Diagnostic{Path: r.Source, Line: line, Col: col, ID: r.ID, Policy: policy, Message: msg})
	}
}

func quote(s string) string { return `"` + s + `"` }
