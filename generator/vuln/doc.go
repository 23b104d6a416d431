// Package vuln puts the findings of scanner reports (package scan) beside
// the security documentation: which asset each report covers, which threat
// names each vulnerability, and so whether a vulnerability is open debt,
// accepted by a recorded and still valid decision, or not affecting.
//
// It reads records and the link graph and writes nothing; the render stage
// shows its Board.
package vuln
