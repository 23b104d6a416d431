package model

import (
	"fmt"
	"io/fs"
	"slices"
	"strings"

	"github.com/secdoc/secdoc/generator/load"
)

// Registry is the set of record kinds a site knows, in the order pages
// present them. The last kind is the fallback of files in no kind's folder.
// A Registry is immutable once made and safe for concurrent use.
type Registry struct {
	specs    []*Spec
	byName   map[Kind]*Spec
	byWord   map[string]*Spec
	byFolder map[string]*Spec
	words    []string
}

// NewRegistry indexes the kinds, each given the common fields every record
// has. It reports kinds that claim the same word, folder or field twice.
func NewRegistry(common []Field, specs ...*Spec) (*Registry, error) {
	if len(specs) == 0 {
		return nil, fmt.Errorf("no record kinds")
	}
	r := &Registry{byName: map[Kind]*Spec{}, byWord: map[string]*Spec{}, byFolder: map[string]*Spec{}}
	for _, s := range specs {
		if err := r.add(common, s); err != nil {
			return nil, fmt.Errorf("kind %s: %w", s.Name, err)
		}
	}
	for _, s := range r.specs {
		if err := r.check(s); err != nil {
			return nil, fmt.Errorf("kind %s: %w", s.Name, err)
		}
	}
	return r, nil
}

// Readers returns the readers of the site at root with these kinds: each
// kind's own reader, in the kinds' order, then the plain markdown reader.
func (r *Registry) Readers(root fs.FS) []load.Reader {
	var out []load.Reader
	for _, s := range r.specs {
		if s.Reader != nil {
			out = append(out, s.Reader(s.Folders, root))
		}
	}
	return append(out, load.DefaultReaders...)
}

// MustRegistry is NewRegistry for declarations fixed at compile time.
func MustRegistry(common []Field, specs ...*Spec) *Registry {
	r, err := NewRegistry(common, specs...)
	if err != nil {
		panic(err)
	}
	return r
}

// add registers a copy of the declaration, so one declaration may serve
// several registries.
func (r *Registry) add(common []Field, decl *Spec) error {
	if r.byName[decl.Name] != nil {
		return fmt.Errorf("declared twice")
	}
	c := *decl
	s := &c
	s.Fields = withCommon(common, decl.Fields)
	s.byKey = map[string]*Field{}
	for i := range s.Fields {
		f := &s.Fields[i]
		for _, k := range append([]string{f.Key}, f.Also...) {
			if s.byKey[k] != nil {
				return fmt.Errorf("field %q declared twice", k)
			}
			s.byKey[k] = f
		}
	}
	for _, w := range s.Words {
		if r.byWord[w] != nil {
			return fmt.Errorf("word %q is also %s's", w, r.byWord[w].Name)
		}
		r.byWord[w] = s
		r.words = append(r.words, w)
	}
	for _, d := range s.Folders {
		if r.byFolder[d] != nil {
			return fmt.Errorf("folder %q is also %s's", d, r.byFolder[d].Name)
		}
		r.byFolder[d] = s
	}
	r.specs = append(r.specs, s)
	r.byName[s.Name] = s
	return nil
}

// withCommon returns the common fields followed by a kind's own; a kind
// field with a common field's key refines that field in its place (a
// decision's date falls back on Git).
func withCommon(common, own []Field) []Field {
	out := append([]Field(nil), common...)
	for _, f := range own {
		i := slices.IndexFunc(out[:len(common)], func(c Field) bool { return c.Key == f.Key })
		if i < 0 {
			out = append(out, f)
		} else {
			out[i] = f
		}
	}
	return out
}

// check resolves the kinds a spec's fields refer to and checks that what
// its pages and JSON name are fields of its own.
func (r *Registry) check(s *Spec) error {
	for i := range s.Fields {
		f := &s.Fields[i]
		if f.Target != "" {
			if f.target = r.byName[f.Target]; f.target == nil {
				return fmt.Errorf("field %s refers to undeclared kind %q", f.Key, f.Target)
			}
		}
		if f.Type == ManyRefs && f.Of != "" {
			if f.target == nil {
				return fmt.Errorf("field %s: one side of a relation needs a Target", f.Key)
			}
			if o := f.target.Field(f.Of); o == nil || o.Type != ManyRefs || o.Of != f.Key {
				return fmt.Errorf("field %s: %s of kind %s is not a reference field whose Of is %s", f.Key, f.Of, f.Target, f.Key)
			}
		}
	}
	for _, list := range [][]string{s.Facts, s.JSON} {
		for _, key := range list {
			if !strings.HasPrefix(key, "risk:") && s.Field(key) == nil {
				return fmt.Errorf("%q is not a field of the kind", key)
			}
		}
	}
	for _, p := range s.Policies {
		if s.Field(p.Field) == nil {
			return fmt.Errorf("policy %s checks undeclared field %q", p.Name, p.Field)
		}
	}
	for _, c := range s.Columns {
		if s.Field(c.Field) == nil {
			return fmt.Errorf("column %q shows undeclared field %q", c.Header, c.Field)
		}
	}
	return nil
}

// Kinds returns the kinds in the order pages present them.
func (r *Registry) Kinds() []*Spec { return r.specs }

// Spec returns the kind named k, or nil.
func (r *Registry) Spec(k Kind) *Spec { return r.byName[k] }

// Words returns every word a `kind:` field accepts, in declaration order.
func (r *Registry) Words() []string { return r.words }

// ByWord reads a kind as written in a `kind:` field or on a command line.
func (r *Registry) ByWord(word string) *Spec { return r.byWord[normalWord(word)] }

// ByFolder returns the kind a top content folder implies, or nil.
func (r *Registry) ByFolder(folder string) *Spec { return r.byFolder[strings.ToLower(folder)] }

// OfFolder returns the kind of a file in the top content folder: the
// folder's kind, else the fallback kind (plain pages).
func (r *Registry) OfFolder(folder string) *Spec {
	if s := r.ByFolder(folder); s != nil {
		return s
	}
	return r.Fallback()
}

// Fallback returns the kind of files in no kind's folder.
func (r *Registry) Fallback() *Spec { return r.specs[len(r.specs)-1] }

// Order returns the position of kind k in the registry, len(Kinds) when unknown.
func (r *Registry) Order(k Kind) int {
	for i, s := range r.specs {
		if s.Name == k {
			return i
		}
	}
	return len(r.specs)
}

// List names the kinds for messages: "asset, threat, decision (or adr), ...".
func (r *Registry) List() string {
	parts := make([]string, 0, len(r.specs))
	for _, s := range r.specs {
		p := string(s.Name)
		if len(s.Words) > 1 {
			p += " (or " + strings.Join(s.Words[1:], ", ") + ")"
		}
		parts = append(parts, p)
	}
	return strings.Join(parts, ", ")
}

// Names lists the kind names, for messages: "asset, threat, ...".
func (r *Registry) Names() string {
	parts := make([]string, 0, len(r.specs))
	for _, s := range r.specs {
		parts = append(parts, string(s.Name))
	}
	return strings.Join(parts, ", ")
}
