package risk

import (
	"fmt"
	"strings"
	"testing"

	"github.com/secdoc/secdoc/generator/kinds"
	"github.com/secdoc/secdoc/generator/link"
	"github.com/secdoc/secdoc/generator/load"
	"github.com/secdoc/secdoc/generator/markdown"
	"github.com/secdoc/secdoc/generator/model"
	"github.com/secdoc/secdoc/generator/urls"
)

func date(s string) model.Date {
	d, err := model.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

var now = date("2026-11-25")

var engine = markdown.New(markdown.Options{})

// doc is the source of one content file.
type doc struct {
	path, id string
	fields   []string // front-matter lines after the id, such as "status: open"
}

// record declares a file in folder with the given id and front-matter lines.
func record(folder, id string, fields ...string) doc {
	return doc{path: "content/" + folder + "/" + id + ".md", id: id, fields: fields}
}

// with returns the document with more front-matter lines.
func (d doc) with(fields ...string) doc {
	d.fields = append(append([]string(nil), d.fields...), fields...)
	return d
}

// source writes the file: front matter only.
func (d doc) source() string {
	var b strings.Builder
	b.WriteString("---\nid: " + d.id + "\n")
	for _, f := range d.fields {
		b.WriteString(f + "\n")
	}
	b.WriteString("---\n")
	return b.String()
}

// asset declares an asset rated c, i and a for its three goals.
func asset(id, c, i, a string) doc {
	return record("assets", id, "confidentiality: "+c, "integrity: "+i, "availability: "+a)
}

// threat declares a threat; a likelihood or impact of 0 and a nil stride
// leave the field out.
func threat(id string, l, i int, status string, stride []string, assets ...string) doc {
	d := record("threats", id, "status: "+status)
	if l > 0 {
		d = d.with(fmt.Sprintf("likelihood: %d", l))
	}
	if i > 0 {
		d = d.with(fmt.Sprintf("impact: %d", i))
	}
	if stride != nil {
		d = d.with("stride: [" + strings.Join(stride, ", ") + "]")
	}
	if assets != nil {
		d = d.with("assets: [" + strings.Join(assets, ", ") + "]")
	}
	return d
}

// decode loads, decodes and links the documents, in the order given,
// failing on any diagnostic. It returns the records in that order, by id
// too, and their graph.
func decode(tb testing.TB, docs ...doc) ([]*model.Record, map[string]*model.Record, *link.Graph) {
	tb.Helper()
	var records []*model.Record
	byID := map[string]*model.Record{}
	for _, d := range docs {
		f, diags := load.Parse(d.path, []byte(d.source()))
		if len(diags) > 0 {
			tb.Fatalf("load %s: %v", d.path, diags)
		}
		r, diags := model.Decode(f, kinds.Registry, engine)
		if len(diags) > 0 {
			tb.Fatalf("decode %s: %v", d.path, diags)
		}
		records = append(records, r)
		byID[r.ID] = r
	}
	g, diags := link.Resolve(records, nil, urls.New(""))
	if len(diags) > 0 {
		tb.Fatalf("resolve: %v", diags)
	}
	return records, byID, g
}

// analyse rates the documents as of now with the default bands.
func analyse(tb testing.TB, docs ...doc) *Analysis {
	tb.Helper()
	records, _, g := decode(tb, docs...)
	return Analyse(records, g, Options{Bands: DefaultBands, Now: now})
}

func TestBands(t *testing.T) {
	tests := map[int]string{0: "", 1: Low, 4: Low, 5: Medium, 9: Medium, 10: High, 16: High, 17: Critical, 25: Critical}
	for score, want := range tests {
		if got := DefaultBands.Band(score); got != want {
			t.Errorf("Band(%d) = %q, want %q", score, got, want)
		}
	}
	if err := (Bands{Low: 5, Medium: 5, High: 10}).Validate(); err == nil {
		t.Error("overlapping bands accepted")
	}
}

func TestScore(t *testing.T) {
	orders := asset("AST-1", "low", "critical", "medium")
	site := asset("AST-2", "high", "low", "high")
	tests := []struct {
		name    string
		threat  doc
		score   int
		band    string
		derived string // DerivedFrom, "" when impact was given
	}{
		{"given", threat("T1", 3, 4, "open", nil, "AST-1"), 12, High, ""},
		{"tampering takes integrity", threat("T2", 2, 0, "open", []string{"tampering"}, "AST-1"), 10, High, "AST-1 integrity critical"},
		{"disclosure takes confidentiality", threat("T3", 2, 0, "open", []string{"information-disclosure"}, "AST-1"), 4, Low, "AST-1 confidentiality low"},
		{"denial of service takes availability, highest asset", threat("T4", 3, 0, "open", []string{"denial-of-service"}, "AST-1", "AST-2"), 12, High, "AST-2 availability high"},
		{"spoofing takes confidentiality and integrity", threat("T5", 1, 0, "open", []string{"spoofing"}, "AST-2"), 4, Low, "AST-2 confidentiality high"},
		{"elevation takes all three", threat("T6", 5, 0, "open", []string{"elevation-of-privilege"}, "AST-1"), 25, Critical, "AST-1 integrity critical"},
		{"unrated without likelihood", threat("T7", 0, 3, "open", nil), 0, "", ""},
		{"unrated without stride to derive from", threat("T8", 3, 0, "open", nil, "AST-1"), 0, "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, rs, g := decode(t, orders, site, tc.threat)
			th := newThreat(rs[tc.threat.id], g, DefaultBands)
			s := score(th, DefaultBands)
			if s.Score != tc.score || s.Band != tc.band || s.DerivedFrom != tc.derived || s.ImpactDerived != (tc.derived != "") {
				t.Errorf("got score %d band %q derived %q (%v), want %d %q %q", s.Score, s.Band, s.DerivedFrom, s.ImpactDerived, tc.score, tc.band, tc.derived)
			}
		})
	}
}

