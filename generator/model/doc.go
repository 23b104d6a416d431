// Package model turns loaded files into typed security records (assets,
// threats, decisions, SOPs, exercises, threat models and plain pages) and
// validates their front matter: types, enumerations, dates and durations.
//
// Every problem is reported with the file position of the offending key or
// value, and decoding goes on after a problem so that all of them are found
// in one run. Unknown fields are kept, in the order written, for display; a
// field one typo away from a known one draws a warning with the suggestion.
package model
