package config

import (
	"bytes"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
	"go.yaml.in/yaml/v3"

	"github.com/secdoc/secdoc/generator/diag"
	"github.com/secdoc/secdoc/generator/load"
)

// Both formats are read into a yaml.Node tree, which keeps each key's line
// and column, so one schema check serves both and reports positions.

// yamlTree parses a YAML settings file; nil without error for an empty one.
func yamlTree(name string, data []byte) (*yaml.Node, diag.List) {
	var doc yaml.Node
	err := yaml.Unmarshal(data, &doc)
	var l diag.List
	if err != nil {
		line, msg := load.YAMLError(err)
		l.Errorf(name, line, 1, "invalid YAML: %s", msg)
		return nil, l
	}
	if doc.Kind != yaml.DocumentNode || len(doc.Content) == 0 {
		return nil, nil
	}
	return doc.Content[0], nil
}

// tomlTree parses a TOML settings file. The TOML decoder keeps no key
// positions, so they are found by scanning the file's lines.
func tomlTree(name string, data []byte) (*yaml.Node, diag.List) {
	var m map[string]any
	_, err := toml.Decode(string(data), &m)
	var l diag.List
	if err != nil {
		line, col, msg := 1, 1, err.Error()
		var pe toml.ParseError
		if errors.As(err, &pe) {
			line, col, msg = pe.Position.Line, pe.Position.Col, pe.Message
		}
		l.Errorf(name, line, col, "invalid TOML: %s", msg)
		return nil, l
	}
	return tomlNode(m, nil, tomlKeys(data)), nil
}

// tomlNode converts a decoded TOML value at the key path into a node.
func tomlNode(v any, path []string, keys keyPositions) *yaml.Node {
	pos := keys.at(path)
	n := &yaml.Node{Line: pos[0], Column: pos[1]}
	switch v := v.(type) {
	case map[string]any:
		n.Kind, n.Tag = yaml.MappingNode, "!!map"
		names := make([]string, 0, len(v))
		for k := range v {
			names = append(names, k)
		}
		sort.Strings(names)
		for _, k := range names {
			sub := append(append([]string(nil), path...), k)
			kp := keys.at(sub)
			n.Content = append(n.Content, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: k, Line: kp[0], Column: kp[1]},
				tomlNode(v[k], sub, keys))
		}
	case []any:
		n.Kind, n.Tag = yaml.SequenceNode, "!!seq"
		for _, item := range v {
			n.Content = append(n.Content, tomlNode(item, path, keys))
		}
	case []map[string]any:
		n.Kind, n.Tag = yaml.SequenceNode, "!!seq"
		for _, item := range v {
			n.Content = append(n.Content, tomlNode(item, path, keys))
		}
	default:
		n.Kind, n.Tag, n.Value = yaml.ScalarNode, tomlTag(v), tomlText(v)
	}
	return n
}

func tomlTag(v any) string {
	switch v.(type) {
	case int64:
		return "!!int"
	case float64:
		return "!!float"
	case bool:
		return "!!bool"
	}
	return "!!str"
}

func tomlText(v any) string {
	if t, ok := v.(time.Time); ok {
		return t.Format(time.RFC3339)
	}
	return fmt.Sprint(v)
}

// keyPositions maps dotted key paths to where the key is written.
type keyPositions map[string][2]int

// at returns where the key path, or failing that its nearest written
// parent (a key inside an inline table), is written; 1:1 when none is.
func (k keyPositions) at(path []string) [2]int {
	for n := len(path); n > 0; n-- {
		if p, ok := k[strings.Join(path[:n], ".")]; ok {
			return p
		}
	}
	return [2]int{1, 1}
}

// tomlKeys finds the table headers and `key = value` lines of a TOML file:
// a key under `[radiator]` is indexed as radiator.key.
func tomlKeys(data []byte) keyPositions {
	keys := keyPositions{}
	var table []string
	for i, line := range bytes.Split(data, []byte("\n")) {
		text := strings.TrimLeft(string(line), " \t")
		col := len(line) - len(text) + 1
		switch {
		case strings.HasPrefix(text, "["):
			end := strings.IndexByte(text, ']')
			if end < 0 {
				continue
			}
			table = splitKey(strings.Trim(text[:end], "[] \t"))
			keys.add(table, i+1, col+strings.Count(text[:end], "["))
		case strings.Contains(text, "=") && !strings.HasPrefix(text, "#"):
			key := splitKey(text[:strings.IndexByte(text, '=')])
			keys.add(append(append([]string(nil), table...), key...), i+1, col)
		}
	}
	return keys
}

func (k keyPositions) add(path []string, line, col int) {
	if p := strings.Join(path, "."); p != "" {
		if _, seen := k[p]; !seen {
			k[p] = [2]int{line, col}
		}
	}
}

// splitKey splits a dotted TOML key into its parts, without quotes.
func splitKey(s string) []string {
	var parts []string
	for _, p := range strings.Split(s, ".") {
		if p = strings.Trim(strings.TrimSpace(p), `"'`); p != "" {
			parts = append(parts, p)
		}
	}
	return parts
}
