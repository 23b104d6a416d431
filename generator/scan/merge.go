package scan

import (
	"sort"
	"strings"
)

// merge folds the report's vulnerabilities that name one flaw in one
// package (the same package and version, and an id or alias in common) into
// one, with the union of the ids and the highest severity.
func merge(r *Report) {
	var out []*Vuln
	byPkg := map[string][]*Vuln{}
	for _, v := range r.Vulns {
		key := v.Package + "\x00" + v.Version
		var into *Vuln
		for _, w := range byPkg[key] {
			if shareID(v, w) {
				into = w
				break
			}
		}
		if into == nil {
			byPkg[key] = append(byPkg[key], v)
			out = append(out, v)
			continue
		}
		absorb(into, v)
	}
	// Absorbing can join two kept entries through a new alias: repeat
	// until nothing joins.
	for changed := true; changed; {
		changed = false
		for i := 0; i < len(out) && !changed; i++ {
			for j := i + 1; j < len(out); j++ {
				a, b := out[i], out[j]
				if a.Package == b.Package && a.Version == b.Version && shareID(a, b) {
					absorb(a, b)
					out = append(out[:j], out[j+1:]...)
					changed = true
					break
				}
			}
		}
	}
	for _, v := range out {
		v.Aliases = cleanAliases(v.ID, v.Aliases)
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Severity != b.Severity {
			return a.Severity > b.Severity
		}
		if a.ID != b.ID {
			return a.ID < b.ID
		}
		return a.Package+a.Version < b.Package+b.Version
	})
	r.Vulns = out
}

func shareID(a, b *Vuln) bool {
	for _, id := range b.IDs() {
		if a.Names(id) {
			return true
		}
	}
	return false
}

// absorb merges v into into: ids, highest severity, and the facts into
// lacks.
func absorb(into, v *Vuln) {
	into.Aliases = append(into.Aliases, v.IDs()...)
	into.Severity = max(into.Severity, v.Severity)
	if into.Fixed == "" {
		into.Fixed = v.Fixed
	}
	if into.PURL == "" {
		into.PURL = v.PURL
	}
	if into.Title == "" {
		into.Title = v.Title
	}
}

// cleanAliases removes id and repeats (ignoring case) and sorts the rest.
func cleanAliases(id string, aliases []string) []string {
	seen := map[string]bool{strings.ToUpper(id): true}
	var out []string
	for _, a := range aliases {
		if u := strings.ToUpper(a); a != "" && !seen[u] {
			seen[u] = true
			out = append(out, a)
		}
	}
	sort.Strings(out)
	return out
}
