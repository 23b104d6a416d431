package model

import (
	"fmt"
	"path"
	"regexp"
	"strconv"
	"strings"
)

var (
	// datedName is log4brains' file naming: YYYYMMDD-slug.
	datedName = regexp.MustCompile(`^\d{8}-.`)
	// numberedName is adr-tools' and its relatives': 0007-slug, ADR007-slug, 012_slug.
	numberedName = regexp.MustCompile(`^(?i)(?:adr[-_ ]?)?(\d{1,6})(?:[-_ .]|$)`)
	// numberedTitle is a heading that repeats the number: "1. ", "ADR001: ", "020. ", "ADR-7 - ".
	numberedTitle = regexp.MustCompile(`^(?i)(?:adr[-_ ]?)?\d{1,6}(?:\s*[.:]|\s+[-–—])\s+(\S.*)$`)
)

// NameID returns the id a file name implies under rule, "" when none: see
// IDRule.FromName.
func NameID(rule IDRule, file string) string {
	base := path.Base(file)
	name := strings.TrimSuffix(base, path.Ext(base))
	if !rule.FromName {
		return ""
	}
	if datedName.MatchString(name) {
		return strings.ToUpper(name)
	}
	m := numberedName.FindStringSubmatch(name)
	if m == nil {
		return ""
	}
	n, err := strconv.Atoi(m[1])
	if err != nil {
		return ""
	}
	return fmt.Sprintf("%s-%0*d", rule.Prefix, rule.Width, n)
}

// bareTitle returns a heading without the number prefix an ADR tool wrote
// in front of it.
func bareTitle(s string) string {
	if m := numberedTitle.FindStringSubmatch(s); m != nil {
		return m[1]
	}
	return s
}
