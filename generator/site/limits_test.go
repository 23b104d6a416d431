package site

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
	"time"

	"github.com/secdoc/secdoc/generator/diag"
	"github.com/secdoc/secdoc/generator/load"
)

// The builds below feed one hostile file to a small site. Each must end
// with a site or a clear error within a budget generous enough not to flake
// on a busy two-core machine (ten times more under -race) yet far below what
// a quadratic or exponential blow-up would take.

// raceEnabled reports whether the test binary was built with -race, which
// slows everything down several times and multiplies memory use.
func raceEnabled() bool {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return false
	}
	for _, s := range info.Settings {
		if s.Key == "-race" {
			return s.Value == "true"
		}
	}
	return false
}

// limitSite is the site every hostile file is added to; its records are the
// targets of the links in the generated bodies.
var limitSite = map[string]string{
	"content/threats/thr-0001.md": "---\nid: THR-0001\nlikelihood: 2\nimpact: 3\n---\n# SQL injection\n",
	"content/sops/sop-003.md":     "---\nid: SOP-003\n---\n# PSP outage\n## Steps\n",
}

// limitBuild builds limitSite plus the file at p and reports how long it
// took and roughly how much memory the Go heap took on.
func limitBuild(t *testing.T, p, src string, budget time.Duration) (*Result, error) {
	t.Helper()
	files := map[string]string{p: src}
	for k, v := range limitSite {
		files[k] = v
	}
	root := writeSite(t, files)
	if raceEnabled() {
		budget *= 10
	}
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	start := time.Now()
	res, err := Build(context.Background(), Options{Source: root, Destination: filepath.Join(t.TempDir(), "public"), Now: FixedClock(fixtureNow)})
	took := time.Since(start)
	runtime.ReadMemStats(&after)
	t.Logf("%d bytes: %v, %d MB allocated, heap grew to %d MB, %d MB from the OS", len(src), took.Round(time.Millisecond),
		(after.TotalAlloc-before.TotalAlloc)>>20, after.HeapSys>>20, (after.Sys-before.Sys)>>20)
	if took > budget {
		t.Errorf("build took %v, want under %v", took, budget)
	}
	return res, err
}

// skipSlow skips a test that builds big inputs: with -short, and under -race,
// where it takes half a minute and proves nothing about concurrency. CI runs
// these without -race.
func skipSlow(t *testing.T) {
	t.Helper()
	if testing.Short() || raceEnabled() {
		t.Skip("builds big inputs: skipped with -short and under -race")
	}
}

func TestDeeplyNestedMarkdownBuilds(t *testing.T) {
	skipSlow(t)
	const depth = 10000
	tests := []struct{ name, body, want string }{
		{"list items on one line", strings.Repeat("- ", depth) + "deepest\n", "deepest"},
		{"blockquotes", strings.Repeat(">", depth) + " deepest\n", "deepest"},
		{"blockquotes and lists", strings.Repeat("> - ", depth/2) + "deepest\n", "deepest"},
		{"ordered lists", strings.Repeat("1. ", depth) + "deepest\n", "deepest"},
		{"emphasis", strings.Repeat("*a ", depth) + "deepest" + strings.Repeat(" a*", depth) + "\n", "deepest"},
		{"links", strings.Repeat("[", depth) + "deepest" + strings.Repeat("](x)", depth) + "\n", "deepest"},
		// Nesting by indentation costs goldmark time growing with the cube of
		// the depth (1,000 levels: 6 s); 10,000 levels would be 100 MB, over
		// the loader's limit (see TestOversizedFileRefused).
		{"list items indented, 300 deep", indentedList(300), "deepest"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := limitBuild(t, "content/deep.md", "---\nid: DEEP\n---\n"+tc.body, 10*time.Second)
			if err != nil {
				t.Fatalf("build: %v", err)
			}
			if res.Pages == 0 {
				t.Error("no pages written")
			}
		})
	}
}

