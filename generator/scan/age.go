package scan

import "time"

// DefaultStaleAfter is how old a report may be before it counts as stale:
// a daily scan that missed two runs.
const DefaultStaleAfter = 48 * time.Hour

// Stale reports whether the report, generated at generated, is older than
// after at now. An unknown age (zero generated) is not stale: callers say
// it is unknown instead.
func Stale(generated, now time.Time, after time.Duration) bool {
	return !generated.IsZero() && now.Sub(generated) > after
}
