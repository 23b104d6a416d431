package config

import (
	"fmt"
	"reflect"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/secdoc/secdoc/generator/diag"
	"github.com/secdoc/secdoc/generator/nearest"
)

// maxNodes bounds the values a settings file may expand to through YAML
// aliases, as the front-matter reader does.
const maxNodes = 100000

// schema checks a settings tree against the Go type it decodes into, by the
// types' yaml tags, and reports every unknown setting (with the nearest known
// one), repeated setting and value of the wrong shape, in words a user
// knows: setting names, never Go type names.
type schema struct {
	file  string
	diags diag.List
	nodes int
}

// check checks node, the value of the setting at path ("" at the top), as t.
func (s *schema) check(n *yaml.Node, t reflect.Type, path string) {
	if s.nodes++; s.nodes > maxNodes {
		if s.nodes == maxNodes+1 {
			s.errorf(n, "settings expand to more than %d values (alias bomb?)", maxNodes)
		}
		return
	}
	if n.Kind == yaml.AliasNode {
		s.check(n.Alias, t, path)
		return
	}
	if n.Tag == "!!null" {
		return // an empty setting keeps its default
	}
	switch t.Kind() {
	case reflect.Struct:
		s.mapping(n, path, func(key string) (reflect.Type, []string) { return fieldType(t, key) })
	case reflect.Map:
		s.mapping(n, path, func(string) (reflect.Type, []string) { return t.Elem(), nil })
	case reflect.Slice:
		s.sequence(n, t.Elem(), path)
	default:
		s.scalar(n, t, path)
	}
}

// mapping checks a mapping whose keys field knows: the type of each, or nil
// and the known keys when the key is not a setting.
func (s *schema) mapping(n *yaml.Node, path string, field func(key string) (reflect.Type, []string)) {
	if n.Kind != yaml.MappingNode {
		s.errorf(n, "%s must be a mapping of settings", name(path, "the file"))
		return
	}
	seen := map[string]int{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		full := join(path, k.Value)
		if line, dup := seen[k.Value]; dup {
			s.errorf(k, "setting %q appears twice (first on line %d)", full, line)
			continue
		}
		seen[k.Value] = k.Line
		t, known := field(k.Value)
		if t == nil {
			s.unknown(k, path, full, known)
			continue
		}
		s.check(v, t, full)
	}
}

// unknown reports a key that is no setting, with the known one it was
// probably meant to be.
func (s *schema) unknown(k *yaml.Node, path, full string, known []string) {
	msg := fmt.Sprintf("unknown setting %q", full)
	// Settings are few and unlike each other, so two typos still point at
	// one ("policys" for "policies").
	if near := nearest.Within(k.Value, known, 2); near != "" {
		msg += fmt.Sprintf(": did you mean %q?", join(path, near))
	} else {
		msg += fmt.Sprintf(" (known: %s)", strings.Join(known, ", "))
	}
	s.errorf(k, "%s", msg)
}

func (s *schema) sequence(n *yaml.Node, elem reflect.Type, path string) {
	if n.Kind != yaml.SequenceNode {
		s.errorf(n, "%s: must be a list, such as [a, b]", path)
		return
	}
	for _, item := range n.Content {
		s.check(item, elem, path)
	}
}

// scalar checks a single value by decoding it alone.
func (s *schema) scalar(n *yaml.Node, t reflect.Type, path string) {
	if n.Kind != yaml.ScalarNode {
		s.errorf(n, "%s: must be a single value, not a list or mapping", path)
		return
	}
	if err := n.Decode(reflect.New(t).Interface()); err != nil {
		s.errorf(n, "%s: %q is not %s", path, n.Value, want(t))
	}
}

// want names what a value of kind t must be.
func want(t reflect.Type) string {
	switch t.Kind() {
	case reflect.Bool:
		return "true or false"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "a whole number"
	case reflect.Float32, reflect.Float64:
		return "a number"
	}
	return "text"
}

func (s *schema) errorf(n *yaml.Node, format string, args ...any) {
	s.diags.Errorf(s.file, n.Line, n.Column, format, args...)
}

// fieldType returns the type of t's field tagged key, or nil and the keys
// t knows.
func fieldType(t reflect.Type, key string) (reflect.Type, []string) {
	var known []string
	for i := range t.NumField() {
		f := t.Field(i)
		tag, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
		if tag == "" || tag == "-" || !f.IsExported() {
			continue
		}
		if tag == key {
			return f.Type, nil
		}
		known = append(known, tag)
	}
	return nil, known
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

func name(path, top string) string {
	if path == "" {
		return top
	}
	return path
}
