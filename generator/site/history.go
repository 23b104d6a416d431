package site

import (
	"context"
	"slices"

	"github.com/secdoc/secdoc/generator/history"
	"github.com/secdoc/secdoc/generator/model"
)

// gitDates gives the day fields that fall back on Git (model.Field's
// GitFallback) the date of the first commit that added the record's file,
// where the record leaves them empty. Git runs once, and only when some
// record needs it.
func (s *Site) gitDates(ctx context.Context) {
	keys := map[*model.Spec][]string{}
	var need []*model.Record
	for _, r := range s.Records {
		k, seen := keys[r.Spec]
		if !seen {
			k = fallbacks(r.Spec)
			keys[r.Spec] = k
		}
		if !r.Intro && slices.ContainsFunc(k, func(key string) bool { return !r.Given(key) }) {
			need = append(need, r)
		}
	}
	if len(need) == 0 {
		return
	}
	log := s.opts.History
	if log == nil {
		log = history.Git{}
	}
	dates := log.FirstAdded(ctx, s.root.Name())
	for _, r := range need {
		if t, ok := dates[r.Source]; ok {
			for _, key := range keys[r.Spec] {
				r.Infer(key, model.NewDate(t), model.FromGit)
			}
		}
	}
}

// fallbacks returns the keys of a kind's fields that fall back on Git.
func fallbacks(spec *model.Spec) []string {
	var keys []string
	for _, f := range spec.Fields {
		if f.GitFallback {
			keys = append(keys, f.Key)
		}
	}
	return keys
}
