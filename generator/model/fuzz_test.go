package model_test

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/secdoc/secdoc/generator/diag"
	"github.com/secdoc/secdoc/generator/kinds"
	"github.com/secdoc/secdoc/generator/load"
	"github.com/secdoc/secdoc/generator/model"
)

// The parsers below read untrusted front-matter values. Each must never
// panic, and whatever it accepts must be a member of its canonical set that
// reads back as itself, so the JSON output and the pages agree.

func FuzzParseInterval(f *testing.F) {
	for _, s := range []string{"90", "90d", "12w", "6m", "1y", " 2Y ", "", "d", "-5", "0", "1.5y",
		"often", "100000", "100001", "100000y", "9223372036854775807", "+3", "0x10", "1_000", "3 w", "\u0663d"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := model.ParseInterval(s)
		if err != nil {
			return
		}
		if n <= 0 || n > 100000*365 {
			t.Fatalf("ParseInterval(%q) = %d, want 1..%d", s, n, 100000*365)
		}
		if n <= 100000 {
			if back, err := model.ParseInterval(strconv.Itoa(n)); err != nil || back != n {
				t.Errorf("ParseInterval(%q) = %d, but %d reads back as %d, %v", s, n, n, back, err)
			}
		}
	})
}

func FuzzParseScale(f *testing.F) {
	for _, s := range []string{"1", "5", "0", "6", "-1", "likely", "Almost Certain", "almost_certain",
		"SEVERE", "3.0", "+3", "03", " 4 ", "\u0663", "rare-", "--rare"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, words := range [][]string{kinds.LikelihoodWords, kinds.ImpactWords} {
			n, err := model.ParseScale(s, words)
			if err != nil {
				continue
			}
			if n < 1 || n > 5 {
				t.Fatalf("ParseScale(%q) = %d, want 1-5", s, n)
			}
			if back, err := model.ParseScale(strconv.Itoa(n), words); err != nil || back != n {
				t.Errorf("%d reads back as %d, %v", n, back, err)
			}
			if back, err := model.ParseScale(words[n-1], words); err != nil || back != n {
				t.Errorf("%q reads back as %d, %v, want %d", words[n-1], back, err, n)
			}
		}
	})
}

func FuzzParseStride(f *testing.F) {
	for _, s := range []string{"S", "t", "Information Disclosure", "info_disclosure", "DoS", "EoP",
		"elevation-of-privileges", "x", "", "-", "spoofing spoofing", "ſ", "İ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkCanonical(t, "stride", enum(kinds.Threat, "stride"), kinds.Stride, s)
	})
}

func FuzzParseThreatStatus(f *testing.F) {
	for _, s := range []string{"open", "In Progress", "in_progress", "unchecked", "in-discussion",
		"FALSE POSITIVE", "done", "", "open-", "Mitigated "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkCanonical(t, "threat status", enum(kinds.Threat, "status"), kinds.ThreatStatuses, s)
		checkCanonical(t, "decision status", enum(kinds.Decision, "status"), kinds.DecisionStatuses, s)
		checkCanonical(t, "level", enum(kinds.Asset, "confidentiality"), kinds.Levels, s)
	})
}

// enum returns the parser of an enumerated field of a kind.
func enum(k model.Kind, key string) func(string) (string, error) {
	f := kinds.Registry.Spec(k).Field(key)
	return func(s string) (string, error) { return model.ParseEnum(s, f) }
}

// checkCanonical checks that parse accepts s only as a member of set, and
// that the member reads back as itself.
func checkCanonical(t *testing.T, name string, parse func(string) (string, error), set []string, s string) {
	t.Helper()
	v, err := parse(s)
	if err != nil {
		return
	}
	if !slices.Contains(set, v) {
		t.Fatalf("%s(%q) = %q, not one of %v", name, s, v, set)
	}
	if back, err := parse(v); err != nil || back != v {
		t.Errorf("%s(%q) = %q, which reads back as %q, %v", name, s, v, back, err)
	}
}

var isoDate = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2026-01-02", " 2026-12-31 ", "2026-02-30", "2026-1-2", "next week",
		"2026-01-02T23:30:00-05:00", "2026-01-02 10:00:00Z", "0000-01-01", "0001-01-01", "9999-12-31T23:59:59+14:00",
		"2026-01-02T", "", "20260102"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := model.ParseDate(s)
		if err != nil {
			return
		}
		// 0001-01-01 is Go's zero time, which Date reads as "not given".
		if d.IsZero() {
			return
		}
		text := d.String()
		if !isoDate.MatchString(text) {
			t.Fatalf("ParseDate(%q) formats as %q, want YYYY-MM-DD", s, text)
		}
		if back, err := model.ParseDate(text); err != nil || back != d {
			t.Errorf("ParseDate(%q) = %s, which reads back as %s, %v", s, text, back, err)
		}
	})
}

