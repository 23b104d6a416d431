package site

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/secdoc/secdoc/generator/corpus"
)

// BenchmarkBuild10k builds a synthetic site of 10,000 documents into a fresh
// folder: the figure quoted in the README.
func BenchmarkBuild10k(b *testing.B) { benchmarkBuild(b, 10000) }

// BenchmarkBuild1k is the same on 1,000 documents.
func BenchmarkBuild1k(b *testing.B) { benchmarkBuild(b, 1000) }

func benchmarkBuild(b *testing.B, n int) {
	src := b.TempDir()
	if err := corpus.Write(src, n); err != nil {
		b.Fatal(err)
	}
	dest := filepath.Join(b.TempDir(), "public")
	b.ResetTimer()
	for b.Loop() {
		if _, err := Build(context.Background(), Options{Source: src, Destination: dest, Now: FixedClock(fixtureNow)}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n), "docs")
}

// BenchmarkIncrementalEdit10k measures what serve does after a one-file
// edit on a 10,000-document site that changes a threat's title: re-read the
// file, relink, re-render the pages it affects. Compare with BenchmarkBuild10k.
func BenchmarkIncrementalEdit10k(b *testing.B) {
	benchmarkEdit(b, func(original string, i int) string {
		return strings.Replace(original, "title: Threat 42", "title: Threat 42 edit "+strconv.Itoa(i), 1)
	})
}

// BenchmarkIncrementalBodyEdit10k is the same for an edit to the body alone,
// the common case while writing.
func BenchmarkIncrementalBodyEdit10k(b *testing.B) {
	benchmarkEdit(b, func(original string, i int) string {
		return original + "\nAnother sentence, number " + strconv.Itoa(i) + ".\n"
	})
}

func benchmarkEdit(b *testing.B, change func(original string, i int) string) {
	src := b.TempDir()
	if err := corpus.Write(src, 10000); err != nil {
		b.Fatal(err)
	}
	s := NewSession(Options{Source: src, Now: FixedClock(fixtureNow)})
	if _, err := s.Update(context.Background(), nil, true); err != nil {
		b.Fatal(err)
	}
	const file = "content/threats/thr-00042.md"
	original, err := os.ReadFile(filepath.Join(src, file))
	if err != nil {
		b.Fatal(err)
	}
	pages := 0
	i := 0
	b.ResetTimer()
	for b.Loop() {
		i++
		if err := os.WriteFile(filepath.Join(src, file), []byte(change(string(original), i)), 0o644); err != nil {
			b.Fatal(err)
		}
		snap, err := s.Update(context.Background(), []string{file}, false)
		if err != nil {
			b.Fatal(err)
		}
		pages = snap.Result.Pages
	}
	b.ReportMetric(float64(pages), "pages/edit")
}

// BenchmarkGitDates10k measures what the Git dates step adds to every build
// and serve update of the 10,000-document corpus, which is not in Git and
// whose decisions are dated: a scan of the records, git never run.
func BenchmarkGitDates10k(b *testing.B) {
	src := b.TempDir()
	if err := corpus.Write(src, 10000); err != nil {
		b.Fatal(err)
	}
	log := &fakeLog{}
	s, err := Load(context.Background(), Options{Source: src, Now: FixedClock(fixtureNow), History: log})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	for b.Loop() {
		s.gitDates(context.Background())
	}
	b.ReportMetric(float64(log.calls), "git-runs")
}
