package load

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/secdoc/secdoc/generator/diag"
)

// maxValues bounds the number of values one front-matter block may expand to,
// so a "billion laughs" alias bomb fails fast instead of exhausting memory.
const maxValues = 100000

var yamlLine = regexp.MustCompile(`line (\d+)`)

// decodeYAML reads a YAML block whose first line is blockLine in the file.
func decodeYAML(path string, block []byte, blockLine int) ([]Field, diag.List) {
	var diags diag.List
	var doc yaml.Node
	if err := yaml.Unmarshal(block, &doc); err != nil {
		n, msg := YAMLError(err)
		diags.Errorf(path, blockLine+max(n, 1)-1, 1, "invalid YAML front matter: %s", msg)
		return nil, diags
	}
	if len(doc.Content) == 0 {
		return nil, diags
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		diags.Errorf(path, blockLine+root.Line-1, root.Column, "front matter must be a mapping of keys to values")
		return nil, diags
	}
	c := yamlConverter{offset: blockLine - 1}
	v, err := c.value(root)
	if err != nil {
		diags.Errorf(path, blockLine+root.Line-1, root.Column, "%v", err)
		return nil, diags
	}
	first := make(map[string]int, len(v.Fields)) // line of each key's first appearance
	for _, f := range v.Fields {
		if line, ok := first[f.Key]; ok {
			diags.Errorf(path, f.Line, f.Col, "key %q appears twice (first on line %d)", f.Key, line)
			continue
		}
		first[f.Key] = f.Line
	}
	return v.Fields, diags
}

// YAMLError returns the 1-based line of the parsed text a yaml.v3 syntax
// error names (0 when it names none) and its message without the decoder's
// "yaml: line N:" prefix.
func YAMLError(err error) (int, string) {
	msg := err.Error()
	line := 0
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		line, _ = strconv.Atoi(m[1])
		if isParserError(msg) {
			line++ // yaml.v3 counts parser errors from 0, scanner errors from 1
		}
	}
	return line, trimYAMLError(msg)
}

// isParserError reports whether a yaml.v3 message comes from its parser, whose
// line numbers are 0-based, rather than its scanner.
func isParserError(msg string) bool {
	return strings.Contains(msg, "did not find expected") || strings.Contains(msg, "found undefined tag handle")
}

var yamlPrefix = regexp.MustCompile(`^yaml: (line \d+: )?`)

func trimYAMLError(s string) string { return yamlPrefix.ReplaceAllString(s, "") }

// yamlConverter turns yaml.v3 nodes into positioned Values.
type yamlConverter struct {
	offset int // lines before the block in the file
	count  int // values produced, bounded by maxValues
}

func (c *yamlConverter) value(n *yaml.Node) (Value, error) {
	if c.count++; c.count > maxValues {
		return Value{}, fmt.Errorf("front matter expands to more than %d values (alias bomb?)", maxValues)
	}
	v := Value{Line: n.Line + c.offset, Col: n.Column}
	switch n.Kind {
	case yaml.AliasNode:
		alias, err := c.value(n.Alias)
		alias.Line, alias.Col = v.Line, v.Col
		return alias, err
	case yaml.ScalarNode:
		if n.Tag == "!!null" {
			return v, nil
		}
		v.Kind, v.Text = Scalar, n.Value
	case yaml.SequenceNode:
		v.Kind = List
		for _, item := range n.Content {
			iv, err := c.value(item)
			if err != nil {
				return v, err
			}
			v.Items = append(v.Items, iv)
		}
	case yaml.MappingNode:
		v.Kind = Map
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, val := n.Content[i], n.Content[i+1]
			fv, err := c.value(val)
			if err != nil {
				return v, err
			}
			v.Fields = append(v.Fields, Field{Key: k.Value, Line: k.Line + c.offset, Col: k.Column, Value: fv})
		}
	}
	return v, nil
}