// decodePaths are the files a fuzzed document is decoded as, one per kind of
// folder, so every kind's field table is reached.
var decodePaths = []string{
	"content/assets/a.md", "content/threats/t.md", "content/decisions/0001-d.md", "content/sops/s.md",
	"content/exercises/e.md", "content/models/m.md", "content/about.md", "content/_index.md", "content/threats/_index.md",
}

// FuzzDecode loads and decodes arbitrary files: no panic, every finding has a
// position, and the record's values stay in their ranges.
func FuzzDecode(f *testing.F) {
	f.Add(uint8(1), []byte("---\nstride: [S, tampering]\nassets: [AST-1]\nlikelihood: likely\nimpact: 5\nstatus: in-discussion\ndue: 2026-12-01\nvotes: 3\nticket: SEC-1\n---\n# SQL injection\nbody [[AST-1]]\n"))
	f.Add(uint8(0), []byte("---\nconfidentiality: extreme\nintegrity: [a]\navailability: {a: 1}\nvalue: 3\n---\n"))
	f.Add(uint8(2), []byte("+++\nstatus = \"accepted\"\nsupersedes = [\"ADR-1\", 2]\ndeciders = \"me\"\n+++\n"))
	f.Add(uint8(3), []byte("{\n\"review_interval\": \"6m\",\n\"last_tested\": \"2026-02-30\",\n\"alerts\": [\"x\"]\n}\n\ntext\n"))
	f.Add(uint8(4), []byte("---\nkind: tabletop\ndate: 2026-01-01\nsops: SOP-1\nparticipants: [a, b]\n---\n"))
	f.Add(uint8(5), []byte("---\nkind: widget\nlikelyhood: 3\nid: ''\ntitle: ~\n---\n# \n"))
	f.Add(uint8(6), []byte("---\nid: X\nvotes: -1\nvotes: lots\n---\n[x](../a.md#frag) \\(x\\)\n"))
	f.Fuzz(func(t *testing.T, which uint8, data []byte) {
		p := decodePaths[int(which)%len(decodePaths)]
		file, diags := load.Parse(p, data)
		if file != nil {
			r, more := model.Decode(file, kinds.Registry, engine)
			diags = append(diags, more...)
			checkRecord(t, r, more)
		}
		for _, d := range diags {
			if d.Line < 1 || d.Col < 1 {
				t.Errorf("diagnostic without a position: %q (line %d, col %d)", d, d.Line, d.Col)
			}
		}
	})
}

var safePath = regexp.MustCompile(`^([\pL\pN_-]+/)*$`)

func checkRecord(t *testing.T, r *model.Record, diags diag.List) {
	t.Helper()
	if r == nil {
		t.Fatal("Decode returned no record for a loaded file")
	}
	if !safePath.MatchString(r.Path) {
		t.Errorf("page path %q has more than slug segments", r.Path)
	}
	if r.ID == "" || r.Title == "" {
		t.Errorf("got id %q, title %q, want both set", r.ID, r.Title)
	}
	for _, n := range []int{r.Int("likelihood"), r.Int("impact"), r.Int("residual_likelihood"), r.Int("residual_impact")} {
		if n < 0 || n > 5 {
			t.Errorf("rating %d outside 0-5", n)
		}
	}
	if r.Int("votes") < 0 || r.Int("review_interval") < 0 {
		t.Errorf("got votes %d, review interval %d, want neither negative", r.Int("votes"), r.Int("review_interval"))
	}
	if s := r.Status(); s != "" && !slices.Contains(kinds.ThreatStatuses, s) && !slices.Contains(kinds.DecisionStatuses, s) && !warnedOpen(r, diags) {
		t.Errorf("status %q outside the enumerations, with no warning of an open enumeration", s)
	}
	for _, s := range r.Texts("stride") {
		if !slices.Contains(kinds.Stride, s) {
			t.Errorf("stride %q outside the enumeration", s)
		}
	}
	for _, ref := range r.AllRefs() {
		if ref.ID == "" || ref.Line < 1 || strings.TrimSpace(ref.Field) == "" {
			t.Errorf("reference %+v without an id, field or position", ref)
		}
	}
}

// warnedOpen reports whether r's status is of an open enumeration (kept as
// written) and decoding warned that it is outside the known values.
func warnedOpen(r *model.Record, diags diag.List) bool {
	f := r.Spec.Field("status")
	if f == nil || !f.Open {
		return false
	}
	for _, d := range diags {
		if d.Policy == f.OpenPolicy() && d.Severity == diag.Warning {
			return true
		}
	}
	return false
}
