package site

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/secdoc/secdoc/generator/diag"
	"github.com/secdoc/secdoc/generator/kinds"
	"github.com/secdoc/secdoc/generator/model"
)

// vendor is a kind declared by a test alone: no stage knows it, so every
// stage must take what it shows, checks and writes from the declaration.
var vendor = &model.Spec{
	Name: "vendor", Label: "Vendors", Singular: "Vendor", One: "vendor", Many: "vendors",
	Words: []string{"vendor", "supplier"}, Folders: []string{"vendors"},
	IDs: model.IDRule{Prefix: "VEN", Width: 3},
	Fields: []model.Field{
		{Key: "criticality", Type: model.Enum, Label: "Criticality", Values: []string{"low", "high"}, Badge: "level-"},
		{Key: "assets", Type: model.ManyRefs, Label: "Assets", Target: kinds.Asset},
	},
	Facts:   []string{"owner", "criticality", "assets"},
	Columns: []model.Column{{Header: "Criticality", Field: "criticality", Show: model.Level}, {Header: "Owner", Field: "owner"}},
	JSON:    []string{"criticality", "assets"},
}

func vendorOptions(t *testing.T, root string) Options {
	t.Helper()
	reg, err := kinds.With(vendor)
	if err != nil {
		t.Fatal(err)
	}
	return Options{Source: root, Destination: filepath.Join(root, "public"), Now: FixedClock(fixtureNow), Kinds: reg}
}

func TestDeclaredKindFlowsThroughEveryStage(t *testing.T) {
	root := writeSite(t, map[string]string{
		"content/assets/ast-1.md":   "---\nid: AST-1\ntitle: Orders\n---\n",
		"content/vendors/acme.md":   "---\nid: VEN-001\ntitle: Acme Payments\nowner: Ana\ncriticality: High\nassets: [ast-1]\n---\nBody.\n",
		"content/notes/supplier.md": "---\nkind: supplier\nid: VEN-002\ncriticality: low\n---\n",
	})
	if _, err := Build(context.Background(), vendorOptions(t, root)); err != nil {
		t.Fatal(err)
	}
	read := func(p string) string {
		data, err := os.ReadFile(filepath.Join(root, "public", p))
		if err != nil {
			t.Fatal(err)
		}
		return string(data)
	}
	page := read("vendors/acme/index.html")
	list := read("vendors/index.html")
	asset := read("assets/ast-1/index.html")
	checks := []struct{ name, html, want string }{
		{"badge from Singular", page, `<span class="badge badge-kind">Vendor</span>`},
		{"enum fact as badge, normalised", page, `<span class="badge level-high">high</span>`},
		{"reference fact links the asset", page, `<a href="../../assets/ast-1/index.html"><code class="id">AST-1</code> Orders</a>`},
		{"section title from Label", list, `<h1>Vendors</h1>`},
		{"list column header", list, `<th scope="col">Criticality</th><th scope="col">Owner</th>`},
		{"level cell sorted by weight", list, `<td data-sort="2"><span class="badge level-high">high</span></td><td>Ana</td>`},
		{"backlink on the asset, counted with the kind's noun", asset, `<h4>1 vendor</h4>`},
	}
	for _, c := range checks {
		if !strings.Contains(c.html, c.want) {
			t.Errorf("%s: want %s in the page", c.name, c.want)
		}
	}
	var docs struct {
		Documents []map[string]any `json:"documents"`
	}
	if err := json.Unmarshal([]byte(read("api/documents.json")), &docs); err != nil {
		t.Fatal(err)
	}
	for _, d := range docs.Documents {
		if d["id"] == "VEN-001" && (d["kind"] != "vendor" || d["criticality"] != "high" || d["assets"].([]any)[0] != "AST-1") {
			t.Errorf("documents.json: got %v, want kind vendor, criticality high, assets [AST-1]", d)
		}
		if d["id"] == "VEN-002" && d["kind"] != "vendor" {
			t.Errorf("kind: supplier: got kind %v, want vendor", d["kind"])
		}
	}
}

func TestDeclaredKindIsValidated(t *testing.T) {
	root := writeSite(t, map[string]string{
		"content/threats/thr-1.md": "---\nid: THR-1\n---\n",
		"content/vendors/acme.md":  "---\nid: VEN-001\ncriticality: extreme\nassets: [THR-1]\ncriticallity: x\n---\n",
	})
	_, err := Build(context.Background(), vendorOptions(t, root))
	var ce *diag.ContentError
	if !errors.As(err, &ce) {
		t.Fatalf("got %v, want content errors", err)
	}
	var got []string
	for _, d := range ce.List {
		got = append(got, d.String())
	}
	joined := strings.Join(got, "\n")
	for _, w := range []string{
		`content/vendors/acme.md:3:14: criticality: "extreme" is not one of low, high`,
		`content/vendors/acme.md:4:10: assets: "THR-1" is a threat, not an asset`,
		`content/vendors/acme.md:5:1: warning: unknown field "criticallity": did you mean "criticality"?`,
	} {
		if !strings.Contains(joined, w) {
			t.Errorf("got\n%s\nwant it to contain\n%s", joined, w)
		}
	}
}
