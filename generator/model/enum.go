package model

import (
	"fmt"
	"strconv"
	"strings"
)

// Levels are the ratings of an asset's confidentiality, integrity and
// availability, lowest first; a level's index is its weight minus one.
var Levels = []string{"none", "low", "medium", "high", "critical"}

// LikelihoodWords name the likelihood scale 1-5.
var LikelihoodWords = []string{"rare", "unlikely", "possible", "likely", "almost-certain"}

// ImpactWords name the impact scale 1-5.
var ImpactWords = []string{"negligible", "minor", "moderate", "major", "severe"}

// Stride lists the STRIDE threat categories in order.
var Stride = []string{"spoofing", "tampering", "repudiation", "information-disclosure", "denial-of-service", "elevation-of-privilege"}

// ThreatStatuses are the states of a threat; Threagile's words map onto them.
var ThreatStatuses = []string{"open", "in-progress", "mitigated", "accepted", "transferred", "avoided", "false-positive"}

// DecisionStatuses are the states of an architecture decision record.
var DecisionStatuses = []string{"proposed", "accepted", "rejected", "deprecated", "superseded"}

var threatStatusAliases = map[string]string{"unchecked": "open", "in-discussion": "open"}

// normalWord lowercases s and joins its words with hyphens.
func normalWord(s string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return r == ' ' || r == '_' || r == '-'
	}), "-")
}

// oneOf returns s normalised when it is in allowed.
func oneOf(s string, allowed []string) (string, error) {
	w := normalWord(s)
	for _, a := range allowed {
		if w == a {
			return a, nil
		}
	}
	return "", fmt.Errorf("%q is not one of %s", s, strings.Join(allowed, ", "))
}

// ParseLevel reads a confidentiality, integrity or availability level.
func ParseLevel(s string) (string, error) { return oneOf(s, Levels) }

// LevelWeight returns 1 for none up to 5 for critical, 0 for an unknown level.
func LevelWeight(level string) int {
	for i, l := range Levels {
		if l == level {
			return i + 1
		}
	}
	return 0
}

// ParseScale reads a rating 1-5 given as a number or as one of words.
func ParseScale(s string, words []string) (int, error) {
	w := normalWord(s)
	if n, err := strconv.Atoi(w); err == nil {
		if n >= 1 && n <= 5 {
			return n, nil
		}
	}
	for i, word := range words {
		if w == word {
			return i + 1, nil
		}
	}
	return 0, fmt.Errorf("%q is not 1-5 or one of %s", s, strings.Join(words, ", "))
}

// ParseStride reads a STRIDE category by name or by its initial letter.
func ParseStride(s string) (string, error) {
	w := normalWord(s)
	if len(w) == 1 {
		for _, c := range Stride {
			if c[0] == w[0] {
				return c, nil
			}
		}
	}
	switch w {
	case "information-disclosure", "disclosure", "info-disclosure":
		return "information-disclosure", nil
	case "dos", "denial-of-service":
		return "denial-of-service", nil
	case "eop", "elevation-of-privilege", "elevation-of-privileges":
		return "elevation-of-privilege", nil
	}
	return oneOf(w, Stride)
}

// ParseThreatStatus reads a threat's status.
func ParseThreatStatus(s string) (string, error) {
	if a, ok := threatStatusAliases[normalWord(s)]; ok {
		return a, nil
	}
	return oneOf(s, ThreatStatuses)
}

// ParseDecisionStatus reads an ADR's status.
func ParseDecisionStatus(s string) (string, error) { return oneOf(s, DecisionStatuses) }
