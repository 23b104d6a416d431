package scaffold

import (
	"fmt"
	"os"
	"strings"

	"github.com/secdoc/secdoc/generator/kinds"
	"github.com/secdoc/secdoc/generator/load"
)

// edit is a prepared change to an existing file.
type edit struct {
	id   string // the record's id as written
	path string
	data []byte // the file's new bytes; nil when it needs no change
}

// prepareSupersede finds each decision a new one supersedes and prepares
// the edit that marks it superseded, before anything is written, so that a
// wrong id stops the command with nothing changed.
func prepareSupersede(root *os.Root, entries []entry, ids []string) ([]edit, error) {
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
		data, err := load.ReadBytes(root.FS(), e.Path)
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", e.Path, err)
		}
		out, changed, err := markSuperseded(data)
		if err != nil {
			return nil, fmt.Errorf("cannot mark %s superseded: %s: %w", id, e.Path, err)
		}
		ed := edit{id: e.ID, path: e.Path}
		if ed.id == "" {
			ed.id = baseName(e.Path)
		}
		if changed {
			ed.data = out
		}
		edits = append(edits, ed)
	}
	return edits, nil
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
		return entry{}, fmt.Errorf("--supersedes %s: %d files claim that id (%s, ...)", id, len(found), found[0].Path)
	case found[0].Kind != kinds.Decision:
		return entry{}, fmt.Errorf("--supersedes %s: %s is %s, not a decision", id, found[0].Path, kinds.Registry.Spec(found[0].Kind).Indefinite())
	}
	return found[0], nil
}
