package load

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/secdoc/secdoc/generator/diag"
)

// decodeJSON reads a JSON object whose first line is blockLine in the file.
// Keys keep the order they were written in.
func decodeJSON(path string, block []byte, blockLine int) ([]Field, diag.List) {
	var diags diag.List
	block = bytes.TrimSpace(block)
	dec := json.NewDecoder(bytes.NewReader(block))
	dec.UseNumber()
	lineOf := func(off int64) (int, int) {
		before := block[:min(int(off), len(block))]
		line := bytes.Count(before, []byte("\n"))
		col := len(before) - bytes.LastIndexByte(before, '\n')
		return blockLine + line, col
	}
	var raw json.RawMessage
	if err := dec.Decode(&raw); err != nil {
		off := dec.InputOffset()
		var se *json.SyntaxError
		if errors.As(err, &se) {
			off = se.Offset
		}
		line, col := lineOf(off)
		diags.Errorf(path, line, col, "invalid JSON front matter: %v", err)
		return nil, diags
	}
	obj, err := orderedObject(raw)
	if err != nil {
		diags.Errorf(path, blockLine, 1, "invalid JSON front matter: %v", err)
		return nil, diags
	}
	keys := indexKeys(block, ":")
	fields := make([]Field, 0, len(obj))
	for _, kv := range obj {
		line, col := keys.find(kv.key)
		fields = append(fields, Field{
			Key: kv.key, Line: blockLine + line - 1, Col: col,
			Value: anyValue(kv.value, blockLine+line-1, col),
		})
	}
	return fields, diags
}

type keyValue struct {
	key   string
	value any
}

// orderedObject decodes the top-level object of raw keeping its key order.
func orderedObject(raw json.RawMessage) ([]keyValue, error) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	if d, ok := tok.(json.Delim); !ok || d != '{' {
		return nil, fmt.Errorf("front matter must be an object")
	}
	var out []keyValue
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, err
		}
		var v any
		if err := dec.Decode(&v); err != nil {
			return nil, err
		}
		out = append(out, keyValue{key: tok.(string), value: v})
	}
	return out, nil
}