func TestResidualScore(t *testing.T) {
	_, rs, g := decode(t, threat("T1", 4, 5, "in-progress", nil).with("residual_likelihood: 2"))
	s := score(newThreat(rs["T1"], g, DefaultBands), DefaultBands)
	if s.ResidualScore != 10 || s.ResidualBand != High {
		t.Errorf("got residual %d %q, want 10 high (impact kept when only likelihood is given)", s.ResidualScore, s.ResidualBand)
	}
}

func TestHeatmaps(t *testing.T) {
	a := asset("AST-1", "high", "high", "high")
	open := threat("T1", 4, 5, "open", []string{"tampering"}, "AST-1").with("residual_likelihood: 1", "residual_impact: 2")
	prog := threat("T2", 4, 5, "in-progress", []string{"denial-of-service"}, "AST-1")
	done := threat("T3", 4, 5, "mitigated", []string{"tampering"}, "AST-1")
	an := analyse(t, a, open, prog, done)
	if got := an.Current.Counts()[3][4]; got != 2 {
		t.Errorf("current l4 i5: got %d, want 2 (mitigated excluded)", got)
	}
	if got := an.Residual.Counts(); got[3][4] != 1 || got[0][1] != 1 {
		t.Errorf("residual: got %v, want T1 at l1 i2 and T2 still at l4 i5", got)
	}
	if c := an.Current.Cell(4, 5); c.Key() != "l4-i5" || c.Band != Critical {
		t.Errorf("cell: got %s %s, want l4-i5 critical", c.Key(), c.Band)
	}
	goals := an.Assets[0].Goals
	if goals[0].Open != 0 || goals[1].Open != 1 || goals[2].Open != 1 {
		t.Errorf("asset goals: got %+v, want C 0, I 1, A 1 open", goals)
	}
	if rows := an.Current.Rows(); rows[0][0].Likelihood != 5 || rows[4][4].Impact != 5 {
		t.Error("rows must run from likelihood 5 down, impact 1 across")
	}
}

