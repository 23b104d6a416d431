package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func load(t *testing.T, name, src string) (Config, error) {
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
	c, err := load(t, "secdoc.yaml", "title: Ops\nrisk:\n  bands: {low: 3}\nradiator:\n  refresh: 30\npolicies:\n  critical-age: {days: 7}\n")
	if err != nil {
		t.Fatal(err)
	}
	if c.Title != "Ops" || c.Risk.Bands.Low != 3 || c.Risk.Bands.Medium != 9 || c.Radiator.Refresh != 30 || c.Radiator.Items != 5 || c.Policies["critical-age"].Days != 7 {
		t.Errorf("got %+v, want the settings given and the defaults for the rest", c)
	}
	if c, err := load(t, "secdoc.toml", "title = \"T\"\n[radiator]\nrefresh = 10\n"); err != nil || c.Radiator.Refresh != 10 {
		t.Errorf("toml: got %+v, %v", c, err)
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"secdoc.yaml", "title: x\nradiatr:\n  refresh: 5\n", "secdoc.yaml:2:1: field radiatr not found"},
		{"secdoc.yaml", "risk:\n  bands: {low: 9, medium: 5, high: 16}\n", "risk bands must rise strictly"},
		{"secdoc.yaml", "risk:\n  review_interval: often\n", `risk.review_interval: "often"`},
		{"secdoc.yaml", "radiator:\n  refresh: 1\n", "refresh must be at least 5 seconds"},
		{"secdoc.toml", "title = \"x\"\nbogus = 1\n", `unknown setting "bogus"`},
		{"secdoc.toml", "title = = 1\n", "secdoc.toml:1:"},
	}
	for _, tc := range tests {
		if _, err := load(t, tc.name, tc.src); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: got %v, want an error containing %q", tc.src, err, tc.want)
		}
	}
}
