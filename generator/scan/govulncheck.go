package scan

import (
	"bytes"
	"encoding/json"
	"io"
)

// govulncheckMessage is one object of govulncheck's `-json` stream: each
// holds one of config, progress, SBOM, osv or finding.
type govulncheckMessage struct {
	Config *struct {
		ScannerName string `json:"scanner_name"`
	}
	OSV     *osvEntry
	Finding *struct {
		OSV          string
		FixedVersion string `json:"fixed_version"`
		Trace        []struct {
			Module, Version, Package, Function string
		}
	}
}

// readGovulncheck counts each vulnerability once per module: govulncheck
// writes a finding at module level, then again at package and symbol level
// as far as its scan reaches, and an osv entry for every vulnerability it
// considered, found or not. Only entries a finding names count.
func readGovulncheck(r *Report, data []byte) error {
	entries := map[string]*osvEntry{}
	seen := map[string]*Vuln{}
	var order []*Vuln
	dec := json.NewDecoder(bytes.NewReader(data))
	for {
		var m govulncheckMessage
		err := dec.Decode(&m)
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
		switch {
		case m.Config != nil && m.Config.ScannerName != "":
			r.Tool = m.Config.ScannerName
		case m.OSV != nil:
			entries[m.OSV.ID] = m.OSV
		case m.Finding != nil && len(m.Finding.Trace) > 0:
			f, top := m.Finding, m.Finding.Trace[0]
			key := f.OSV + "\x00" + top.Module + "\x00" + top.Version
			if seen[key] == nil {
				v := &Vuln{ID: f.OSV, Package: top.Module, Version: top.Version, Fixed: f.FixedVersion}
				seen[key] = v
				order = append(order, v)
			}
		}
	}
	for _, v := range order {
		if e := entries[v.ID]; e != nil {
			v.Aliases, v.Title, v.Severity = e.Aliases, e.Summary, e.word()
			if v.Fixed == "" {
				v.Fixed = e.fixed(v.Package)
			}
		}
		r.Vulns = append(r.Vulns, v)
	}
	return nil
}