func ids(tile Tile) string { return strings.Join(tile.IDs(), ",") }

func TestRadiatorRules(t *testing.T) {
	modelled := asset("AST-1", "low", "low", "low")
	unmodelled := asset("AST-2", "low", "low", "low")
	adr := record("decisions", "ADR-1", "status: accepted")
	proposed := record("decisions", "ADR-2", "status: proposed", "date: 2026-10-26")
	undated := record("decisions", "ADR-3", "status: proposed")

	overdue := threat("T-overdue", 3, 3, "open", nil, "AST-1").with("due: 2026-11-24")
	dueToday := threat("T-today", 3, 3, "in-progress", nil, "AST-1").with("due: 2026-11-25")
	noDates := threat("T-nodates", 3, 3, "open", nil, "AST-1")
	doneLate := threat("T-mitigated-late", 3, 3, "mitigated", nil).with("due: 2026-01-01")

	expired := threat("T-expired", 2, 2, "accepted", nil).with("accepted_until: 2026-11-24", "decision: ADR-1")
	endsToday := threat("T-ends-today", 2, 2, "accepted", nil).with("accepted_until: 2026-11-25", "decision: ADR-1")
	unrecorded := threat("T-unrecorded", 2, 2, "accepted", nil)
	transferred := threat("T-transferred", 2, 2, "transferred", nil)
	avoided := threat("T-avoided", 2, 2, "avoided", nil).with("decision: ADR-1")

	fresh := record("sops", "SOP-fresh", "last_tested: 2026-11-01", "review_interval: 90")
	stale := record("sops", "SOP-stale", "last_tested: 2026-08-01", "review_interval: 90")
	boundary := record("sops", "SOP-boundary", "last_tested: 2026-08-27", "review_interval: 90")
	never := record("sops", "SOP-never")
	byExercise := record("sops", "SOP-exercised")
	oldDefault := record("sops", "SOP-default", "last_tested: 2026-05-01")
	exercise := record("exercises", "EX-1", "date: 2026-10-01", "sops: [SOP-exercised, SOP-stale]")

	r := analyse(t, modelled, unmodelled, adr, proposed, undated, overdue, dueToday, noDates, doneLate,
		expired, endsToday, unrecorded, transferred, avoided, fresh, stale, boundary, never, byExercise, oldDefault, exercise).Radiator

	tests := []struct{ tile, got, want string }{
		{"overdue (due today is not yet overdue)", ids(r.Overdue), "T-overdue"},
		{"expired acceptances (ending today has not expired)", ids(r.ExpiredAcceptances), "T-expired"},
		{"unrecorded acceptances", ids(r.UnrecordedAcceptances), "T-transferred,T-unrecorded"},
		{"stale SOPs (an exercise counts as a test)", ids(r.StaleSOPs), "SOP-default,SOP-never"},
		{"pending decisions", ids(r.PendingDecisions), "ADR-2,ADR-3"},
		{"unmodelled assets", ids(r.UnmodelledAssets), "AST-2"},
	}
	for _, tc := range tests {
		if tc.got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.tile, tc.got, tc.want)
		}
	}
	if n := r.ExposureCount(Medium); n != 3 {
		t.Errorf("medium exposure: got %d, want 3 (open and in-progress only)", n)
	}
	if it := r.PendingDecisions.Items[0]; it.Record.ID != "ADR-2" || it.Note != "30 days waiting" {
		t.Errorf("pending: got %s %q, want ADR-2 \"30 days waiting\"", it.Record.ID, it.Note)
	}
	if it := r.StaleSOPs.Items[0]; it.Record.ID != "SOP-never" {
		t.Errorf("never-tested SOPs come first, got %s", it.Record.ID)
	}
}
