package scan

// grypeReport is the part of Grype's `-o json` report secdoc reads.
type grypeReport struct {
	Matches []struct {
		Vulnerability struct {
			ID       string
			Severity string
			Fix      struct{ Versions []string }
		}
		RelatedVulnerabilities []struct{ ID string }
		Artifact               struct {
			Name, Version, PURL string
			Locations           []struct{ Path string }
		}
	}
	Source struct {
		Type   string
		Target any // a string for a directory, an object for an image
	}
	Descriptor struct {
		Name      string
		Timestamp string
	}
}

func readGrype(r *Report, data []byte) error {
	var g grypeReport
	if err := decodeAll(data, &g); err != nil {
		return err
	}
	if g.Descriptor.Name != "" {
		r.Tool = g.Descriptor.Name
	}
	r.Generated = parseTime(g.Descriptor.Timestamp)
	r.Target = grypeTarget(g.Source.Target)
	for _, m := range g.Matches {
		v := &Vuln{
			ID: m.Vulnerability.ID, Severity: Word(m.Vulnerability.Severity),
			Package: m.Artifact.Name, Version: m.Artifact.Version, PURL: m.Artifact.PURL,
			Target: r.Target,
		}
		if len(m.Vulnerability.Fix.Versions) > 0 {
			v.Fixed = m.Vulnerability.Fix.Versions[0]
		}
		for _, rel := range m.RelatedVulnerabilities {
			v.Aliases = append(v.Aliases, rel.ID)
		}
		r.Vulns = append(r.Vulns, v)
	}
	return nil
}

// grypeTarget names the scanned target: a directory's path, or an image's
// userInput.
func grypeTarget(t any) string {
	switch t := t.(type) {
	case string:
		return t
	case map[string]any:
		if s, ok := t["userInput"].(string); ok {
			return s
		}
	}
	return ""
}
