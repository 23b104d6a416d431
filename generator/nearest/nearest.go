// Package nearest suggests the known word a mistyped one was meant to be:
// a front-matter field, a command or a flag.
package nearest

import "sort"

// Word returns the candidate one typo away from word (two for words of 8
// letters or more), preferring the closest and then the first in sorted
// order, or "" when none is that close. An exact match is not a suggestion.
func Word(word string, candidates []string) string {
	limit := 1
	if len(word) >= 8 {
		limit = 2
	}
	return Within(word, candidates, limit)
}

// Within returns the candidate at most limit typos away from word, as Word
// does, for short lists of distinct words where a wider net is safe.
func Within(word string, candidates []string, limit int) string {
	sorted := append([]string(nil), candidates...)
	sort.Strings(sorted)
	best, bestDist := "", limit+1
	for _, c := range sorted {
		if d := Distance(word, c); d > 0 && d < bestDist {
			best, bestDist = c, d
		}
	}
	return best
}

// Distance is the optimal string alignment distance between a and b:
// insertions, deletions, substitutions and swaps of adjacent letters.
func Distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}
