package scaffold

import (
	"fmt"
	"path"
	"strconv"
	"strings"

	"github.com/secdoc/secdoc/generator/kinds"
	"github.com/secdoc/secdoc/generator/load"
)

// edit is a prepared change to an existing file.
type edit struct {
	entry
	id   string // the record's id on the site
	ref  string // the id the new record names it by: without the prefix they share
	data []byte // the file's new bytes; nil when it needs no change
}

// prepareSupersede finds each decision a new one, planned as p with the
// title, supersedes and prepares the edit that marks it superseded in its
// own format, before anything is written, so that a wrong id stops the
// command with nothing changed. Each edited file is decoded as the build
// would, and must read superseded.
func prepareSupersede(st *store, readers []load.Reader, entries []entry, ids []string, p plan, title string) ([]edit, error) {
	var edits []edit
	seen := map[string]bool{}
	for _, id := range ids {
		if seen[strings.ToLower(id)] {
			continue
		}
		seen[strings.ToLower(id)] = true
		e, err := findDecision(entries, id)
		if err != nil {
			return nil, err
		}
		ed := edit{entry: e, id: e.ID, ref: e.ID}
		if ed.id == "" {
			ed.id = e.Prefix + baseName(e.Path)
			ed.ref = ed.id
		}
		if e.ID != "" && strings.EqualFold(e.Prefix, p.Prefix) {
			ed.ref = e.ownID() // within one collection, as its own tool names it
		}
		if e.Status != "superseded" {
			if ed.data, err = supersede(st, readers, e, p, title); err != nil {
				return nil, fmt.Errorf("cannot mark %s superseded: %s: %w", id, e.src(), err)
			}
		}
		edits = append(edits, ed)
	}
	return edits, nil
}

// supersede returns the bytes of the decision e marked superseded by the
// planned record, as the tool e is written for marks it.
func supersede(st *store, readers []load.Reader, e entry, p plan, title string) ([]byte, error) {
	at := st.locate(e.Path)
	data, err := load.ReadBytes(at.root.FS(), at.path)
	if err != nil {
		return nil, fmt.Errorf("read: %w", err)
	}
	file := relFile(path.Dir(e.Path), p.Path)
	ref := p.ID // how the old decision names the new one
	if !strings.EqualFold(e.Prefix, p.Prefix) {
		ref = p.siteID()
	}
	var out []byte
	switch e.Style {
	case load.FormatADRTools:
		out, err = setStatusParagraph(data, "Superseded by ["+strconv.Itoa(p.Number)+". "+title+"]("+file+")")
	case load.FormatMADR, load.FormatMADR3:
		out, err = setFrontStatus(data, strconv.Quote("superseded by ["+ref+"]("+file+")"))
	case load.FormatMADR2:
		out, err = setStatusBullet(data, "superseded by ["+ref+"]("+file+")", "*")
	case load.FormatLog4brains:
		out, err = setStatusBullet(data, "superseded by ["+title+"]("+file+")", "-")
	default:
		out, _, err = markSuperseded(data)
	}
	if err != nil {
		return nil, err
	}
	r, err := valid(st.content.Tree, readers, e.src(), out)
	if err != nil {
		return nil, err
	}
	if r.Status() != "superseded" {
		return nil, fmt.Errorf("its status would read %q; set it to superseded by hand", r.Status())
	}
	return out, nil
}

// relFile returns the slash path of file relative to the folder dir, both
// from the site root, as a markdown link beside dir names it.
func relFile(dir, file string) string {
	d, f := strings.Split(dir, "/"), strings.Split(path.Dir(file), "/")
	i := 0
	for i < len(d) && i < len(f) && d[i] == f[i] {
		i++
	}
	parts := append(strings.Split(strings.Repeat("../", len(d)-i), "/"), f[i:]...)
	parts = append(parts, path.Base(file))
	var out []string
	for _, s := range parts {
		if s != "" {
			out = append(out, s)
		}
	}
	return strings.Join(out, "/")
}

// findDecision returns the one decision with the id.
func findDecision(entries []entry, id string) (entry, error) {
	var found []entry
	for _, e := range entries {
		if e.key() == strings.ToLower(id) {
			found = append(found, e)
		}
	}
	switch {
	case len(found) == 0:
		return entry{}, fmt.Errorf("--supersedes %s: no record has that id", id)
	case len(found) > 1:
		return entry{}, fmt.Errorf("--supersedes %s: %d files claim that id (%s, ...)", id, len(found), found[0].src())
	case found[0].Kind != kinds.Decision:
		return entry{}, fmt.Errorf("--supersedes %s: %s is %s, not a decision", id, found[0].src(), kinds.Registry.Spec(found[0].Kind).Indefinite())
	}
	return found[0], nil
}
