package render

import (
	"fmt"

	"github.com/secdoc/secdoc/generator/risk"
)

// PageKind declares one kind of page or data file: where its pages live,
// which template set renders them (none for a data file), which pages of
// the kind a build has, and what their output depends on. Render, the
// incremental selection in serve and the reserved-name check all read
// these declarations, so a new page kind is one entry of PageKinds.
type PageKind struct {
	Name   string
	Layout string // template set in Layouts; "" for a data file
	// Top is the top-level folder (or file) the kind writes, reserved so
	// no record's page lands there; "" when the records decide the path.
	Top  string
	What string // what Top holds, for messages: "the risk register"
	// Pages lists the kind's pages in a build.
	Pages func(b *builder, k *PageKind) []*Page
	// Depends reports whether an update described by c changes the page.
	Depends func(p *Page, c *Change) bool
}

// PageKinds are the site's pages and data files, in the order a build
// lists them (the sitemap's order).
var PageKinds = []*PageKind{
	{Name: "home", Layout: "home", Pages: homePages, Depends: frontMatter},
	{Name: "section", Layout: "section", Pages: sectionPages, Depends: func(p *Page, c *Change) bool { return !c.BodyOnly && c.sections[p.Section.Name] }},
	{Name: "folder", Layout: "section", Pages: folderPages, Depends: func(p *Page, c *Change) bool { return !c.BodyOnly && c.folders[p.Path] }},
	{Name: "record", Layout: "record", Pages: recordPages, Depends: func(p *Page, c *Change) bool { return c.records[p.Record] }},
	{Name: "register", Layout: "risks", Top: "risks", What: "the risk register", Pages: registerPages, Depends: frontMatter},
	{Name: "heatmap-cell", Layout: "risks", Top: "risks", What: "the risk register", Pages: cellPages(false), Depends: listed},
	{Name: "residual-cell", Layout: "risks", Top: "risks", What: "the risk register", Pages: cellPages(true), Depends: listed},
	{Name: "band", Layout: "risks", Top: "risks", What: "the risk register", Pages: bandPages, Depends: listed},
	{Name: "register-order", Layout: "risks", Top: "risks", What: "the risk register", Pages: orderPages, Depends: frontMatter},
	{Name: "radiator", Layout: "radiator", Top: "radiator", What: "the radiator", Pages: radiatorPages, Depends: frontMatter},
	{Name: "vulnerabilities", Layout: "vulnerabilities", Top: "vulnerabilities", What: "the vulnerabilities page", Pages: vulnerabilityPages, Depends: frontMatter},
	{Name: "changes", Layout: "changes", Top: "changes", What: "the changes page", Pages: changesPages, Depends: frontMatter},
	{Name: "changes-feed", Top: ChangesFeed, What: "the changes feed", Pages: changesFeed, Depends: frontMatter},
	{Name: "owner", Layout: "collection", Top: "owners", What: "the owners' pages", Pages: ownerPages, Depends: collectionChanged},
	{Name: "tag", Layout: "collection", Top: "tags", What: "the tag pages", Pages: tagPages, Depends: collectionChanged},
	{Name: "404", Layout: "404", Pages: notFoundPages, Depends: func(*Page, *Change) bool { return false }},
	{Name: "documents", Top: "api", What: "the data files", Pages: documentsFile, Depends: func(_ *Page, c *Change) bool { return !c.BodyOnly || c.linksChanged }},
	{Name: "risks-json", Top: "api", What: "the data files", Pages: riskFile("api/risks.json", risksJSON), Depends: frontMatter},
	{Name: "radiator-json", Top: "api", What: "the data files", Pages: riskFile("api/radiator.json", radiatorJSON), Depends: frontMatter},
	{Name: "openvex", Top: "api", What: "the data files", Pages: openVEXFile, Depends: frontMatter},
	{Name: "history-json", Top: "api", What: "the data files", Pages: historyFile, Depends: frontMatter},
	{Name: "register-csv", Top: "risks.csv", What: "the register as CSV", Pages: riskFile("risks.csv", risksCSV), Depends: frontMatter},
	{Name: "search-index", Top: "search", What: "the search index", Pages: searchPages, Depends: func(*Page, *Change) bool { return true }},
	{Name: "sitemap", Top: "sitemap.xml", What: "the sitemap", Pages: sitemapFile, Depends: frontMatter},
}

// Reserved maps the top-level names the page kinds write to what they hold.
func Reserved() map[string]string {
	out := map[string]string{}
	for _, k := range PageKinds {
		if _, ok := out[k.Top]; k.Top != "" && !ok {
			out[k.Top] = k.What
		}
	}
	return out
}

// The paths of the risk pages: one home for the register's URL scheme.

// RegisterPath is the path of the register sorted by order key, "" for the default.
func RegisterPath(order string) string {
	if order == "" || order == RegisterOrders[0].Key {
		return "risks/"
	}
	return "risks/by-" + order + "/"
}

// CellPath is the path of the register filtered to one heatmap cell of the
// current exposure or, with residual, of the exposure after mitigation.
func CellPath(residual bool, c *risk.Cell) string {
	if residual {
		return "risks/residual/" + c.Key() + "/"
	}
	return "risks/" + c.Key() + "/"
}

// BandPath is the path of the register filtered to one band.
func BandPath(band string) string { return "risks/" + band + "/" }

// RadiatorPath is the path of the radiator.
const RadiatorPath = "radiator/"

// pagePath is the template function naming the path of a site-wide page.
func pagePath(name string) (string, error) {
	switch name {
	case "register":
		return RegisterPath(""), nil
	case "radiator":
		return RadiatorPath, nil
	case "vulnerabilities":
		return VulnerabilitiesPath, nil
	case "changes":
		return ChangesPath, nil
	}
	return "", fmt.Errorf("pagepath: no page %q", name)
}

// frontMatter is the dependency of pages that summarise every record's
// front matter (home, register, radiator, data files): an edit to a body
// alone leaves them as they are.
func frontMatter(_ *Page, c *Change) bool { return !c.BodyOnly }

// listed is the dependency of a filtered register page: the threats it
// lists, before or after the change.
func listed(p *Page, c *Change) bool { return !c.BodyOnly && c.listed[p.Path] }
