package config

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func loadFile(t *testing.T, name, src string) (Config, error) {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	c, _, err := Load(root)
	return c, err
}

func TestLoad(t *testing.T) {
	c, err := loadFile(t, "secdoc.yaml", "title: Ops\nrisk:\n  bands: {low: 3}\nradiator:\n  refresh: 30\npolicies:\n  critical-age: {days: 7}\n")
	if err != nil {
		t.Fatal(err)
	}
	if c.Title != "Ops" || c.Risk.Bands.Low != 3 || c.Risk.Bands.Medium != 9 || c.Radiator.Refresh != 30 || c.Radiator.Items != 5 || c.Policies["critical-age"].Days != 7 {
		t.Errorf("got %+v, want the settings given and the defaults for the rest", c)
	}
	if c, err := loadFile(t, "secdoc.toml", "title = \"T\"\n[radiator]\nrefresh = 10\n"); err != nil || c.Radiator.Refresh != 10 {
		t.Errorf("toml: got %+v, %v", c, err)
	}
}

func TestLoadTOMLLikeYAML(t *testing.T) {
	yml := "title: \"true\"\nmath: {dollar: true}\nrisk:\n  review_interval: 90d\npolicies:\n  critical-age: {days: 7}\n" +
		"  mine:\n    kind: threat\n    require: [ticket, due]\n    message: \"link it\"\n"
	tml := "title = \"true\"\nmath.dollar = true\n[risk]\nreview_interval = \"90d\"\n[policies.critical-age]\ndays = 7\n" +
		"[policies.mine]\nkind = \"threat\"\nrequire = [\"ticket\", \"due\"]\nmessage = \"link it\"\n"
	a, errA := loadFile(t, "secdoc.yaml", yml)
	b, errB := loadFile(t, "secdoc.toml", tml)
	if errA != nil || errB != nil {
		t.Fatalf("got %v and %v, want no errors", errA, errB)
	}
	if !reflect.DeepEqual(a, b) || b.Title != "true" || !b.Math.Dollar || b.Policies["mine"].Require[1] != "due" {
		t.Errorf("got\n%+v from TOML, want\n%+v as from YAML", b, a)
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct{ name, file, src, want string }{
		{"misspelt setting", "secdoc.yaml", "title: x\npolicys:\n  critical-age: {days: 7}\n",
			`secdoc.yaml:2:1: unknown setting "policys": did you mean "policies"?`},
		{"misspelt nested setting", "secdoc.yaml", "radiator:\n  refrehs: 30\n",
			`secdoc.yaml:2:3: unknown setting "radiator.refrehs": did you mean "radiator.refresh"?`},
		{"misspelt policy setting", "secdoc.yaml", "policies:\n  critical-age: {dayz: 7}\n",
			`secdoc.yaml:2:18: unknown setting "policies.critical-age.dayz": did you mean "policies.critical-age.days"?`},
		{"unknown setting, nothing near", "secdoc.yaml", "colour: blue\n",
			`secdoc.yaml:1:1: unknown setting "colour" (known: title, language, base_url, edit_url, math, risk, radiator, changes, rotation, policies, mounts, reports, exclude, links)`},
		{"every problem at once", "secdoc.yaml", "policys: {}\nradiator:\n  refrehs: 30\n  items: many\n",
			`secdoc.yaml:1:1: unknown setting "policys": did you mean "policies"?` + "\n" +
				`secdoc.yaml:3:3: unknown setting "radiator.refrehs": did you mean "radiator.refresh"?` + "\n" +
				`secdoc.yaml:4:10: radiator.items: "many" is not a whole number`},
		{"mapping expected", "secdoc.yaml", "radiator: 5\n", "secdoc.yaml:1:11: radiator must be a mapping of settings"},
		{"not true or false", "secdoc.yaml", "math:\n  dollar: sometimes\n", `secdoc.yaml:2:11: math.dollar: "sometimes" is not true or false`},
		{"list expected", "secdoc.yaml", "policies:\n  mine: {kind: threat, require: ticket}\n",
			"secdoc.yaml:2:33: policies.mine.require: must be a list, such as [a, b]"},
		{"single value expected", "secdoc.yaml", "title: [a, b]\n", "secdoc.yaml:1:8: title: must be a single value, not a list or mapping"},
		{"repeated setting", "secdoc.yaml", "title: a\ntitle: b\n", `secdoc.yaml:2:1: setting "title" appears twice (first on line 1)`},
		{"not a mapping", "secdoc.yaml", "- title\n", "secdoc.yaml:1:1: the file must be a mapping of settings"},
		{"broken YAML", "secdoc.yaml", "title: x\nrisk: [a\n", "secdoc.yaml:2:1: invalid YAML: did not find expected ',' or ']'"},
		{"bands", "secdoc.yaml", "risk:\n  bands: {low: 9, medium: 5, high: 16}\n", "secdoc.yaml:2:10: risk.bands: risk bands must rise strictly"},
		{"review interval", "secdoc.yaml", "risk:\n  review_interval: often\n", `secdoc.yaml:2:20: risk.review_interval: "often" is not a duration`},
		{"rotation", "secdoc.yaml", "rotation:\n  people: []\n  start: soon\n  length: 0d\n",
			"secdoc.yaml:2:11: rotation.people: lists nobody\nsecdoc.yaml:3:10: rotation.start: \"soon\" is not a date (want YYYY-MM-DD)\nsecdoc.yaml:4:11: rotation.length: \"0d\" is not a duration (want days, or a number with d, w, m or y such as 90d, 12w, 6m, 1y)"},
		{"refresh", "secdoc.yaml", "radiator:\n  refresh: 1\n  items: 0\n",
			"secdoc.yaml:2:12: radiator.refresh: must be at least 5 seconds\nsecdoc.yaml:3:10: radiator.items: must be at least 1"},
		{"policy settings", "secdoc.yaml", "policies:\n  threat-owner: {severity: fatal}\n  mine: {kind: widget, require: [x]}\n",
			`secdoc.yaml:2:17: policies.threat-owner: severity "fatal" is not error, warning or off` + "\n" +
				`secdoc.yaml:3:9: policies.mine: kind "widget" is not a record kind`},
		{"TOML misspelt settings", "secdoc.toml", "titel = \"x\"\n[radiator]\nrefrehs = 5\n",
			`secdoc.toml:1:1: unknown setting "titel": did you mean "title"?` + "\n" +
				`secdoc.toml:3:1: unknown setting "radiator.refrehs": did you mean "radiator.refresh"?`},
		{"TOML dotted key", "secdoc.toml", "radiator.itmes = 3\n", `secdoc.toml:1:1: unknown setting "radiator.itmes": did you mean "radiator.items"?`},
		{"TOML inline table", "secdoc.toml", "title = \"x\"\nradiator = {refrehs = 5}\n", `secdoc.toml:2:1: unknown setting "radiator.refrehs": did you mean "radiator.refresh"?`},
		{"TOML wrong type", "secdoc.toml", "[radiator]\nrefresh = \"often\"\n", `secdoc.toml:2:1: radiator.refresh: "often" is not a whole number`},
		{"TOML string for a number", "secdoc.toml", "[radiator]\nrefresh = \"60\"\n", `secdoc.toml:2:1: radiator.refresh: "60" is not a whole number`},
		{"reports", "secdoc.yaml", "reports:\n  dir: ../elsewhere\n  stale_after: soon\n  map: [{match: \"[\", asset: AST-1}, {match: a.json}]\n",
			`secdoc.yaml:2:8: reports.dir: "../elsewhere" must be a folder inside the site root` + "\n" +
				`secdoc.yaml:3:16: reports.stale_after: "soon" is not an age such as 48h or 2d` + "\n" +
				`secdoc.yaml:4:17: reports.map[0].match: "[" is not a glob` + "\n" +
				`secdoc.yaml:4:37: reports.map[1].asset: names no asset`},
		{"broken TOML", "secdoc.toml", "title = = 1\n", "secdoc.toml:1:9: invalid TOML:"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := loadFile(t, tc.file, tc.src)
			var ce *Error
			if !errors.As(err, &ce) || !strings.HasPrefix(err.Error(), tc.want) {
				t.Errorf("got %v, want an *Error starting\n%s", err, tc.want)
			}
			if err != nil && strings.Contains(err.Error(), "config.") {
				t.Errorf("got %v, which names a Go type", err)
			}
		})
	}
}
