package kinds

import "github.com/secdoc/secdoc/generator/model"

// Page is a plain page, such as about.md: every file in no kind's folder.
const Page model.Kind = "page"

var page = &model.Spec{
	Name: Page, Label: "Pages", Singular: "Page", One: "page", Many: "pages",
	Words:    []string{"page"},
	Facts:    []string{"owner", "date", "updated", "tags"},
	Columns:  []model.Column{{Header: "Updated", Field: "updated", Class: "date"}},
	Skeleton: "page.md",
}
