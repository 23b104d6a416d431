package site

import (
	"context"
	"path/filepath"
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
		if _, err := Build(context.Background(), Options{Source: src, Destination: dest, Now: fixtureNow}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n), "docs")
}
