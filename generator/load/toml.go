package load

import (
	"bytes"
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
	if off := tooDeep(block); off >= 0 {
		line := blockLine + strings.Count(string(block[:off]), "\n")
		diags.Errorf(path, line, 1, "invalid TOML front matter: inline tables or dotted keys nested more than %d deep", maxTOMLDepth)
		return nil, diags
	}
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
	keys := indexKeys(block, "=")
	var fields []Field
	for _, key := range md.Keys() {
		if len(key) != 1 {
			continue // nested keys are reached through their parent
		}
		line, col := keys.find(key[0])
		fields = append(fields, Field{
			Key: key[0], Line: blockLine + line - 1, Col: col,
			Value: anyValue(m[key[0]], blockLine+line-1, col),
		})
	}
	return fields, diags
}

// maxTOMLDepth bounds the nesting of inline tables and the segments of a
// dotted key, in both of which the TOML decoder takes quadratic time: 10,000
// nested tables (50 KB) take half a minute, a key of 30,000 segments 8 s.
const maxTOMLDepth = 32

// tooDeep returns the offset in block where inline tables or a dotted key
// first go deeper than maxTOMLDepth, or -1. Strings and comments are
// skipped; no value but a key holds more than one dot between separators.
func tooDeep(block []byte) int {
	depth, dots := 0, 0
	for i := 0; i < len(block); i++ {
		switch block[i] {
		case '#':
			end := bytes.IndexByte(block[i:], '\n')
			if end < 0 {
				return -1
			}
			i, dots = i+end, 0
		case '"', '\'':
			i = stringEnd(block, i)
		case '.':
			if dots++; dots > maxTOMLDepth {
				return i
			}
		case '{':
			if depth, dots = depth+1, 0; depth > maxTOMLDepth {
				return i
			}
		case '}':
			depth, dots = depth-1, 0
		case '=', ',', '[', ']', '\n':
			dots = 0
		}
	}
	return -1
}

// stringEnd returns the offset of the last quote of the TOML string opening
// at block[i], or len(block) when it is never closed. A multi-line string may
// end with up to two quotes of its own before its closing three.
func stringEnd(block []byte, i int) int {
	q := block[i]
	delim := []byte{q}
	if bytes.HasPrefix(block[i:], []byte{q, q, q}) {
		delim = []byte{q, q, q}
	}
	for j := i + len(delim); j < len(block); j++ {
		switch {
		case q == '"' && block[j] == '\\':
			j++
		case bytes.HasPrefix(block[j:], delim):
			end := j + len(delim) - 1
			for extra := 0; len(delim) == 3 && extra < 2 && end+1 < len(block) && block[end+1] == q; extra++ {
				end++
			}
			return end
		}
	}
	return len(block)
}

// keyIndex holds where keys are assigned in a block: each line that starts,
// after indentation, with a bare or double-quoted key followed by the
// separator (`key = ...` in TOML, `"key": ...` in JSON) gives the key as
// written its first line and column. Looking keys up in an index, rather
// than scanning every line for every key, keeps blocks with many keys linear.
type keyIndex map[string][2]int

func indexKeys(block []byte, sep string) keyIndex {
	ix := keyIndex{}
	for i, l := range strings.Split(string(block), "\n") {
		t := strings.TrimLeft(l, " \t")
		form := ""
		if strings.HasPrefix(t, `"`) {
			if end := strings.IndexByte(t[1:], '"'); end >= 0 {
				form = t[:end+2]
			}
		} else if j := strings.Index(t, sep); j > 0 {
			form = strings.TrimRight(t[:j], " \t")
		}
		if form == "" || !strings.HasPrefix(strings.TrimLeft(t[len(form):], " \t"), sep) {
			continue
		}
		if _, ok := ix[form]; !ok {
			ix[form] = [2]int{i + 1, len(l) - len(t) + 1}
		}
	}
	return ix
}

// find returns the 1-based line and column where key is assigned, written
// bare or quoted, or 1, 1 when it is not found.
func (ix keyIndex) find(key string) (int, int) {
	bare, okBare := ix[key]
	quoted, okQuoted := ix[`"`+key+`"`]
	switch {
	case okBare && (!okQuoted || bare[0] <= quoted[0]):
		return bare[0], bare[1]
	case okQuoted:
		return quoted[0], quoted[1]
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
