package render

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"sort"
	"strconv"
	"strings"

	"github.com/secdoc/secdoc/generator/risk"
)

// RadiatorSettings configures the radiator page.
type RadiatorSettings struct {
	Refresh    int // seconds between reloads
	StaleAfter int // hours after which the build is stale
	Items      int // records named per tile
	// Firefighter is who is on duty on the build date, Next who follows
	// from NextFrom (YYYY-MM-DD); all "" without a rotation.
	Firefighter, Next, NextFrom string
}

// Filter is a subset of the register on its own page, so that heatmap cells
// and bands link to a filtered register that works without JavaScript.
type Filter struct {
	Title    string
	Residual bool   // the cell is of the after-mitigation heatmap
	Order    string // the key of a sorted register, "" for a filtered one
	threats  []*risk.Threat
	list     func() []*risk.Threat // sorts the register when the page is rendered
}

// Threats returns the threats the page lists. A sorted register is sorted
// only when its page is rendered, which an incremental update may skip.
// A Filter belongs to one page, rendered by one goroutine.
func (f *Filter) Threats() []*risk.Threat {
	if f.list != nil {
		f.threats, f.list = f.list(), nil
	}
	return f.threats
}

// riskCrumbs lead back to the register from a filtered page.
var riskCrumbs = []Crumb{{"Home", ""}, {"Risks", RegisterPath("")}}

// rated returns the analysis when the site has threats, else nil: a site
// without threats has no risk pages.
func (b *builder) rated() *risk.Analysis {
	if a := b.site.Risk; a != nil && len(a.Threats) > 0 {
		return a
	}
	return nil
}

func registerPages(b *builder, k *PageKind) []*Page {
	if b.rated() == nil {
		return nil
	}
	p := b.page(k, RegisterPath(""), "Risks")
	p.Crumbs, p.rows = []Crumb{{"Home", ""}}, b.rows
	return []*Page{p}
}

func cellPages(residual bool) func(b *builder, k *PageKind) []*Page {
	return func(b *builder, k *PageKind) []*Page {
		a := b.rated()
		if a == nil {
			return nil
		}
		m, what := a.Current, "current exposure"
		if residual {
			m, what = a.Residual, "after mitigation"
		}
		var pages []*Page
		for _, c := range m.Cells() {
			pages = append(pages, b.filterPage(k, CellPath(residual, c), Filter{
				Title: "Likelihood " + itoa(c.Likelihood) + " × impact " + itoa(c.Impact) + ": " + what, threats: c.Threats, Residual: residual}))
		}
		return pages
	}
}

func bandPages(b *builder, k *PageKind) []*Page {
	a := b.rated()
	if a == nil {
		return nil
	}
	var pages []*Page
	for _, band := range risk.BandNames {
		pages = append(pages, b.filterPage(k, BandPath(band), Filter{
			Title: strings.ToUpper(band[:1]) + band[1:] + " risks: current exposure", threats: a.Radiator.Exposure[band]}))
	}
	return pages
}

func orderPages(b *builder, k *PageKind) []*Page {
	a := b.rated()
	if a == nil {
		return nil
	}
	var pages []*Page
	for _, o := range RegisterOrders[1:] {
		pages = append(pages, b.filterPage(k, RegisterPath(o.Key), Filter{
			Title: "Risk register by " + o.Label, list: func() []*risk.Threat { return o.sorted(a.Threats) }, Order: o.Key}))
	}
	return pages
}

func radiatorPages(b *builder, k *PageKind) []*Page {
	if b.rated() == nil {
		return nil
	}
	return []*Page{b.page(k, RadiatorPath, "Security-debt radiator")}
}

func (b *builder) filterPage(k *PageKind, path string, f Filter) *Page {
	p := b.page(k, path, f.Title)
	p.Crumbs, p.Filter, p.rows = riskCrumbs, &f, b.rows
	return p
}

// riskFile declares a data file of the risk analysis, written when the
// site has threats.
func riskFile(path string, data func(*builder) ([]byte, error)) func(b *builder, k *PageKind) []*Page {
	return func(b *builder, k *PageKind) []*Page {
		if b.rated() == nil {
			return nil
		}
		return []*Page{b.file(k, path, data)}
	}
}

