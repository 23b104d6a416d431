package render

import (
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"sort"
	"strings"

	"github.com/secdoc/secdoc/generator/model"
	"github.com/secdoc/secdoc/generator/vuln"
)

// OpenVEXContext is the context of the OpenVEX version secdoc writes.
const OpenVEXContext = "https://openvex.dev/ns/v0.2.0"

// openVEXFile declares api/openvex.json: the decisions recorded about the
// vulnerabilities threats name, for Grype's and Trivy's --vex.
func openVEXFile(b *builder, k *PageKind) []*Page {
	if b.scanned() == nil || !b.decided() {
		return nil // OpenVEX asks for at least one statement
	}
	return []*Page{b.file(k, "api/openvex.json", openVEX)}
}

type vexDoc struct {
	Context    string         `json:"@context"`
	ID         string         `json:"@id"`
	Author     string         `json:"author"`
	Timestamp  string         `json:"timestamp"`
	Version    int            `json:"version"`
	Tooling    string         `json:"tooling"`
	Statements []vexStatement `json:"statements"`
}

type vexStatement struct {
	Vulnerability   vexVuln      `json:"vulnerability"`
	Products        []vexProduct `json:"products"`
	Status          string       `json:"status"`
	Justification   string       `json:"justification,omitempty"`
	ImpactStatement string       `json:"impact_statement,omitempty"`
	ActionStatement string       `json:"action_statement,omitempty"`
}

type vexVuln struct {
	Name    string   `json:"name"`
	Aliases []string `json:"aliases,omitempty"`
}

type vexProduct struct {
	ID string `json:"@id"`
}

// openVEX writes one statement per vulnerability a threat decides:
// accepted ones as affected, with the decision and the date it runs to;
// not-affecting ones as not_affected with the threat's vex_justification
// (the site warns about one without, which gets no statement).
func openVEX(b *builder) ([]byte, error) {
	doc := vexDoc{Context: OpenVEXContext, Author: b.site.Title, Timestamp: b.site.BuiltAt, Version: 1, Tooling: "secdoc " + b.site.Version}
	byKey := map[string]*vexStatement{}
	var keys []string
	for _, f := range b.site.Vulns.Findings {
		st := statement(b, f)
		if st == nil {
			continue
		}
		key := f.Threat.ID + "\x00" + f.ID + "\x00" + st.Status
		if have := byKey[key]; have != nil {
			have.Products = addProduct(have.Products, product(f))
			continue
		}
		byKey[key] = st
		keys = append(keys, key)
	}
	sort.Strings(keys)
	doc.Statements = []vexStatement{}
	for _, k := range keys {
		doc.Statements = append(doc.Statements, *byKey[k])
	}
	data, err := marshal(doc.Statements)
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256(data)
	doc.ID = "urn:secdoc:openvex:" + hex.EncodeToString(sum[:16])
	if u := b.r.u.Canonical("api/openvex.json"); strings.Contains(u, "://") {
		doc.ID = u
	}
	return marshal(doc)
}

// decided reports whether any finding gets a statement.
func (b *builder) decided() bool {
	for _, f := range b.site.Vulns.Findings {
		if statement(b, f) != nil {
			return true
		}
	}
	return false
}

func statement(b *builder, f *vuln.Finding) *vexStatement {
	st := &vexStatement{Vulnerability: vexVuln{Name: f.ID, Aliases: f.Aliases}, Products: addProduct(nil, product(f))}
	switch {
	case f.State == vuln.Accepted:
		st.Status = "affected"
		st.ActionStatement = acceptance(b, f.Threat, f.Until)
	case f.State == vuln.NotAffected && f.Threat.Text("vex_justification") != "":
		// OpenVEX takes a justification or an impact statement, not both.
		st.Status, st.Justification = "not_affected", strings.ReplaceAll(f.Threat.Text("vex_justification"), "-", "_")
	default:
		return nil
	}
	return st
}

// acceptance words an accepted vulnerability's action statement.
func acceptance(b *builder, t *model.Record, until model.Date) string {
	s := "Risk " + t.Status() + " in " + t.ID
	if d := b.site.Graph.Target(t.Ref("decision")); d != nil {
		s += " by decision " + d.ID + " (" + d.Title + ")"
	}
	if until.IsZero() {
		return s + ", with no end date."
	}
	return s + " until " + until.String() + "."
}

// product names what a finding was found in, as the IRI OpenVEX asks for:
// its package URL, else a generic package URL of the package or of the
// report's target.
func product(f *vuln.Finding) string {
	switch {
	case f.PURL != "":
		return f.PURL
	case f.Package != "":
		return "pkg:generic/" + url.PathEscape(f.Package) + "@" + url.PathEscape(f.Version)
	case f.Report.Target != "":
		return "pkg:generic/" + url.PathEscape(f.Report.Target)
	}
	return "pkg:generic/" + url.PathEscape(f.Report.File)
}

func addProduct(ps []vexProduct, id string) []vexProduct {
	for _, p := range ps {
		if p.ID == id {
			return ps
		}
	}
	ps = append(ps, vexProduct{ID: id})
	sort.Slice(ps, func(i, j int) bool { return ps[i].ID < ps[j].ID })
	return ps
}
