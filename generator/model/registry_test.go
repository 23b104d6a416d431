package model_test

import (
	"strings"
	"testing"

	"github.com/secdoc/secdoc/generator/kinds"
	"github.com/secdoc/secdoc/generator/model"
)

func TestRegistryRefusesInconsistentDeclarations(t *testing.T) {
	base := func() *model.Spec {
		return &model.Spec{Name: "vendor", Words: []string{"vendor"}, Folders: []string{"vendors"},
			Fields: []model.Field{{Key: "assets", Type: model.ManyRefs, Target: kinds.Asset}}}
	}
	tests := []struct {
		name string
		edit func(s *model.Spec)
		want string
	}{
		{"a word another kind has", func(s *model.Spec) { s.Words = append(s.Words, "adr") }, `word "adr" is also decision's`},
		{"a folder another kind has", func(s *model.Spec) { s.Folders = []string{"sops"} }, `folder "sops" is also sop's`},
		{"a reference to no kind", func(s *model.Spec) { s.Fields[0].Target = "widget" }, `refers to undeclared kind "widget"`},
		{"a fact of no field", func(s *model.Spec) { s.Facts = []string{"colour"} }, `"colour" is not a field of the kind`},
		{"a JSON key of no field", func(s *model.Spec) { s.JSON = []string{"colour"} }, `"colour" is not a field of the kind`},
		{"a column of no field", func(s *model.Spec) { s.Columns = []model.Column{{Header: "C", Field: "colour"}} }, `shows undeclared field "colour"`},
		{"a field twice", func(s *model.Spec) {
			s.Fields = append(s.Fields, model.Field{Key: "colour"}, model.Field{Key: "colour"})
		}, `field "colour" declared twice`},
		{"a common key as another's alias", func(s *model.Spec) { s.Fields = append(s.Fields, model.Field{Key: "x", Also: []string{"owner"}}) }, `field "owner" declared twice`},
		{"one side of a relation alone", func(s *model.Spec) { s.Fields[0].Target, s.Fields[0].Of = kinds.Decision, "supersedes" },
			`field assets: supersedes of kind decision is not a reference field whose Of is assets`},
		{"a relation to any kind", func(s *model.Spec) { s.Fields[0].Target, s.Fields[0].Of = "", "x" },
			`field assets: one side of a relation needs a Target`},
		{"a policy of no field", func(s *model.Spec) { s.Policies = []model.Policy{{Name: "p", Field: "colour"}} }, `checks undeclared field "colour"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := base()
			tc.edit(s)
			_, err := kinds.With(s)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got %v, want an error containing %q", err, tc.want)
			}
		})
	}
	if _, err := kinds.With(base()); err != nil {
		t.Errorf("a consistent kind: got %v", err)
	}
}

func TestRegistryLooksKindsUp(t *testing.T) {
	reg := kinds.Registry
	checks := []struct{ name, got, want string }{
		{"word, any case and spacing", string(reg.ByWord(" Threat Model ").Name), "threat-model"},
		{"alias word", string(reg.ByWord("runbook").Name), "sop"},
		{"folder, any case", string(reg.OfFolder("ADRs").Name), "decision"},
		{"unknown folder falls back to pages", string(reg.OfFolder("guides").Name), "page"},
		{"names for messages", reg.Names(), "asset, threat, decision, sop, exercise, threat-model, page"},
		{"nouns", reg.Spec(kinds.SOP).Noun(1) + " " + reg.Spec(kinds.SOP).Noun(2) + " " + reg.Spec(kinds.ThreatModel).Noun(2), "SOP SOPs threat models"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, c.got, c.want)
		}
	}
	if reg.ByWord("widget") != nil {
		t.Error("an unknown word found a kind")
	}
}

func TestArticle(t *testing.T) {
	tests := []struct{ noun, want string }{
		{"asset", "an"},
		{"exercise", "an"},
		{"threat", "a"},
		{"threat model", "a"},
		{"decision", "a"},
		{"page", "a"},
		{"SOP", "an"},
		{"SOPs", "an"},
		{"ADR", "an"},
		{"TLS certificate", "a"},
		{"Asset", "an"},
		{"", "a"},
	}
	for _, tc := range tests {
		t.Run(tc.noun, func(t *testing.T) {
			if got := model.Article(tc.noun); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
