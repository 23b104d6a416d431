// Package config reads a site's settings from secdoc.yaml or secdoc.toml at
// the site root. Every setting has a default, so a site needs no file at all;
// unknown settings are errors, because a misspelt setting silently ignored
// is a policy silently off.
package config

import (
	"errors"
	"fmt"
	"os"
	"reflect"
	"sort"
	"strconv"
	"strings"

	"github.com/secdoc/secdoc/generator/diag"
	"github.com/secdoc/secdoc/generator/model"
	"github.com/secdoc/secdoc/generator/policy"
	"github.com/secdoc/secdoc/generator/risk"
	"go.yaml.in/yaml/v3"
)

// Config holds a site's settings.
type Config struct {
	// Title names the site; without one, the title of content/_index.md is used.
	Title    string `yaml:"title"`
	Language string `yaml:"language"`
	// BaseURL is the absolute URL the site is published at; "" keeps links relative.
	BaseURL string `yaml:"base_url"`
	// EditURL is prefixed to a record's source path for an "Edit this page" link.
	EditURL  string   `yaml:"edit_url"`
	Math     Math     `yaml:"math"`
	Risk     Risk     `yaml:"risk"`
	Radiator Radiator `yaml:"radiator"`
	Changes  Changes  `yaml:"changes"`
	// Rotation is the firefighter rotation; none without people.
	Rotation Rotation `yaml:"rotation"`
	// Policies configures `secdoc check`: built-in policies by name, and the
	// site's own.
	Policies map[string]policy.Setting `yaml:"policies"`
	// Mounts bring folders of the repository outside content/ in.
	Mounts []Mount `yaml:"mounts"`
	// Reports says where scanner reports are and what they cover.
	Reports Reports `yaml:"reports"`
	// Exclude lists globs, relative to content/ (where mounted files
	// appear), of files no reader sees.
	Exclude []string `yaml:"exclude"`
	// Links turn the value of a field (declared or a team's own) into a link
	// to a tracker: field name to an http(s) URL holding {value}.
	Links map[string]string `yaml:"links"`
}

// Risk configures scoring and the ageing rules.
type Risk struct {
	// Bands are the highest scores of the low, medium and high bands.
	Bands risk.Bands `yaml:"bands"`
	// ReviewInterval is how often an SOP without its own review_interval must
	// be tested, such as 180d or 6m.
	ReviewInterval string `yaml:"review_interval"`
}

// Radiator configures the wall-monitor page.
type Radiator struct {
	// Refresh is the number of seconds between reloads.
	Refresh int `yaml:"refresh"`
	// StaleAfter is the number of hours after which the build counts as stale.
	StaleAfter int `yaml:"stale_after_hours"`
	// Items is how many records each tile names.
	Items int `yaml:"items"`
}

// Changes configures the /changes/ page and its Atom feed.
type Changes struct {
	// Days is how many days before the build date the page looks back.
	Days int `yaml:"days"`
}

// Math configures math delimiters.
type Math struct {
	// Dollar makes `$...$` inline math; off by default so prices stay text.
	Dollar bool `yaml:"dollar"`
}

// Default returns the settings of a site without a configuration file.
func Default() Config {
	return Config{
		Language: "en",
		Risk:     Risk{Bands: risk.DefaultBands, ReviewInterval: "180d"},
		Radiator: Radiator{Refresh: 60, StaleAfter: 26, Items: 5},
		Reports:  Reports{Dir: "reports", StaleAfter: "48h"},
		Changes:  Changes{Days: 30},
	}
}

// Names are the configuration files looked for, in order.
var Names = []string{"secdoc.yaml", "secdoc.yml", "secdoc.toml"}

// Error lists every problem of a settings file, each as file:line:col:
// message.
type Error struct {
	List diag.List
}

// Error returns the problems, one per line.
func (e *Error) Error() string {
	lines := make([]string, 0, len(e.List))
	for _, d := range e.List {
		lines = append(lines, d.String())
	}
	return strings.Join(lines, "\n")
}

