// Package diag holds the positioned findings every stage of the pipeline reports:
// content errors and warnings that point at a file, a line and a column.
//
// Stages collect findings instead of stopping at the first one, so a user sees
// every problem of a tree in one run; the command prints them once.
package diag

import (
	"fmt"
	"sort"
	"strings"
)

// Severity says whether a finding fails the build.
type Severity int

const (
	// Error fails the build.
	Error Severity = iota
	// Warning is reported but does not fail the build.
	Warning
)

// String returns the lowercase name used in output.
func (s Severity) String() string {
	if s == Warning {
		return "warning"
	}
	return "error"
}

// Diagnostic is one finding about the content.
type Diagnostic struct {
	Path     string // file path relative to the site root, slash-separated
	Line     int    // 1-based; 0 when the finding concerns the whole file
	Col      int    // 1-based; 0 when unknown
	Severity Severity
	ID       string // id of the record concerned, when known
	Policy   string // name of the rule that produced it, when one did
	Message  string
}

// String formats the finding as path:line:col: message, with "warning: "
// before the message of a warning, as builds print it.
func (d Diagnostic) String() string {
	if d.Severity == Warning {
		return d.position() + ": warning: " + d.Message
	}
	return d.position() + ": " + d.Message
}

// Detailed formats the finding as path:line:col: severity: message [policy],
// as `secdoc check` prints it: the severity named even for an error, and the
// rule that produced it.
func (d Diagnostic) Detailed() string {
	return fmt.Sprintf("%s: %s: %s [%s]", d.position(), d.Severity, d.Message, d.Policy)
}

// position formats where the finding is, as path:line:col; a line or column
// that is unknown reads 1, which editors accept.
func (d Diagnostic) position() string {
	return fmt.Sprintf("%s:%d:%d", d.Path, max(d.Line, 1), max(d.Col, 1))
}

// List is a collection of findings.
type List []Diagnostic

// Add appends a finding.
func (l *List) Add(d Diagnostic) { *l = append(*l, d) }

// Errorf appends an error at a position.
func (l *List) Errorf(path string, line, col int, format string, args ...any) {
	l.Add(Diagnostic{Path: path, Line: line, Col: col, Severity: Error, Message: fmt.Sprintf(format, args...)})
}

// Warnf appends a warning at a position.
func (l *List) Warnf(path string, line, col int, format string, args ...any) {
	l.Add(Diagnostic{Path: path, Line: line, Col: col, Severity: Warning, Message: fmt.Sprintf(format, args...)})
}

// HasErrors reports whether any finding is an error.
func (l List) HasErrors() bool {
	for _, d := range l {
		if d.Severity == Error {
			return true
		}
	}
	return false
}

// Count returns the number of errors and warnings.
func (l List) Count() (errors, warnings int) {
	for _, d := range l {
		if d.Severity == Error {
			errors++
		} else {
			warnings++
		}
	}
	return errors, warnings
}

// Sort orders findings by path, line, column and message, so output is stable.
func (l List) Sort() {
	sort.SliceStable(l, func(i, j int) bool {
		a, b := l[i], l[j]
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		if a.Col != b.Col {
			return a.Col < b.Col
		}
		return a.Message < b.Message
	})
}

// Err returns the list as an error when it holds at least one error, else nil.
func (l List) Err() error {
	if !l.HasErrors() {
		return nil
	}
	return &ContentError{List: l}
}

// ContentError is returned by a build that failed because of its content.
type ContentError struct {
	List List
}

// Error lists every finding, one per line.
func (e *ContentError) Error() string {
	lines := make([]string, 0, len(e.List))
	for _, d := range e.List {
		lines = append(lines, d.String())
	}
	return strings.Join(lines, "\n")
}
