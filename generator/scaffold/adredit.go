package scaffold

import (
	"bytes"
	"errors"
	"regexp"
	"strings"
)

var (
	statusHeading = regexp.MustCompile(`(?i)^ {0,3}#{2,6}\s+status\s*#*\s*$`)
	anyHeading    = regexp.MustCompile(`^ {0,3}#{1,6}\s`)
	fenceLine     = regexp.MustCompile("^ {0,3}(```|~~~)")
	// statusBullet is MADR 2's `* Status: x` and log4brains' `- Status: x`,
	// with a trailing HTML comment kept.
	statusBullet = regexp.MustCompile(`(?i)^(\s*[-*+]\s+(?:\*\*)?status(?:\*\*)?\s*:(?:\*\*)?[ \t]*)(.*?)([ \t]*<!--.*-->)?$`)
)

// setStatusParagraph replaces the first paragraph of the `## Status`
// section, as adr-tools' `adr new -s` does, with the one line text; every
// other line stays as it was.
func setStatusParagraph(data []byte, text string) ([]byte, error) {
	lines := bytes.SplitAfter(data, []byte("\n"))
	start, end := -1, -1
	fence := false
	for i, l := range lines {
		body, _ := cutEOL(l)
		if fenceLine.Match(body) {
			fence = !fence
			continue
		}
		if fence {
			continue
		}
		blankLine := len(bytes.TrimSpace(body)) == 0
		switch {
		case start < 0 && statusHeading.Match(body):
			start = -2 // the section opens; its paragraph follows
		case start == -2 && anyHeading.Match(body):
			return nil, errors.New("its ## Status section is empty; write the status there by hand")
		case start == -2 && !blankLine:
			start = i
		case start >= 0 && (blankLine || anyHeading.Match(body)):
			end = i
		}
		if end >= 0 {
			break
		}
	}
	if start < 0 {
		return nil, errors.New("it has no ## Status section; write the status there by hand")
	}
	if end < 0 {
		end = len(lines)
	}
	_, eol := cutEOL(lines[end-1])
	if len(eol) == 0 {
		_, eol = cutEOL(lines[0])
	}
	out := append([][]byte(nil), lines[:start]...)
	out = append(out, append([]byte(text), eol...))
	return bytes.Join(append(out, lines[end:]...), nil), nil
}

// setStatusBullet replaces the value of the `Status:` bullet under the
// title, as MADR 2 and log4brains write it, keeping the bullet, its
// spacing and a trailing comment. Without one (log4brains' status is
// optional), it adds a bullet, marked with bullet, before the first header
// bullet, or after the title when there is none.
func setStatusBullet(data []byte, value, bullet string) ([]byte, error) {
	lines := bytes.SplitAfter(data, []byte("\n"))
	title, first := -1, -1
	for i, l := range lines {
		body, eol := cutEOL(l)
		if anyHeading.Match(body) && !strings.HasPrefix(strings.TrimSpace(string(body)), "# ") {
			break // the header bullets end at the first section
		}
		if m := statusBullet.FindSubmatch(body); m != nil {
			lead := m[1]
			if !bytes.HasSuffix(lead, []byte(" ")) && !bytes.HasSuffix(lead, []byte("\t")) {
				lead = append(append([]byte(nil), lead...), ' ')
			}
			out := append([][]byte(nil), lines...)
			out[i] = append(concat(lead, []byte(value), m[3]), eol...)
			return bytes.Join(out, nil), nil
		}
		switch {
		case title < 0 && anyHeading.Match(body):
			title = i
		case first < 0 && headerBullet.Match(body):
			first = i
		}
	}
	return insertBullet(lines, title, first, bullet+" Status: "+value)
}

// headerBullet is a bullet stating a field under the title: `- Date: ...`.
var headerBullet = regexp.MustCompile(`^\s*[-*+]\s+(?:\*\*)?[A-Za-z][A-Za-z -]*(?:\*\*)?:`)

// insertBullet adds the line before the header bullet at first, else after
// the title, as a bullet list of its own.
func insertBullet(lines [][]byte, title, first int, line string) ([]byte, error) {
	_, eol := cutEOL(lines[0])
	if len(eol) == 0 {
		eol = []byte("\n")
	}
	at, add := first, [][]byte{append([]byte(line), eol...)}
	if first < 0 {
		if title < 0 {
			return nil, errors.New("it has no title and no `Status:` bullet; add `" + line + "` by hand")
		}
		at, add = title+1, [][]byte{eol, add[0]}
		if _, e := cutEOL(lines[title]); len(e) == 0 {
			add = append([][]byte{eol}, add...)
		}
	}
	out := append(append(append([][]byte(nil), lines[:at]...), add...), lines[at:]...)
	return bytes.Join(out, nil), nil
}
