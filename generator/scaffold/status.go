package scaffold

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strconv"

	"github.com/secdoc/secdoc/generator/kinds"
	"github.com/secdoc/secdoc/generator/load"
	"github.com/secdoc/secdoc/generator/model"
)

var (
	yamlStatus = regexp.MustCompile(`^(status[ \t]*:)([ \t]*)([^#]*?)((?:[ \t]+#.*)?)$`)
	tomlStatus = regexp.MustCompile(`^(status[ \t]*=[ \t]*)("[^"]*"|'[^']*'|[^ \t#]*)(.*)$`)
)

// frontMatter locates a front-matter block by line index.
type frontMatter struct {
	format      string // yaml or toml
	open, close int    // lines of the delimiters
}

// markSuperseded sets the `status:` of a decision file to superseded by
// editing that one line, or inserting it before the block closes, so that
// every other byte stays as it was. It reports false when the status already
// reads superseded. YAML and TOML front matter are handled; JSON is refused.
func markSuperseded(data []byte) ([]byte, bool, error) {
	if status, err := readStatus(data); err != nil {
		return nil, false, err
	} else if status == "superseded" {
		return data, false, nil
	}
	lines := bytes.SplitAfter(data, []byte("\n"))
	fm, err := locate(lines)
	if err != nil {
		return nil, false, err
	}
	out := bytes.Join(setStatus(lines, fm, "superseded", `"superseded"`), nil)
	if status, err := readStatus(out); err != nil || status != "superseded" {
		return nil, false, errors.New("its status line is not a simple `status: value`; set status: superseded by hand")
	}
	return out, true, nil
}

// readStatus returns the decision status a file's front matter gives, "" when none.
func readStatus(data []byte) (string, error) {
	f, diags := load.Parse("decision.md", data)
	if f == nil || diags.HasErrors() {
		return "", errors.New("its front matter does not parse; fix it first")
	}
	fl, ok := f.Field("status")
	if !ok || fl.Value.Kind != load.Scalar {
		return "", nil
	}
	s, _ := model.ParseEnum(fl.Value.Text, kinds.Registry.Spec(kinds.Decision).Field("status"))
	return s, nil
}

// locate finds the front-matter block: its opening delimiter is the first
// line that is not blank, as the loader reads it.
func locate(lines [][]byte) (frontMatter, error) {
	for i, l := range lines {
		t := string(bytes.TrimSpace(bytes.TrimPrefix(l, []byte("\xef\xbb\xbf"))))
		if t == "" {
			continue
		}
		fm := frontMatter{open: i}
		switch t {
		case "---":
			fm.format = "yaml"
		case "+++":
			fm.format = "toml"
		case ";;;", "{":
			return fm, errors.New("its front matter is JSON, which secdoc does not edit; set \"status\": \"superseded\" by hand")
		default:
			return fm, errors.New("it has no front matter")
		}
		for j := i + 1; j < len(lines); j++ {
			if string(bytes.TrimSpace(lines[j])) == t {
				fm.close = j
				return fm, nil
			}
		}
		return fm, fmt.Errorf("its front matter opened with %q is never closed", t)
	}
	return frontMatter{}, errors.New("it has no front matter")
}

// setFrontStatus sets the front-matter status to value, written as YAML
// (yamlValue) or TOML (a quoted string), editing that one line or inserting
// it, as markSuperseded does.
func setFrontStatus(data []byte, yamlValue string) ([]byte, error) {
	lines := bytes.SplitAfter(data, []byte("\n"))
	fm, err := locate(lines)
	if err != nil {
		return nil, err
	}
	return bytes.Join(setStatus(lines, fm, yamlValue, strconv.Quote(yamlUnquote(yamlValue))), nil), nil
}

// yamlUnquote returns the text of a double-quoted YAML scalar.
func yamlUnquote(v string) string {
	if s, err := strconv.Unquote(v); err == nil {
		return s
	}
	return v
}

// setStatus rewrites the top-level status line of the block, or inserts one
// where the block's top-level keys end; yamlValue and tomlValue are the
// value as each writes it.
func setStatus(lines [][]byte, fm frontMatter, yamlValue, tomlValue string) [][]byte {
	end := fm.close
	for i := fm.open + 1; i < fm.close; i++ {
		body, eol := cutEOL(lines[i])
		if fm.format == "toml" && bytes.HasPrefix(body, []byte("[")) {
			end = i // a table starts: top-level keys end here
			break
		}
		if edited, ok := editStatus(fm.format, body, yamlValue, tomlValue); ok {
			out := append([][]byte(nil), lines...)
			out[i] = append(edited, eol...)
			return out
		}
	}
	_, eol := cutEOL(lines[fm.open])
	line := []byte("status: " + yamlValue)
	if fm.format == "toml" {
		line = []byte("status = " + tomlValue)
	}
	out := append([][]byte(nil), lines[:end]...)
	out = append(out, append(line, eol...))
	return append(out, lines[end:]...)
}

// editStatus replaces the value of a status line, keeping the spacing and
// any trailing comment.
func editStatus(format string, line []byte, yamlValue, tomlValue string) ([]byte, bool) {
	if format == "toml" {
		m := tomlStatus.FindSubmatch(line)
		if m == nil {
			return nil, false
		}
		return concat(m[1], []byte(tomlValue), m[3]), true
	}
	m := yamlStatus.FindSubmatch(line)
	if m == nil {
		return nil, false
	}
	space := m[2]
	if len(space) == 0 {
		space = []byte(" ")
	}
	return concat(m[1], space, []byte(yamlValue), m[4]), true
}

// cutEOL splits a line from its line ending, "\n" or "\r\n".
func cutEOL(l []byte) (body, eol []byte) {
	n := len(l)
	switch {
	case bytes.HasSuffix(l, []byte("\r\n")):
		return l[:n-2], l[n-2:]
	case bytes.HasSuffix(l, []byte("\n")):
		return l[:n-1], l[n-1:]
	}
	return l, nil
}

func concat(parts ...[]byte) []byte { return bytes.Join(parts, nil) }
