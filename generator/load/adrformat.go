package load

import "strings"

// The formats a decision file may be written in, as ADRFormat names them.
const (
	FormatSecdoc     = "secdoc"     // front matter with an id, secdoc's own skeleton
	FormatADRTools   = "adr-tools"  // `# N. Title`, `Date:` and a `## Status` section
	FormatMADR       = "madr"       // MADR 4: front matter without an id, decision-makers
	FormatMADR3      = "madr3"      // MADR 3: front matter with deciders
	FormatMADR2      = "madr2"      // MADR 2: `* Status:` bullets under the title
	FormatLog4brains = "log4brains" // `- Status:` bullets, YYYYMMDD-slug.md
)

// ADRFormat names the tool a decision document read by ADR is written
// for, from the same signs the reader reads it by: front matter with an
// id is secdoc's, front matter without one MADR's (MADR 3's when it
// names deciders, which MADR 4 calls decision-makers); without front matter, a
// `## Status` section is adr-tools', `-` header bullets or a date-prefixed
// name log4brains', `*` bullets MADR 2's.
func ADRFormat(doc *Document) string {
	if doc.Format != "" {
		if fl, ok := doc.Field("id"); ok && !fl.Inferred {
			return FormatSecdoc
		}
		if fl, ok := doc.Field("deciders"); ok && !fl.Inferred {
			return FormatMADR3
		}
		return FormatMADR
	}
	if datedName(doc.Path) {
		return FormatLog4brains
	}
	bullet, fence := "", ""
	for _, l := range bodyLines(doc) {
		if m := fenceRe.FindStringSubmatch(l.text); m != nil && fence == "" {
			fence = m[1]
			continue
		} else if m != nil && m[1] == fence {
			fence = ""
			continue
		}
		if fence != "" {
			continue // example text
		}
		text := blank(l.text)
		if m := headingRe.FindStringSubmatch(text); m != nil {
			if m[1] != "#" && strings.HasPrefix(strings.ToLower(m[2]), "status") {
				return FormatADRTools
			}
			continue
		}
		if m := keyRe.FindStringSubmatch(text); m != nil && bullet == "" {
			bullet = m[1]
		}
	}
	switch bullet {
	case "-":
		return FormatLog4brains
	case "*", "+":
		return FormatMADR2
	}
	return FormatADRTools
}
