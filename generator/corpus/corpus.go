// Package corpus writes synthetic documentation sites of any size, for
// benchmarks and load tests. The records are realistic in shape: threats
// reference assets and decisions, SOPs reference threats, bodies carry wiki
// links, relative links, tables and math. Output depends only on the size.
package corpus

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// mix is the share of each kind per 20 documents.
var mix = []struct {
	folder string
	share  int
}{{"assets", 2}, {"threats", 10}, {"decisions", 4}, {"sops", 3}, {"exercises", 1}}

// Write creates a site with n documents under dir (content/ and secdoc.yaml).
func Write(dir string, n int) error {
	counts := map[string]int{}
	for i := 0; i < n; i++ {
		counts[folderOf(i)]++
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, "secdoc.yaml"), []byte("title: Synthetic corpus\n"), 0o644); err != nil {
		return err
	}
	seen := map[string]int{}
	for i := 0; i < n; i++ {
		folder := folderOf(i)
		k := seen[folder]
		seen[folder]++
		name, text := document(folder, k, counts)
		p := filepath.Join(dir, "content", folder, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			return fmt.Errorf("write corpus: %w", err)
		}
	}
	return nil
}

// folderOf spreads the kinds evenly over the document numbers.
func folderOf(i int) string {
	slot := i % 20
	for _, m := range mix {
		if slot < m.share {
			return m.folder
		}
		slot -= m.share
	}
	return "threats"
}

// document returns the file name and text of the k-th document of a folder.
func document(folder string, k int, counts map[string]int) (string, string) {
	ref := func(f, prefix string, j int) string {
		if counts[f] == 0 {
			return ""
		}
		return fmt.Sprintf("%s-%05d", prefix, j%counts[f])
	}
	body := filler(k)
	switch folder {
	case "assets":
		return fmt.Sprintf("ast-%05d.md", k), fmt.Sprintf("---\nid: AST-%05d\ntitle: Asset %d\nowner: team-%d\nconfidentiality: %s\nintegrity: %s\navailability: %s\n---\n%s\n## Disaster scenarios\n\n- Data leaks to a competitor.\n",
			k, k, k%7, level(k), level(k+1), level(k+2), body)
	case "threats":
		return fmt.Sprintf("thr-%05d.md", k), fmt.Sprintf("---\nid: THR-%05d\ntitle: Threat %d against %s\nowner: team-%d\nstride: [%s]\nassets: [%s, %s]\nlikelihood: %d\nimpact: %d\nstatus: %s\ndecision: %s\ndue: 2027-0%d-1%d\n---\n%s\nSee [[%s]] and [the asset](../assets/%s.md#disaster-scenarios).\n\n\\(ALE = SLE \\times ARO\\)\n",
			k, k, ref("assets", "AST", k), k%7, "S, T, I"[:1+2*(k%3)], ref("assets", "AST", k), ref("assets", "AST", k+1),
			1+k%5, 1+(k/5)%5, status(k), ref("decisions", "ADR", k), 1+k%9, k%10, body, ref("sops", "SOP", k), strings.ToLower(ref("assets", "ast", k)))
	case "decisions":
		return fmt.Sprintf("%04d-decision-%d.md", k+1, k), fmt.Sprintf("---\nid: ADR-%05d\ntitle: Decision %d\nstatus: accepted\ndate: 2026-0%d-1%d\ndeciders: [CISO, Product owner]\n---\n## Context\n\n%s\n## Decision\n\nMitigate [[%s]].\n",
			k, k, 1+k%9, k%10, body, ref("threats", "THR", k))
	case "sops":
		return fmt.Sprintf("sop-%05d.md", k), fmt.Sprintf("---\nid: SOP-%05d\ntitle: Runbook %d\nowner: ops\nthreats: [%s]\nassets: [%s]\nlast_tested: 2026-05-0%d\nreview_interval: 6m\n---\n1. Page the on-call.\n2. Follow [[%s]].\n\n%s",
			k, k, ref("threats", "THR", k), ref("assets", "AST", k), 1+k%9, ref("threats", "THR", k+3), body)
	}
	return fmt.Sprintf("ex-%05d.md", k), fmt.Sprintf("---\nid: EX-%05d\ntitle: Exercise %d\ndate: 2026-03-0%d\nscenario: Checkout outage\nparticipants: [ops, dev]\nsops: [%s]\n---\n%s",
		k, k, 1+k%9, ref("sops", "SOP", k), body)
}

func level(k int) string { return []string{"none", "low", "medium", "high", "critical"}[k%5] }

func status(k int) string {
	return []string{"open", "in-progress", "mitigated", "accepted", "transferred", "avoided", "mitigated"}[k%7]
}

// filler is a few paragraphs and a table, about 1.5 KB, like a real record.
func filler(k int) string {
	return fmt.Sprintf(`An attacker who reaches the service %d could *tamper* with requests or **read** data they
should not see. The team reviewed this in session %d and agreed the controls below.

| Control | Stage | Owner |
|---------|-------|-------|
| Input validation | build | dev |
| WAF rule | deploy | ops |
| Alerting | run | ops |

- [x] Control designed
- [ ] Control tested in a tabletop exercise

The "expected" loss -- roughly a few thousand pounds a year -- is tolerable only while the
compensating controls hold. Revisit after the next release train; track it on the radiator.

`, k, k%40)
}
