package render

import (
	"github.com/secdoc/secdoc/generator/vuln"
)

// vulnDoc is the "vulnerabilities" object of api/radiator.json: open
// findings by severity, the accepted ones, and the reports.
type vulnDoc struct {
	Critical int         `json:"critical"`
	High     int         `json:"high"`
	Medium   int         `json:"medium"`
	Low      int         `json:"low"`
	Unknown  int         `json:"unknown"`
	Accepted *int        `json:"accepted,omitempty"`
	Reports  []reportDoc `json:"reports"`
}

// reportDoc is one report in api/radiator.json.
type reportDoc struct {
	File      string `json:"file"`
	Tool      string `json:"tool"`
	Generated string `json:"generated"` // RFC 3339, "" when the report does not say
	Stale     bool   `json:"stale"`
}

// vulnJSON returns the vulnerabilities and code_findings objects.
func vulnJSON(b *vuln.Board) (vulns, code vulnDoc) {
	if b == nil {
		b = &vuln.Board{}
	}
	o, c := b.Open(), b.CodeCounts()
	accepted := b.AcceptedCount()
	vulns = vulnDoc{Critical: o["critical"], High: o["high"], Medium: o["medium"], Low: o["low"], Unknown: o["unknown"], Accepted: &accepted, Reports: []reportDoc{}}
	code = vulnDoc{Critical: c["critical"], High: c["high"], Medium: c["medium"], Low: c["low"], Unknown: c["unknown"], Reports: []reportDoc{}}
	for _, r := range b.Reports {
		d := reportDoc{File: r.File, Tool: r.Tool, Stale: r.Stale}
		if r.AgeKnown() {
			d.Generated = r.Generated.UTC().Format("2006-01-02T15:04:05Z07:00")
		}
		if len(r.Vulns) > 0 || len(r.Code) == 0 {
			vulns.Reports = append(vulns.Reports, d)
		}
		if len(r.Code) > 0 {
			code.Reports = append(code.Reports, d)
		}
	}
	return vulns, code
}
