package scan

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

// Error is a problem in a report at a position.
type Error struct {
	File      string
	Line, Col int // 1-based
	Message   string
}

// Error formats the problem as file:line:col: message.
func (e *Error) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Line, e.Col, e.Message)
}

// Read reads the report at file (its path from the site root, for
// messages) from data, detecting its format from the content. A report no
// reader recognises, or one that is malformed or truncated, is an *Error.
func Read(file string, data []byte) (*Report, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	top, err := firstObject(data)
	if err != nil {
		return nil, positioned(file, data, err)
	}
	r := &Report{File: file}
	read, format := detect(top)
	if read == nil {
		return nil, &Error{File: file, Line: 1, Col: 1, Message: "not a scanner report secdoc reads: expected the JSON of OSV-Scanner, govulncheck, Trivy, Grype or SARIF 2.1.0"}
	}
	r.Format, r.Tool = format, format
	if err := read(r, data); err != nil {
		return nil, positioned(file, data, err)
	}
	merge(r)
	return r, nil
}

// firstObject decodes the keys of the first JSON value, which must be an object.
func firstObject(data []byte) (map[string]json.RawMessage, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	var top map[string]json.RawMessage
	if err := dec.Decode(&top); err != nil {
		return nil, err
	}
	if top == nil {
		return nil, errors.New("expected a JSON object")
	}
	return top, nil
}

// detect names the format of a report from the keys of its first object.
func detect(top map[string]json.RawMessage) (func(*Report, []byte) error, string) {
	has := func(k string) bool { _, ok := top[k]; return ok }
	switch {
	case has("runs") && (has("version") || has("$schema")):
		return readSARIF, "sarif"
	case has("matches") && has("descriptor") || has("matches") && has("source"):
		return readGrype, "grype"
	case has("SchemaVersion") && (has("Results") || has("ArtifactName")):
		return readTrivy, "trivy"
	case has("results") && !has("runs"):
		return readOSV, "osv-scanner"
	case len(top) == 1 && (has("config") || has("progress") || has("osv") || has("finding") || has("SBOM")):
		return readGovulncheck, "govulncheck"
	}
	return nil, ""
}

// positioned turns a decoding error into an *Error at its place in data.
func positioned(file string, data []byte, err error) error {
	var (
		syn *json.SyntaxError
		typ *json.UnmarshalTypeError
		pe  *Error
	)
	off, msg := int64(len(data)), err.Error()
	switch {
	case errors.As(err, &pe):
		pe.File = file
		return pe
	case errors.As(err, &syn):
		off, msg = syn.Offset, "malformed JSON: "+syn.Error()
	case errors.As(err, &typ):
		off = typ.Offset
		msg = fmt.Sprintf("%s is a %s, expected %s", fieldName(typ.Field), typ.Value, typ.Type)
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		msg = "the report ends early (truncated?): expected the rest of the JSON"
	case errors.As(err, new(*atError)):
		ae := err.(*atError)
		off, msg = ae.off, ae.msg
	}
	line, col := lineCol(data, off)
	return &Error{File: file, Line: line, Col: col, Message: msg}
}

func fieldName(f string) string {
	if f == "" {
		return "a value"
	}
	return `"` + f + `"`
}

// atError is a reader's own complaint at a byte offset.
type atError struct {
	off int64
	msg string
}

func (e *atError) Error() string { return e.msg }

// lineCol converts a byte offset to a 1-based line and column (in bytes).
func lineCol(data []byte, off int64) (int, int) {
	off = min(max(off, 0), int64(len(data)))
	before := data[:off]
	line := bytes.Count(before, []byte("\n")) + 1
	col := int(off) - (bytes.LastIndexByte(before, '\n') + 1) + 1
	return line, col
}

// decodeAll decodes data into v; a trailing value after it is an error.
func decodeAll(data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(v); err != nil {
		return err
	}
	if _, err := dec.Token(); err != io.EOF {
		return &atError{off: dec.InputOffset(), msg: "unexpected data after the report's JSON object"}
	}
	return nil
}

// isVulnID reports whether id has the shape of a vulnerability id: CVE,
// GHSA, GO, OSV-style prefixes such as RUSTSEC or PYSEC.
func isVulnID(id string) bool {
	up := strings.ToUpper(id)
	for _, p := range []string{"CVE-", "GHSA-", "GO-", "RUSTSEC-", "PYSEC-", "OSV-", "GSD-"} {
		if strings.HasPrefix(up, p) && len(up) > len(p) {
			return true
		}
	}
	return false
}
