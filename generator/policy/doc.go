// Package policy holds the rules `secdoc check` applies beyond the build's
// own validation: the practices a team agrees its security records follow
// (every threat has an owner and a likelihood, every accepted risk has a
// recorded decision and an expiry, runbooks are tested in time, ...). Each
// policy has a name, a severity and, where it applies, a threshold, all of
// which a site can change or switch off in secdoc.yaml; a team can add its
// own policies requiring fields of a kind. A record can waive a policy in its
// front matter, with the reason, so exceptions are visible and reviewed.
package policy
