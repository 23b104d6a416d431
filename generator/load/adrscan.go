package load

import (
	"regexp"
	"strings"

	"github.com/secdoc/secdoc/generator/diag"
)

var (
	headingRe = regexp.MustCompile(`^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$`)
	fenceRe   = regexp.MustCompile("^ {0,3}(```|~~~)")
	// keyRe is a header line: `Date: 2018-04-09`, `* Status: accepted`,
	// `- Deciders: a, b`, `**Status:** Accepted`, `Date 09/04/2018`.
	keyRe = regexp.MustCompile(`(?i)^\s*(?:([-*+])\s+)?(status|date|deciders|decision-makers|decision makers|tags|consulted|informed)\s*(:?)\s*(\S.*)$`)
)

// adrScan is what a decision's body states, gathered in one pass.
type adrScan struct {
	path   string
	fields []Field
	diags  diag.List
	dashes bool // header bullets written with "-", as log4brains does
	tags   bool // a Tags bullet, which only log4brains writes
	shift  int  // columns before the text read, for a front-matter value
}

// readADR fills the document's missing fields from what its body states;
// log4brains says the file is in a log4brains collection.
func readADR(doc *Document, log4brains bool) diag.List {
	dropLeadingComments(doc)
	s := &adrScan{path: doc.Path}
	s.frontStatus(doc)
	s.body(bodyLines(doc))
	for _, f := range s.fields {
		if f.Key == "tags" && f.Value.Kind == Scalar {
			f.Value = splitValue(f.Value, ", ")
		}
		if !has(doc, f.Key) {
			doc.Fields = append(doc.Fields, f)
		}
	}
	splitPeople(doc)
	if !has(doc, "status") && (log4brains || s.dashes && (s.tags || datedName(doc.Path))) {
		doc.Fields = append(doc.Fields, inferred("status", "accepted", doc.BodyLine, 1))
	}
	return s.diags
}

// body reads the header lines before the first section, the first
// paragraph and link lines of `## Status` and the bullets of `## Links`.
// Fenced code blocks are example text.
func (s *adrScan) body(lines []line) {
	section, fence := "", ""
	statusSeen := false
	for _, l := range lines {
		if m := fenceRe.FindStringSubmatch(l.text); m != nil {
			if fence == "" {
				fence = m[1]
			} else if m[1] == fence {
				fence = ""
			}
			continue
		}
		if fence != "" {
			continue
		}
		text := blank(l.text)
		if m := headingRe.FindStringSubmatchIndex(text); m != nil {
			if text[m[2]:m[3]] != "#" {
				section = s.heading(text, m[4], l.num)
			}
			continue
		}
		if strings.TrimSpace(text) == "" {
			continue
		}
		switch section {
		case "":
			s.header(text, l.num)
		case "status":
			if !statusSeen {
				statusSeen = true
				s.status(text, firstLetter(text, 0), l.num)
				continue
			}
			s.relations(text, 0, l.num)
		case "links":
			s.relations(text, 0, l.num)
		}
	}
}

// heading returns the section a heading opens; `## Status: Accepted`
// states the status in the heading itself.
func (s *adrScan) heading(text string, start, num int) string {
	name := strings.ToLower(strings.TrimSpace(text[start:]))
	if rest, ok := strings.CutPrefix(name, "status:"); ok && strings.TrimSpace(rest) != "" {
		s.status(text, firstLetter(text, start+len("status:")), num)
		return "status-done"
	}
	return strings.TrimSuffix(name, ":")
}

// header reads one line before the first section.
func (s *adrScan) header(text string, num int) {
	m := keyRe.FindStringSubmatchIndex(text)
	if m == nil {
		return
	}
	key := strings.ToLower(text[m[4]:m[5]])
	colon := m[7] > m[6]
	val := m[8]
	if !colon && (key != "date" || text[val] < '0' || text[val] > '9') {
		return // prose that starts with the word, not a `Date 09/04/2018` line
	}
	if m[2] >= 0 {
		s.dashes = s.dashes || text[m[2]:m[3]] == "-"
	}
	k := Field{Key: strings.ReplaceAll(key, " ", "-"), Line: num, Col: s.col(text, m[4]), Inferred: true}
	value := strings.TrimSpace(text[val:])
	v := Value{Kind: Scalar, Text: value, Line: num, Col: s.col(text, val)}
	switch k.Key {
	case "status":
		s.status(text, val, num)
		return
	case "date":
		iso, problem := readDate(value)
		if problem != "" {
			s.diags.Add(diag.Diagnostic{Path: s.path, Line: num, Col: v.Col, Severity: diag.Warning, Policy: DatePolicy,
				Message: "date: " + problem + "; left out"})
			return
		}
		v.Text = iso
	case "tags":
		s.tags = true
	}
	k.Value = v
	s.add(k)
}

// firstLetter returns the offset of the first letter of text at or after
// off, skipping bullets, emoji and punctuation, or len(text).
func firstLetter(text string, off int) int {
	for i, r := range text[off:] {
		if isLetter(r) {
			return off + i
		}
	}
	return len(text)
}

// has reports whether the document has the field, or one that fills it.
func has(doc *Document, key string) bool {
	for _, k := range sameField(key) {
		if fl, ok := doc.Field(k); ok && fl.Value.Kind != Null {
			return true
		}
	}
	return false
}

func sameField(key string) []string {
	if key == "deciders" || key == "decision-makers" {
		return []string{"deciders", "decision-makers"}
	}
	return []string{key}
}

// inferred makes a field read from the body.
func inferred(key, text string, num, c int) Field {
	return Field{Key: key, Line: num, Col: c, Inferred: true, Value: Value{Kind: Scalar, Text: text, Line: num, Col: c}}
}

var datedRe = regexp.MustCompile(`^\d{8}-`)

// datedName reports whether the file is named YYYYMMDD-slug, as log4brains names them.
func datedName(p string) bool {
	return datedRe.MatchString(p[strings.LastIndex(p, "/")+1:])
}

// dropLeadingComments moves the body's start past HTML comments before
// its title, so that the heading opens the body.
func dropLeadingComments(doc *Document) {
	body := string(doc.Body)
	i, lines := 0, 0
	for {
		rest := body[i:]
		trimmed := strings.TrimLeft(rest, " \t\r\n")
		if !strings.HasPrefix(trimmed, "<!--") {
			break
		}
		end := strings.Index(trimmed, "-->")
		if end < 0 {
			return
		}
		skip := len(rest) - len(trimmed) + end + len("-->")
		lines += strings.Count(rest[:skip], "\n")
		i += skip
	}
	if i == 0 {
		return
	}
	rest := body[i:]
	trimmed := strings.TrimLeft(rest, " \t\r\n")
	if !strings.HasPrefix(trimmed, "# ") {
		return
	}
	skip := len(rest) - len(trimmed)
	nl := strings.LastIndex(rest[:skip], "\n")
	lines += strings.Count(rest[:nl+1], "\n")
	doc.Body = doc.Body[i+nl+1:]
	doc.BodyLine += lines
}
