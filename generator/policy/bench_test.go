package policy_test

import (
	"context"
	"testing"
	"time"

	"github.com/secdoc/secdoc/generator/corpus"
	"github.com/secdoc/secdoc/generator/model"
	"github.com/secdoc/secdoc/generator/policy"
	"github.com/secdoc/secdoc/generator/site"
)

// BenchmarkCheck10k applies every policy and the waivers to a loaded,
// linked 10,000-document site: the work `secdoc check` adds to parsing.
func BenchmarkCheck10k(b *testing.B) {
	src := b.TempDir()
	if err := corpus.Write(src, 10000); err != nil {
		b.Fatal(err)
	}
	at := time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC)
	s, err := site.Load(context.Background(), site.Options{Source: src, Now: site.FixedClock(at)})
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		found, err := policy.Evaluate(s.Records, s.Risk, nil, model.NewDate(at))
		if err != nil {
			b.Fatal(err)
		}
		policy.Waive(append(found, s.Diagnostics...), s.Records)
	}
}
