package load

import (
	"regexp"
	"strings"
	"unicode"
)

var (
	// relationRe is a relation as adr-tools' `adr link`, MADR and
	// log4brains write it, adr-tools' own misspellings included.
	relationRe = regexp.MustCompile(`(?i)\b(supersedes|supercedes|superseded\s+by|superceded\s+by|amends|amended\s+by|clarifies|clarified\s+by)\b\s*:?\s*`)
	// targetRe is one target of a relation: a markdown link, a wiki link
	// or an id.
	targetRe = regexp.MustCompile(`^(?:\[[^\]]*\]\([^)\s]+(?:\s+"[^"]*")?\)|\[\[[^\]|]+(?:\|[^\]]*)?\]\]|[A-Za-z][A-Za-z0-9]*[-_]?\d+\b)`)
	wikiRe   = regexp.MustCompile(`^\[\[\s*([^\]|]+?)\s*(?:\|[^\]]*)?\]\]$`)
	// joinRe joins two targets: a comma, "and" or "&".
	joinRe = regexp.MustCompile(`(?i)^\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)`)
)

// relationKey returns the field a relation phrase fills.
func relationKey(phrase string) string {
	w := strings.Fields(strings.ToLower(phrase))
	w[0] = strings.Replace(w[0], "superced", "supersed", 1)
	return strings.Join(w, "_")
}

// status reads a status phrase starting at byte off of text: its first
// word or words up to a comma, semicolon or full stop ("Proposed, pending
// the rollout." is proposed), and the relations the rest states.
// "Superseded by X" is the status superseded and the relation.
func (s *adrScan) status(text string, off, num int) {
	off = firstLetter(text, off)
	if rest := text[off:]; len(rest) > 7 && strings.EqualFold(rest[:6], "status") && strings.HasPrefix(strings.TrimLeft(rest[6:], " "), ":") {
		off = firstLetter(text, off+strings.Index(rest, ":"))
	}
	if m := relationRe.FindStringSubmatchIndex(text[off:]); m != nil && m[0] == 0 {
		if relationKey(text[off+m[2]:off+m[3]]) == "superseded_by" {
			s.add(inferred("status", "superseded", num, s.col(text, off)))
		}
		s.relations(text, off, num)
		return
	}
	end := off + statusEnd(text[off:])
	if word := strings.TrimRightFunc(text[off:end], func(r rune) bool { return !isLetter(r) }); word != "" {
		s.add(inferred("status", word, num, s.col(text, off)))
	}
	s.relations(text, end, num)
}

// statusEnd returns where the status word or phrase at the start of s ends.
func statusEnd(s string) int {
	end := len(s)
	if i := strings.IndexAny(s, ",;.[(:"); i >= 0 {
		end = i
	}
	if m := relationRe.FindStringIndex(s); m != nil && m[0] < end {
		end = m[0]
	}
	return end
}

// relations reads every relation stated in text from byte off.
func (s *adrScan) relations(text string, off, num int) {
	for _, m := range relationRe.FindAllStringSubmatchIndex(text[off:], -1) {
		start, end := off+m[0], off+m[1]
		items := s.targets(text, end, num)
		if len(items) == 0 {
			continue
		}
		s.add(Field{Key: relationKey(text[off+m[2] : off+m[3]]), Line: num, Col: s.col(text, start), Inferred: true,
			Value: Value{Kind: List, Items: items, Line: num, Col: items[0].Col}})
	}
}

// targets reads the targets of a relation from byte i of text: links or
// ids, joined by commas, "and" or "&".
func (s *adrScan) targets(text string, i, num int) []Value {
	var out []Value
	for {
		i += len(text[i:]) - len(strings.TrimLeft(text[i:], " \t"))
		m := targetRe.FindString(text[i:])
		if m == "" {
			return out
		}
		v := Value{Kind: Scalar, Text: m, Line: num, Col: s.col(text, i)}
		if w := wikiRe.FindStringSubmatch(m); w != nil {
			v.Text, v.Col = w[1], v.Col+2 // the id inside [[ ]]
		}
		out = append(out, v)
		i += len(m)
		j := joinRe.FindString(text[i:])
		if j == "" {
			return out
		}
		i += len(j)
	}
}

// add keeps the first value read of a field; relations read on several
// lines are gathered into one list.
func (s *adrScan) add(f Field) {
	for i := range s.fields {
		if o := &s.fields[i]; o.Key == f.Key {
			if o.Value.Kind == List && f.Value.Kind == List {
				o.Value.Items = append(o.Value.Items, f.Value.Items...)
			}
			return
		}
	}
	s.fields = append(s.fields, f)
}

// col returns the file column of byte offset off of text, read shift
// columns into its line.
func (s *adrScan) col(text string, off int) int { return col(text, off) + s.shift }

func isLetter(r rune) bool { return unicode.IsLetter(r) }

// frontStatus reads a front-matter status the way MADR writes it,
// `superseded by [ADR-0005](0005-x.md)` or `accepted; supersedes ADR-0045`:
// the status word stays, the relations become fields.
func (s *adrScan) frontStatus(doc *Document) {
	for i := range doc.Fields {
		fl := &doc.Fields[i]
		if fl.Key != "status" || fl.Value.Kind != Scalar {
			continue
		}
		sub := &adrScan{path: s.path, shift: fl.Value.Col - 1}
		sub.status(fl.Value.Text, 0, fl.Value.Line)
		for _, f := range sub.fields {
			if f.Key == "status" {
				fl.Value.Text = f.Value.Text
			} else {
				s.add(f)
			}
		}
		return
	}
}

// splitPeople makes lists of the people fields written as one string,
// "Jane, Joe".
func splitPeople(doc *Document) {
	for i := range doc.Fields {
		switch f := &doc.Fields[i]; f.Key {
		case "deciders", "decision-makers", "consulted", "informed":
			if f.Value.Kind == Scalar && strings.ContainsAny(f.Value.Text, ",;") {
				f.Value = splitValue(f.Value, ",;")
			}
		}
	}
}

// splitValue splits a scalar at any of seps into a list, each item at its
// own column.
func splitValue(v Value, seps string) Value {
	out := Value{Kind: List, Line: v.Line, Col: v.Col}
	text, off := v.Text, 0
	for _, part := range strings.FieldsFunc(text, func(r rune) bool { return strings.ContainsRune(seps, r) }) {
		at := off + strings.Index(text[off:], part)
		off = at + len(part)
		item := strings.TrimSpace(part)
		if item == "" {
			continue
		}
		lead := strings.Index(part, item)
		out.Items = append(out.Items, Value{Kind: Scalar, Text: item, Line: v.Line, Col: v.Col + col(text, at+lead) - 1})
	}
	return out
}
