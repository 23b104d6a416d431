package e2e

import (
	"fmt"
	"net/http"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/secdoc/secdoc/generator/site"
)

// axeViolation is one rule that failed, as axe.run reports it.
type axeViolation struct {
	ID     string `json:"id"`
	Impact string `json:"impact"`
	Help   string `json:"help"`
	Nodes  []struct {
		Target         []any  `json:"target"`
		FailureSummary string `json:"failureSummary"`
	} `json:"nodes"`
}

// axeResult is what runAxe returns: the violations, and how many rules passed,
// which proves that axe ran at all.
type axeResult struct {
	Violations []axeViolation `json:"violations"`
	Passes     int            `json:"passes"`
}

const runAxe = `axe.run(document, {resultTypes: ['violations']}).then(r => ({
  passes: r.passes.length,
  violations: r.violations.map(v => ({
    id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.map(n => ({target: n.target, failureSummary: n.failureSummary})),
  })),
}))`

// pageKinds picks one page of every kind from the example site: home, every
// section list, a record of every kind, the risk pages (whole, filtered by a
// cell, by a band, re-sorted and residual) and the radiator.
func pageKinds(t *testing.T, snap *site.Snapshot) []string {
	t.Helper()
	seen := map[string]bool{}
	var list []string
	add := func(name string) {
		if !seen[name] {
			seen[name] = true
			list = append(list, name)
		}
	}
	add("index.html")
	for _, name := range htmlPages(snap) {
		parts := strings.Split(name, "/")
		switch {
		case len(parts) == 2 && parts[0] != "risks" && parts[0] != "radiator":
			add(name) // a section list, or a plain page such as about/
		case len(parts) == 3 && parts[0] != "risks" && !seen["kind:"+parts[0]]:
			seen["kind:"+parts[0]] = true
			add(name) // the first record of the section
		}
	}
	add("risks/index.html")
	add(firstPage(t, snap, "risks/l", "register"))
	add("risks/high/index.html")
	add("risks/by-due/index.html")
	add(firstPage(t, snap, "risks/residual/l", "register"))
	add("radiator/index.html")
	return list
}

// TestAccessibility runs axe-core on a page of every kind, in the light and
// the dark colour scheme, on the radiator fresh and stale, and on the 404
// page: no violation of serious or critical impact, colour contrast included.
func TestAccessibility(t *testing.T) {
	axe := axeSource(t)
	browser := newBrowser(t)
	_, snap := snapshot(t, repoRoot, buildDate)
	_, base := serveSnapshot(t, snap)
	fresh, stale := buildDate.Add(time.Hour), buildDate.AddDate(0, 0, 3)
	kinds := pageKinds(t, snap)
	var urls []string
	for _, name := range kinds {
		urls = append(urls, pageURL(name))
	}
	urls = append(urls, "/no/such/page/")
	t.Logf("pages: %s", strings.Join(urls, " "))
	views := []struct {
		scheme string
		clock  time.Time
		urls   []string
	}{
		{"light", fresh, urls},
		{"dark", fresh, urls},
		{"light", stale, []string{"/radiator/"}},
	}
	checked := 0
	for _, v := range views {
		tb := newTab(t, browser)
		tb.pinClock(v.clock)
		tb.colorScheme(v.scheme)
		tb.expectStatus(base+"/no/such/page/", http.StatusNotFound)
		for _, u := range v.urls {
			tb.open(base + u)
			tb.do(evaluateScript(axe))
			res := evaluate[axeResult](tb, runAxe)
			if res.Passes == 0 {
				t.Errorf("%s: axe-core passed no rule: it did not run", u)
			}
			for _, f := range res.Violations {
				if f.Impact == "serious" || f.Impact == "critical" {
					t.Errorf("%s (%s scheme, clock %s): %s", u, v.scheme, v.clock.Format(time.DateOnly), describeViolation(f))
				}
			}
			tb.check(base + u)
			checked++
		}
		tb.close()
	}
	t.Logf("axe-core found no serious or critical violation on %d page views", checked)
}

// describeViolation names the rule, its impact and every element that fails it.
func describeViolation(v axeViolation) string {
	var nodes []string
	for _, n := range v.Nodes {
		nodes = append(nodes, fmt.Sprintf("%v: %s", n.Target, strings.ReplaceAll(n.FailureSummary, "\n", " ")))
	}
	sort.Strings(nodes)
	return fmt.Sprintf("%s [%s] %s\n\t%s", v.ID, v.Impact, v.Help, strings.Join(nodes, "\n\t"))
}
