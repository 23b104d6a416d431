// Package risk analyses linked records: it scores threats (likelihood ×
// impact, deriving a missing impact from the assets under threat), places
// them on heatmaps, and applies the security-debt rules the radiator shows
// (overdue work, expired or unrecorded acceptances, stale runbooks, pending
// decisions, unmodelled assets). Every date rule compares against the build
// date it is given, never the clock, so results are reproducible.
package risk
