package config

import (
	"fmt"
	"path"
	"strings"
	"time"

	"github.com/secdoc/secdoc/generator/load"
	"github.com/secdoc/secdoc/generator/model"
)

// Reports configures the scanner reports the site reads.
type Reports struct {
	// Dir is the folder, from the site root, holding the reports.
	Dir string `yaml:"dir"`
	// StaleAfter is how old a report may get before the scan pipeline
	// counts as stopped: hours such as 48h, or days such as 2d.
	StaleAfter string `yaml:"stale_after"`
	// Map gives the asset each report covers, by globs on the path inside Dir.
	Map []ReportMap `yaml:"map"`
}

// ReportMap maps the reports matching a glob to an asset.
type ReportMap struct {
	Match string `yaml:"match"`
	Asset string `yaml:"asset"`
}

// StaleDuration returns StaleAfter as a duration.
func (r Reports) StaleDuration() time.Duration {
	d, _ := parseAge(r.StaleAfter)
	return d
}

// parseAge reads a Go duration such as 48h, or a number of days such as 2d.
func parseAge(s string) (time.Duration, error) {
	if d, err := time.ParseDuration(s); err == nil {
		if d <= 0 {
			return 0, fmt.Errorf("must be more than 0")
		}
		return d, nil
	}
	days, err := model.ParseInterval(s)
	if err != nil || days <= 0 {
		return 0, fmt.Errorf("is not an age such as 48h or 2d")
	}
	return time.Duration(days) * 24 * time.Hour, nil
}

func (r Reports) validate() []problem {
	var out []problem
	if _, err := parseAge(r.StaleAfter); err != nil {
		out = append(out, problem{"reports.stale_after", fmt.Sprintf("%q %v", r.StaleAfter, err)})
	}
	if d := path.Clean(r.Dir); r.Dir == "" || path.IsAbs(d) || d == ".." || strings.HasPrefix(d, "../") || d == "." {
		out = append(out, problem{"reports.dir", fmt.Sprintf("%q must be a folder inside the site root", r.Dir)})
	}
	for i, m := range r.Map {
		where := fmt.Sprintf("reports.map.%d", i)
		if m.Match == "" || load.CheckGlob(m.Match) != nil {
			out = append(out, problem{where + ".match", fmt.Sprintf("%q is not a glob", m.Match)})
		}
		if m.Asset == "" {
			out = append(out, problem{where + ".asset", "names no asset"})
		}
	}
	return out
}
