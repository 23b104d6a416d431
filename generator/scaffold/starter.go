package scaffold

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"strings"
	"text/template"
	"time"
)

// starter holds the tree `secdoc init` writes. Its .md files are templates
// filled with the day's date; "YYYY-MM" in a path becomes the month.
//
//go:embed all:starter
var starter embed.FS

// ErrNotEmpty reports a folder that already holds files.
var ErrNotEmpty = errors.New("the folder is not empty")

// InitRequest says where Init writes the starter tree.
type InitRequest struct {
	Dir   string    // created when missing
	Now   time.Time // the date of every record, so nothing is stale or overdue today
	Force bool      // write into a folder that is not empty, keeping the files it has
}

// Written is one file of the starter tree.
type Written struct {
	Path    string // relative to the folder, slash-separated
	Skipped bool   // it existed and was kept
}

// Init writes a new documentation repository: content with one example of
// each kind, secdoc.yaml, .gitignore and CI examples. It refuses a folder
// that holds anything but .git unless req.Force, and never overwrites a file.
func Init(req InitRequest) ([]Written, error) {
	if err := os.MkdirAll(req.Dir, 0o755); err != nil {
		return nil, fmt.Errorf("create %s: %w", req.Dir, err)
	}
	if !req.Force {
		if err := checkEmpty(req.Dir); err != nil {
			return nil, err
		}
	}
	root, err := os.OpenRoot(req.Dir)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", req.Dir, err)
	}
	defer root.Close()
	files, err := starterFiles(req.Now)
	if err != nil {
		return nil, err
	}
	var out []Written
	for _, f := range files {
		err := create(root, f.path, f.data)
		if errors.Is(err, fs.ErrExist) && req.Force {
			out = append(out, Written{Path: f.path, Skipped: true})
			continue
		}
		if err != nil {
			return out, err
		}
		out = append(out, Written{Path: f.path})
	}
	return out, nil
}

// checkEmpty refuses a folder with anything in it but a .git folder, so
// that `git init && secdoc init` works.
func checkEmpty(dir string) error {
	list, err := os.ReadDir(dir)
	if err != nil {
		return fmt.Errorf("read %s: %w", dir, err)
	}
	for _, e := range list {
		if e.Name() != ".git" {
			return fmt.Errorf("%s holds %s: %w", dir, e.Name(), ErrNotEmpty)
		}
	}
	return nil
}

// file is one rendered file of the starter tree.
type file struct {
	path string
	data []byte
}

// starterFiles renders the starter tree for the day now, in path order.
func starterFiles(now time.Time) ([]file, error) {
	vars := struct{ Date, Month string }{now.Format("2006-01-02"), now.Format("2006-01")}
	var files []file
	err := fs.WalkDir(starter, "starter", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := starter.ReadFile(p)
		if err != nil {
			return err
		}
		if path.Ext(p) == ".md" {
			if data, err = fillStarter(p, data, vars); err != nil {
				return err
			}
		}
		rel := strings.ReplaceAll(strings.TrimPrefix(p, "starter/"), "YYYY-MM", vars.Month)
		files = append(files, file{path: rel, data: data})
		return nil
	})
	return files, err
}

func fillStarter(name string, text []byte, vars any) ([]byte, error) {
	t, err := template.New(name).Option("missingkey=error").Parse(string(text))
	if err != nil {
		return nil, fmt.Errorf("starter %s: %w", name, err)
	}
	var b bytes.Buffer
	if err := t.Execute(&b, vars); err != nil {
		return nil, fmt.Errorf("starter %s: %w", name, err)
	}
	return b.Bytes(), nil
}
