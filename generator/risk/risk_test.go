package risk

import (
	"strings"
	"testing"

	"github.com/secdoc/secdoc/generator/model"
)

func date(s string) model.Date {
	d, err := model.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

var now = date("2026-11-25")

func ref(r *model.Record) *model.Ref { return &model.Ref{ID: r.ID, Target: r} }

func asset(id, c, i, a string) *model.Record {
	return &model.Record{Kind: model.Asset, ID: id, Confidentiality: c, Integrity: i, Availability: a}
}

func threat(id string, l, i int, status string, stride []string, assets ...*model.Record) *model.Record {
	t := &model.Record{Kind: model.Threat, ID: id, Likelihood: l, Impact: i, Status: status, Stride: stride}
	for _, a := range assets {
		t.Assets = append(t.Assets, ref(a))
	}
	return t
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
		threat  *model.Record
		score   int
		band    string
		derived string // DerivedFrom, "" when impact was given
	}{
		{"given", threat("T1", 3, 4, "open", nil, orders), 12, High, ""},
		{"tampering takes integrity", threat("T2", 2, 0, "open", []string{"tampering"}, orders), 10, High, "AST-1 integrity critical"},
		{"disclosure takes confidentiality", threat("T3", 2, 0, "open", []string{"information-disclosure"}, orders), 4, Low, "AST-1 confidentiality low"},
		{"denial of service takes availability, highest asset", threat("T4", 3, 0, "open", []string{"denial-of-service"}, orders, site), 12, High, "AST-2 availability high"},
		{"spoofing takes confidentiality and integrity", threat("T5", 1, 0, "open", []string{"spoofing"}, site), 4, Low, "AST-2 confidentiality high"},
		{"elevation takes all three", threat("T6", 5, 0, "open", []string{"elevation-of-privilege"}, orders), 25, Critical, "AST-1 integrity critical"},
		{"unrated without likelihood", threat("T7", 0, 3, "open", nil), 0, "", ""},
		{"unrated without stride to derive from", threat("T8", 3, 0, "open", nil, orders), 0, "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := score(tc.threat, DefaultBands)
			if s.Score != tc.score || s.Band != tc.band || s.DerivedFrom != tc.derived || s.ImpactDerived != (tc.derived != "") {
				t.Errorf("got score %d band %q derived %q (%v), want %d %q %q", s.Score, s.Band, s.DerivedFrom, s.ImpactDerived, tc.score, tc.band, tc.derived)
			}
		})
	}
}

func TestResidualScore(t *testing.T) {
	th := threat("T1", 4, 5, "in-progress", nil)
	th.ResidualLikelihood = 2
	s := score(th, DefaultBands)
	if s.ResidualScore != 10 || s.ResidualBand != High {
		t.Errorf("got residual %d %q, want 10 high (impact kept when only likelihood is given)", s.ResidualScore, s.ResidualBand)
	}
}

func TestHeatmaps(t *testing.T) {
	a := asset("AST-1", "high", "high", "high")
	open := threat("T1", 4, 5, "open", []string{"tampering"}, a)
	open.ResidualLikelihood, open.ResidualImpact = 1, 2
	prog := threat("T2", 4, 5, "in-progress", []string{"denial-of-service"}, a)
	done := threat("T3", 4, 5, "mitigated", []string{"tampering"}, a)
	an := Analyse([]*model.Record{a, open, prog, done}, Options{Bands: DefaultBands, Now: now})
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
	adr := &model.Record{Kind: model.Decision, ID: "ADR-1", Status: "accepted"}
	proposed := &model.Record{Kind: model.Decision, ID: "ADR-2", Status: "proposed", Date: date("2026-10-26")}
	undated := &model.Record{Kind: model.Decision, ID: "ADR-3", Status: "proposed"}

	overdue := threat("T-overdue", 3, 3, "open", nil, modelled)
	overdue.Due = date("2026-11-24")
	dueToday := threat("T-today", 3, 3, "in-progress", nil, modelled)
	dueToday.Due = date("2026-11-25")
	noDates := threat("T-nodates", 3, 3, "open", nil, modelled)
	doneLate := threat("T-mitigated-late", 3, 3, "mitigated", nil)
	doneLate.Due = date("2026-01-01")

	expired := threat("T-expired", 2, 2, "accepted", nil)
	expired.AcceptedUntil, expired.Decision = date("2026-11-24"), ref(adr)
	endsToday := threat("T-ends-today", 2, 2, "accepted", nil)
	endsToday.AcceptedUntil, endsToday.Decision = date("2026-11-25"), ref(adr)
	unrecorded := threat("T-unrecorded", 2, 2, "accepted", nil)
	transferred := threat("T-transferred", 2, 2, "transferred", nil)
	avoided := threat("T-avoided", 2, 2, "avoided", nil)
	avoided.Decision = ref(adr)

	fresh := &model.Record{Kind: model.SOP, ID: "SOP-fresh", LastTested: date("2026-11-01"), ReviewInterval: 90}
	stale := &model.Record{Kind: model.SOP, ID: "SOP-stale", LastTested: date("2026-08-01"), ReviewInterval: 90}
	boundary := &model.Record{Kind: model.SOP, ID: "SOP-boundary", LastTested: date("2026-08-27"), ReviewInterval: 90}
	never := &model.Record{Kind: model.SOP, ID: "SOP-never"}
	byExercise := &model.Record{Kind: model.SOP, ID: "SOP-exercised"}
	oldDefault := &model.Record{Kind: model.SOP, ID: "SOP-default", LastTested: date("2026-05-01")}
	exercise := &model.Record{Kind: model.Exercise, ID: "EX-1", Date: date("2026-10-01"), SOPs: []*model.Ref{ref(byExercise), ref(stale)}}

	records := []*model.Record{modelled, unmodelled, adr, proposed, undated, overdue, dueToday, noDates, doneLate,
		expired, endsToday, unrecorded, transferred, avoided, fresh, stale, boundary, never, byExercise, oldDefault, exercise}
	r := Analyse(records, Options{Bands: DefaultBands, Now: now}).Radiator

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
