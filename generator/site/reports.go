package site

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"strings"
	"time"

	"github.com/secdoc/secdoc/generator/diag"
	"github.com/secdoc/secdoc/generator/history"
	"github.com/secdoc/secdoc/generator/kinds"
	"github.com/secdoc/secdoc/generator/model"
	"github.com/secdoc/secdoc/generator/scan"
	"github.com/secdoc/secdoc/generator/vuln"
)

// maxReportSize bounds a scanner report read: image scans with their
// descriptions run to tens of megabytes, content files to far less.
const maxReportSize = 64 << 20

// readReports reads every file under the reports folder (dot files and
// markdown notes aside) as a scanner report. A missing folder is no
// reports; a file no reader takes is a content error at its position.
func (s *Site) readReports() ([]*scan.Report, diag.List) {
	dir := path.Clean(s.Config.Reports.Dir)
	var out []*scan.Report
	var diags diag.List
	fsys := s.root.FS()
	err := fs.WalkDir(fsys, dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) && p == dir {
				return fs.SkipDir
			}
			diags.Errorf(p, 0, 0, "%v", err)
			return nil
		}
		name := d.Name()
		if strings.HasPrefix(name, ".") && p != dir {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if !d.Type().IsRegular() || strings.HasSuffix(strings.ToLower(name), ".md") {
			return nil
		}
		r, err := readReport(fsys, p)
		if err != nil {
			diags.Add(reportDiag(p, err))
			return nil
		}
		out = append(out, r)
		return nil
	})
	if err != nil {
		diags.Errorf(dir, 0, 0, "read reports: %v", err)
	}
	return out, tag(diags, "reports")
}

func readReport(fsys fs.FS, p string) (*scan.Report, error) {
	f, err := fsys.Open(p)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxReportSize+1))
	if err != nil {
		return nil, err
	}
	if len(data) > maxReportSize {
		return nil, fmt.Errorf("report is larger than the %d MB limit", maxReportSize>>20)
	}
	return scan.Read(p, data)
}

func reportDiag(p string, err error) diag.Diagnostic {
	var se *scan.Error
	if errors.As(err, &se) {
		return diag.Diagnostic{Path: se.File, Line: se.Line, Col: se.Col, Severity: diag.Error, Message: se.Message}
	}
	return diag.Diagnostic{Path: p, Severity: diag.Error, Message: err.Error()}
}

// scanBoard reads the reports and puts them beside the records; unknown
// assets in reports.map are errors in the settings file.
func (s *Site) scanBoard() (*vuln.Board, diag.List) {
	reports, diags := s.readReports()
	fromGit := s.committed(reports)
	var maps []vuln.Mapping
	for i, m := range s.Config.Reports.Map {
		a := s.Graph.Lookup(m.Asset)
		if a == nil || a.Kind != kinds.Asset {
			diags.Add(diag.Diagnostic{Path: s.configName(), Severity: diag.Error, Policy: "reports",
				Message: fmt.Sprintf("reports.map[%d].asset: no asset %q", i, m.Asset)})
			continue
		}
		maps = append(maps, vuln.Mapping{Match: m.Match, Asset: a})
	}
	board := vuln.Build(reports, s.Records, s.Graph, vuln.Options{
		Dir: path.Clean(s.Config.Reports.Dir), Now: s.now, StaleAfter: s.Config.Reports.StaleDuration(), Map: maps, FromGit: fromGit,
	})
	return board, append(diags, unjustified(board)...)
}

// unjustified warns, once per threat, about a threat that makes
// vulnerabilities not affecting without the vex_justification OpenVEX
// needs: api/openvex.json leaves its statements out.
func unjustified(b *vuln.Board) diag.List {
	var out diag.List
	seen := map[*model.Record]bool{}
	for _, f := range b.Findings {
		t := f.Threat
		if f.State != vuln.NotAffected || t.Text("vex_justification") != "" || seen[t] {
			continue
		}
		seen[t] = true
		line, col := t.KeyPos("vulnerabilities")
		out.Add(diag.Diagnostic{Path: t.Source, Line: line, Col: col, Severity: diag.Warning, ID: t.ID, Policy: "openvex",
			Message: t.ID + " is " + t.Status() + " for " + f.ID + " but has no vex_justification, so api/openvex.json has no statement for it: add one of " + strings.Join(kinds.VEXJustifications, ", ")})
	}
	return out
}

// committer is a history.Log that also knows when a file last changed
// (history.Git does).
type committer interface {
	LastCommitted(ctx context.Context, root string, paths []string) map[string]time.Time
}

// committed dates the reports that do not say when they were made
// (OSV-Scanner's and govulncheck's JSON) by their file's last commit, and
// returns the files so dated.
func (s *Site) committed(reports []*scan.Report) map[string]bool {
	var undated []string
	for _, r := range reports {
		if r.Generated.IsZero() {
			undated = append(undated, r.File)
		}
	}
	var log history.Log = history.Git{}
	if s.opts.History != nil {
		log = s.opts.History
	}
	c, ok := log.(committer)
	if len(undated) == 0 || !ok {
		return nil
	}
	dates := c.LastCommitted(context.Background(), s.root.Name(), undated)
	out := map[string]bool{}
	for _, r := range reports {
		if t, ok := dates[r.File]; ok && r.Generated.IsZero() {
			r.Generated, out[r.File] = t.UTC(), true
		}
	}
	return out
}

// configName names the settings file for messages.
func (s *Site) configName() string {
	for _, n := range []string{"secdoc.yaml", "secdoc.yml", "secdoc.toml"} {
		if _, err := s.root.Stat(n); err == nil {
			return n
		}
	}
	return "secdoc.yaml"
}
