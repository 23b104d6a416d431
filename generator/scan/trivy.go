package scan

import "time"

// trivyReport is the part of Trivy's `--format json` report secdoc reads
// (schema version 2).
type trivyReport struct {
	CreatedAt    string
	ArtifactName string
	Results      []struct {
		Target          string
		Vulnerabilities []struct {
			VulnerabilityID  string
			PkgName          string
			InstalledVersion string
			FixedVersion     string
			Severity         string
			Title            string
			PkgIdentifier    struct{ PURL string }
		}
	}
}

func readTrivy(r *Report, data []byte) error {
	var t trivyReport
	if err := decodeAll(data, &t); err != nil {
		return err
	}
	r.Target = t.ArtifactName
	r.Generated = parseTime(t.CreatedAt)
	for _, res := range t.Results {
		for _, v := range res.Vulnerabilities {
			r.Vulns = append(r.Vulns, &Vuln{
				ID: v.VulnerabilityID, Severity: Word(v.Severity),
				Package: v.PkgName, Version: v.InstalledVersion, Fixed: firstOf(v.FixedVersion),
				PURL: v.PkgIdentifier.PURL, Target: res.Target, Title: v.Title,
			})
		}
	}
	return nil
}

// parseTime reads an RFC 3339 time; anything else (Grype's empty test
// timestamp, Go's zero time) is the zero time: unknown.
func parseTime(s string) time.Time {
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil || t.Year() < 1970 {
		return time.Time{}
	}
	return t.UTC()
}

// firstOf returns the first of Trivy's comma-separated fixed versions.
func firstOf(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] == ',' {
			return s[:i]
		}
	}
	return s
}