// Order is a way to sort the register, offered as static pages so that
// sorting works without JavaScript.
type Order struct {
	Key, Label string
	key        func(t *risk.Threat) orderKey // nil for the analysis's own order
}

// orderKey is what an order compares of a threat, worked out once per
// threat rather than at every comparison.
type orderKey struct {
	text, tie string // compared in turn; empty text sorts last when last is set
	rank      int    // compared first when not zero
	last      bool
}

func (a orderKey) less(b orderKey) bool {
	if a.rank != b.rank {
		return a.rank < b.rank
	}
	if a.last && (a.text == "" || b.text == "") {
		return a.text != "" && b.text == ""
	}
	if a.text != b.text {
		return a.text < b.text
	}
	return a.tie < b.tie
}

// RegisterOrders are the register's orders; the first is the default.
var RegisterOrders = []Order{
	{"score", "score", nil},
	{"id", "id", func(t *risk.Threat) orderKey { return orderKey{text: t.Key(), tie: t.Source} }},
	{"due", "due date", func(t *risk.Threat) orderKey { return orderKey{text: t.Due.String(), last: true} }},
	{"status", "status", func(t *risk.Threat) orderKey { return orderKey{rank: statusRank(t) + 1} }},
	{"owner", "owner", func(t *risk.Threat) orderKey { return orderKey{text: strings.ToLower(t.Owner()), last: true} }},
}

// sorted returns a copy of threats (given in score order) in this order;
// ties keep score order.
func (o Order) sorted(threats []*risk.Threat) []*risk.Threat {
	out := append([]*risk.Threat(nil), threats...)
	if o.key == nil {
		return out
	}
	keys := make(map[*risk.Threat]orderKey, len(out))
	for _, t := range out {
		keys[t] = o.key(t)
	}
	sort.SliceStable(out, func(i, j int) bool { return keys[out[i]].less(keys[out[j]]) })
	return out
}

// statusRank orders threats by their status's place in the enumeration.
func statusRank(t *risk.Threat) int {
	if w := t.Spec.Field("status").Weight(t.State()); w > 0 {
		return w - 1
	}
	return len(t.Spec.Field("status").Values)
}

// Threat returns the rated threat of the page's record, or nil.
func (p *Page) Threat() *risk.Threat {
	if p.Site.Risk == nil || p.Record == nil {
		return nil
	}
	return p.Site.Risk.Of(p.Record)
}

// AssetRisk returns the risk row of the page's asset, or nil.
func (p *Page) AssetRisk() *risk.AssetRisk {
	if p.Record == nil {
		return nil
	}
	return p.Site.Risk.AssetOf(p.Record)
}

// risksDoc is api/risks.json.
type risksDoc struct {
	Bands   map[string][2]int `json:"bands"`
	Threats []threatJSON      `json:"threats"`
	Heatmap [][]int           `json:"heatmap"`
}

type threatJSON struct {
	ID            string   `json:"id"`
	Title         string   `json:"title"`
	URL           string   `json:"url"`
	Stride        []string `json:"stride"`
	Assets        []string `json:"assets"`
	Likelihood    int      `json:"likelihood"`
	Impact        int      `json:"impact"`
	ImpactDerived bool     `json:"impact_derived"`
	Score         int      `json:"score"`
	Band          string   `json:"band"`
	Status        string   `json:"status"`
	Owner         string   `json:"owner"`
	Due           string   `json:"due"`
}