// Load reads the first configuration file found in root; it returns the
// defaults and "" when there is none. Every problem of the file comes back
// at once in an *Error.
func Load(root *os.Root) (Config, string, error) {
	c := Default()
	for _, name := range Names {
		data, err := root.ReadFile(name)
		if errors.Is(err, os.ErrNotExist) {
			continue
		}
		if err != nil {
			return c, name, fmt.Errorf("read %s: %w", name, err)
		}
		if l := decode(name, data, &c, root); len(l) > 0 {
			return c, name, &Error{List: l}
		}
		return c, name, nil
	}
	return c, "", nil
}

// decode reads a settings file into c, checking it against the settings
// Config declares and then the values' own rules; mount sources are looked
// up in root unless it is nil.
func decode(name string, data []byte, c *Config, root *os.Root) diag.List {
	tree, l := yamlTree(name, data)
	if strings.HasSuffix(name, ".toml") {
		tree, l = tomlTree(name, data)
	}
	if tree == nil || len(l) > 0 {
		return l
	}
	s := &schema{file: name}
	s.check(tree, reflect.TypeOf(c).Elem(), "")
	if len(s.diags) > 0 {
		s.diags.Sort()
		return s.diags
	}
	if err := tree.Decode(c); err != nil {
		s.errorf(tree, "%s", strings.TrimPrefix(err.Error(), "yaml: "))
		return s.diags
	}
	for _, p := range append(append(c.validate(), c.linkProblems()...), c.mountProblems(root)...) {
		s.errorf(find(tree, p.path), "%s: %s", shown(p.path), p.msg)
	}
	s.diags.Sort()
	return s.diags
}

// problem is a setting whose value breaks its own rule.
type problem struct{ path, msg string }

// validate checks settings the schema cannot.
func (c *Config) validate() []problem {
	var out []problem
	if err := c.Risk.Bands.Validate(); err != nil {
		out = append(out, problem{"risk.bands", err.Error()})
	}
	if _, err := model.ParseInterval(c.Risk.ReviewInterval); err != nil {
		out = append(out, problem{"risk.review_interval", fmt.Sprintf("%q %v", c.Risk.ReviewInterval, err)})
	}
	if c.Radiator.Refresh < 5 {
		out = append(out, problem{"radiator.refresh", "must be at least 5 seconds"})
	}
	if c.Radiator.StaleAfter < 1 {
		out = append(out, problem{"radiator.stale_after_hours", "must be at least 1"})
	}
	if c.Radiator.Items < 1 {
		out = append(out, problem{"radiator.items", "must be at least 1"})
	}
	out = append(out, c.Reports.validate()...)
	if c.Changes.Days < 1 {
		out = append(out, problem{"changes.days", "must be at least 1"})
	}
	out = append(out, c.Rotation.problems()...)
	names := make([]string, 0, len(c.Policies))
	for name := range c.Policies {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if err := policy.CheckSetting(name, c.Policies[name]); err != nil {
			out = append(out, problem{"policies." + name, err.Error()})
		}
	}
	return out
}

// find returns the node of the setting at the dotted path, or the nearest
// parent written in the file.
func find(n *yaml.Node, path string) *yaml.Node {
	for _, key := range strings.Split(path, ".") {
		if i, err := strconv.Atoi(key); err == nil && n.Kind == yaml.SequenceNode && i < len(n.Content) {
			n = n.Content[i]
			continue
		}
		if n.Kind != yaml.MappingNode {
			return n
		}
		next := n
		for i := 0; i+1 < len(n.Content); i += 2 {
			if n.Content[i].Value == key {
				next = n.Content[i+1]
			}
		}
		if next == n {
			return n
		}
		n = next
	}
	return n
}

// shown writes a setting path as users read it: mounts[0].source for
// mounts.0.source.
func shown(path string) string {
	parts := strings.Split(path, ".")
	out := parts[0]
	for _, p := range parts[1:] {
		if _, err := strconv.Atoi(p); err == nil {
			out += "[" + p + "]"
		} else {
			out += "." + p
		}
	}
	return out
}

// ReviewDays returns the default SOP review interval in days.
func (c *Config) ReviewDays() int {
	n, _ := model.ParseInterval(c.Risk.ReviewInterval)
	return n
}
