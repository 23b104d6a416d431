package load

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/BurntSushi/toml"

	"github.com/secdoc/secdoc/generator/diag"
)

// decodeTOML reads a TOML block whose first line is blockLine in the file.
// The TOML decoder reports no key positions, so keys are located by scanning
// the block's lines; values share their key's position.
func decodeTOML(path string, block []byte, blockLine int) ([]Field, diag.List) {
	var diags diag.List
	var m map[string]any
	md, err := toml.Decode(string(block), &m)
	if err != nil {
		line, col := blockLine, 1
		var pe toml.ParseError
		if errors.As(err, &pe) {
			line, col = blockLine+pe.Position.Line-1, pe.Position.Col
			err = errors.New(pe.Message)
		}
		diags.Errorf(path, line, col, "invalid TOML front matter: %v", err)
		return nil, diags
	}
	lines := strings.Split(string(block), "\n")
	var fields []Field
	for _, key := range md.Keys() {
		if len(key) != 1 {
			continue // nested keys are reached through their parent
		}
		line, col := findKey(lines, key[0], "=")
		fields = append(fields, Field{
			Key: key[0], Line: blockLine + line - 1, Col: col,
			Value: anyValue(m[key[0]], blockLine+line-1, col),
		})
	}
	return fields, diags
}

// findKey returns the 1-based line and column where key is assigned with sep
// (`key = ...` in TOML, `"key": ...` in JSON), or 1, 1 when it is not found.
func findKey(lines []string, key, sep string) (int, int) {
	for i, l := range lines {
		t := strings.TrimLeft(l, " \t")
		for _, form := range []string{key, `"` + key + `"`} {
			if rest, ok := strings.CutPrefix(t, form); ok && strings.HasPrefix(strings.TrimLeft(rest, " \t"), sep) {
				return i + 1, len(l) - len(t) + 1
			}
		}
	}
	return 1, 1
}

// anyValue converts a decoded TOML or JSON value, giving it one position.
func anyValue(x any, line, col int) Value {
	v := Value{Line: line, Col: col}
	switch t := x.(type) {
	case nil:
	case string:
		v.Kind, v.Text = Scalar, t
	case time.Time:
		v.Kind = Scalar
		v.Text = t.Format("2006-01-02")
		if t.Hour() != 0 || t.Minute() != 0 || t.Second() != 0 {
			v.Text = t.Format(time.RFC3339)
		}
	case []any:
		v.Kind = List
		for _, it := range t {
			v.Items = append(v.Items, anyValue(it, line, col))
		}
	case []map[string]any:
		v.Kind = List
		for _, it := range t {
			v.Items = append(v.Items, anyValue(it, line, col))
		}
	case map[string]any:
		v.Kind = Map
		keys := make([]string, 0, len(t))
		for k := range t {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			v.Fields = append(v.Fields, Field{Key: k, Line: line, Col: col, Value: anyValue(t[k], line, col)})
		}
	default:
		v.Kind, v.Text = Scalar, fmt.Sprint(t)
	}
	return v
}