func indentedList(depth int) string {
	var b strings.Builder
	for i := 0; i < depth; i++ {
		b.WriteString(strings.Repeat("  ", i) + "- level\n")
	}
	return b.String() + strings.Repeat("  ", depth) + "- deepest\n"
}

func TestBillionLaughsFailsFast(t *testing.T) {
	var b strings.Builder
	b.WriteString("---\nid: BOMB\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n")
	for i := 1; i < 10; i++ {
		fmt.Fprintf(&b, "a%d: &a%d [%s]\n", i, i, strings.TrimSuffix(strings.Repeat(fmt.Sprintf("*a%d, ", i-1), 10), ", "))
	}
	b.WriteString("---\n")
	_, err := limitBuild(t, "content/threats/bomb.md", b.String(), 5*time.Second)
	var ce *diag.ContentError
	if !errors.As(err, &ce) || !strings.Contains(ce.Error(), "content/threats/bomb.md:2:1: front matter expands to more than 100000 values (alias bomb?)") {
		t.Errorf("got %v, want a clear alias-bomb error", err)
	}
}

func TestMegabyteFrontMatterStringBuilds(t *testing.T) {
	skipSlow(t)
	title := strings.Repeat("<b>big</b> & ", 1<<20/len("<b>big</b> & "))
	src := "---\nid: THR-0002\ntitle: '" + title + "'\nowner: '" + title + "'\nlikelihood: 3\nimpact: 3\n---\nbody\n"
	res, err := limitBuild(t, "content/threats/thr-0002.md", src, 20*time.Second)
	if err != nil {
		t.Fatalf("build: %v", err)
	}
	if res.Pages == 0 {
		t.Error("no pages written")
	}
}

func TestOversizedFileRefused(t *testing.T) {
	root := writeSite(t, limitSite)
	big := filepath.Join(root, "content", "dump.md")
	if err := os.WriteFile(big, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(big, load.MaxFileSize+1); err != nil { // sparse: nothing is written
		t.Fatal(err)
	}
	start := time.Now()
	_, err := Build(context.Background(), Options{Source: root, Now: FixedClock(fixtureNow)})
	var ce *diag.ContentError
	if !errors.As(err, &ce) || !strings.Contains(ce.Error(), fmt.Sprintf("content/dump.md:1:1: file is larger than the %d MB limit", load.MaxFileSize>>20)) {
		t.Errorf("got %v, want the file refused", err)
	}
	t.Logf("refused in %v", time.Since(start).Round(time.Millisecond))
}

// TestLargeMarkdownBuilds builds one record of 5 MB of ordinary markdown
// (headings, links, tables, lists, math), under the 8 MB limit. Larger files,
// a 50 MB one among them, are refused with a clear error (the test above):
// a 50 MB build measured 17-22 s and 3.2 GB of memory on a busy two-core
// machine, since goldmark's tree costs about 60 bytes per byte of markdown.
// It does not run with -short or -race.
func TestLargeMarkdownBuilds(t *testing.T) {
	skipSlow(t)
	size, budget := 5<<20, 20*time.Second
	res, err := limitBuild(t, "content/threats/thr-0009-huge.md", "---\nid: THR-0009\nlikelihood: 4\nimpact: 4\n---\n"+prose(size), budget)
	if err != nil {
		t.Fatalf("build: %v", err)
	}
	if res.Pages == 0 {
		t.Error("no pages written")
	}
}

// prose returns about n bytes of ordinary record markdown.
func prose(n int) string {
	const block = "## Payment outage %d\n\nWhen the **PSP** fails, follow the [runbook](../sops/sop-003.md#steps) " +
		"and see [[THR-0001]], with `code`, _emphasis_ and \\(ALE = SLE \\times ARO\\) at https://example.com/x.\n\n" +
		"| step | owner |\n|---|---|\n| page on-call | SRE |\n\n- item one\n- item two\n  1. nested\n\n> quoted text\n\n```\ncode block\n```\n\n"
	var b strings.Builder
	b.Grow(n + len(block))
	for i := 0; b.Len() < n; i++ {
		fmt.Fprintf(&b, block, i)
	}
	return b.String()
}
