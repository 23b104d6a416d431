package e2e

import (
	"fmt"
	"sort"
	"strings"
	"testing"
)

// heatCell is a linked cell of a heatmap, placed by its row and column headers.
type heatCell struct {
	Likelihood, Impact int
	Count              string
	Href               string
}

// readHeatmap reads the linked cells of the first heatmap: likelihood from the
// row header, impact from the column.
const readHeatmap = `[...document.querySelectorAll('table.heatmap-grid')[0].tBodies[0].rows].flatMap(row =>
  [...row.cells].filter(c => c.tagName === 'TD' && c.querySelector('a')).map(c => ({
    Likelihood: parseInt(row.cells[0].textContent, 10),
    Impact: parseInt(row.parentElement.parentElement.tHead.rows[0].cells[c.cellIndex].textContent, 10),
    Count: c.querySelector('.count').textContent,
    Href: c.querySelector('a').href,
  })))`

// TestHeatmapCellsLinkToTheirThreats follows every linked cell of the current
// exposure heatmap on /risks/ and checks that the register it leads to lists
// exactly the open and in-progress threats of that likelihood and impact, as
// api/risks.json has them, and that every non-empty cell is linked.
func TestHeatmapCellsLinkToTheirThreats(t *testing.T) {
	browser := newBrowser(t)
	_, snap := snapshot(t, repoRoot, buildDate)
	_, base := serveSnapshot(t, snap)
	risks := readRisks(t, snap)
	want := map[[2]int][]string{}
	for _, th := range risks.Threats {
		if th.Status == "open" || th.Status == "in-progress" {
			k := [2]int{th.Likelihood, th.Impact}
			want[k] = append(want[k], th.ID)
		}
	}
	tb := newTab(t, browser)
	tb.open(base + "/risks/")
	cells := evaluate[[]heatCell](tb, readHeatmap)
	linked := map[[2]int]bool{}
	for _, c := range cells {
		k := [2]int{c.Likelihood, c.Impact}
		linked[k] = true
		ids := want[k]
		if c.Count != fmt.Sprint(len(ids)) || risks.Heatmap[c.Likelihood-1][c.Impact-1] != len(ids) {
			t.Errorf("cell L%d I%d shows %s threats, api/risks.json has %d in its heatmap and %d threats", c.Likelihood, c.Impact, c.Count, risks.Heatmap[c.Likelihood-1][c.Impact-1], len(ids))
		}
		tb.open(c.Href)
		got := evaluate[[]string](tb, `[...document.querySelectorAll('table.register tbody tr')].map(r => r.cells[0].textContent.trim())`)
		sort.Strings(got)
		sort.Strings(ids)
		if strings.Join(got, " ") != strings.Join(ids, " ") {
			t.Errorf("cell L%d I%d links to %s, which lists %v; want %v", c.Likelihood, c.Impact, c.Href, got, ids)
		}
		tb.check(c.Href)
	}
	for k, ids := range want {
		if k[0] > 0 && k[1] > 0 && !linked[k] {
			t.Errorf("L%d I%d holds %v but its cell has no link", k[0], k[1], ids)
		}
	}
	if len(cells) == 0 {
		t.Fatal("the heatmap has no linked cell")
	}
	t.Logf("followed %d heatmap cells", len(cells))
}