// risksJSON returns api/risks.json: the bands as [lowest, highest] scores,
// every threat highest score first, and the current-exposure heatmap as
// heatmap[likelihood-1][impact-1].
func risksJSON(b *builder) ([]byte, error) {
	a, u := b.site.Risk, b.r.u
	out := risksDoc{Bands: map[string][2]int{
		risk.Low: {1, a.Bands.Low}, risk.Medium: {a.Bands.Low + 1, a.Bands.Medium},
		risk.High: {a.Bands.Medium + 1, a.Bands.High}, risk.Critical: {a.Bands.High + 1, 25},
	}, Threats: []threatJSON{}, Heatmap: a.Current.Counts()}
	for _, t := range a.Threats {
		out.Threats = append(out.Threats, threatJSON{
			ID: t.ID, Title: t.Title, URL: u.Canonical(t.Path), Stride: nonNil(t.Stride), Assets: ids(t.Assets),
			Likelihood: t.Risk.Likelihood, Impact: t.Risk.Impact, ImpactDerived: t.Risk.ImpactDerived,
			Score: t.Risk.Score, Band: t.Risk.Band, Status: t.State(), Owner: t.Owner(), Due: t.Due.String(),
		})
	}
	return marshal(out)
}

// radiatorDoc is api/radiator.json.
type radiatorDoc struct {
	Built                 string         `json:"built"`
	OpenThreats           map[string]int `json:"open_threats"`
	Overdue               []string       `json:"overdue"`
	ExpiredAcceptances    []string       `json:"expired_acceptances"`
	UnrecordedAcceptances []string       `json:"unrecorded_acceptances"`
	StaleSOPs             []string       `json:"stale_sops"`
	PendingDecisions      []string       `json:"pending_decisions"`
	UnmodelledAssets      []string       `json:"unmodelled_assets"`
	Vulnerabilities       vulnDoc        `json:"vulnerabilities"`
	CodeFindings          vulnDoc        `json:"code_findings"`
	Firefighter           string         `json:"firefighter,omitempty"`
	FirefighterNext       string         `json:"firefighter_next,omitempty"`
}

// radiatorJSON returns api/radiator.json, which the radiator page polls.
func radiatorJSON(b *builder) ([]byte, error) {
	site := b.site
	rad := site.Risk.Radiator
	open := map[string]int{}
	for _, b := range risk.BandNames {
		open[b] = rad.ExposureCount(b)
	}
	vulns, code := vulnJSON(site.Vulns)
	return marshal(radiatorDoc{
		Vulnerabilities: vulns, CodeFindings: code,
		Built: site.BuiltAt, OpenThreats: open, Overdue: rad.Overdue.IDs(),
		ExpiredAcceptances: rad.ExpiredAcceptances.IDs(), UnrecordedAcceptances: rad.UnrecordedAcceptances.IDs(),
		StaleSOPs: rad.StaleSOPs.IDs(), PendingDecisions: rad.PendingDecisions.IDs(), UnmodelledAssets: rad.UnmodelledAssets.IDs(),
		Firefighter: site.Radiator.Firefighter, FirefighterNext: site.Radiator.Next,
	})
}

// risksCSV returns the register as RFC 4180 CSV for spreadsheets.
func risksCSV(b *builder) ([]byte, error) {
	a, u := b.site.Risk, b.r.u
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	w.UseCRLF = true
	_ = w.Write([]string{"id", "title", "stride", "assets", "likelihood", "impact", "impact_derived", "score", "band", "status", "owner", "due", "decision", "url"})
	for _, t := range a.Threats {
		row := []string{t.ID, t.Title, strings.Join(t.Stride, " "), strings.Join(ids(t.Assets), " "),
			num(t.Risk.Likelihood), num(t.Risk.Impact), strconv.FormatBool(t.Risk.ImpactDerived), num(t.Risk.Score),
			t.Risk.Band, t.State(), t.Owner(), t.Due.String(), refID(b.site.Graph, t.Ref("decision")), u.Canonical(t.Path)}
		for i := range row {
			row[i] = defuse(row[i])
		}
		_ = w.Write(row)
	}
	w.Flush()
	return buf.Bytes(), w.Error()
}

func num(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// marshal encodes v as compact JSON with a final newline; pipe the files
// through jq to read them.
func marshal(v any) ([]byte, error) {
	var buf bytes.Buffer
	err := json.NewEncoder(&buf).Encode(v)
	return buf.Bytes(), err
}

// defuse stops a spreadsheet from running a cell as a formula: content is
// untrusted, and a title such as "=HYPERLINK(...)" would otherwise execute
// when the register is opened. Such cells get a leading apostrophe.
func defuse(cell string) string {
	if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
		return "'" + cell
	}
	return cell
}
