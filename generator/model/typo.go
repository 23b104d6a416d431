package model

import "sort"

// suggest returns the known field of kind k that key is one typo away from,
// or "" when there is none. Longer names tolerate two edits.
func suggest(key string, k Kind) string {
	limit := 1
	if len(key) >= 8 {
		limit = 2
	}
	names := make([]string, 0, 32)
	for name := range fieldsOf(k) {
		names = append(names, name)
	}
	sort.Strings(names)
	best, bestDist := "", limit+1
	for _, name := range names {
		if dist := editDistance(key, name); dist > 0 && dist < bestDist {
			best, bestDist = name, dist
		}
	}
	return best
}

// editDistance is the optimal string alignment distance between a and b:
// insertions, deletions, substitutions and swaps of adjacent letters.
func editDistance(a, b string) int {
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
