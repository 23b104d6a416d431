// Package config reads a site's settings from secdoc.yaml or secdoc.toml at
// the site root. Every setting has a default, so a site needs no file at all;
// unknown settings are errors, because a misspelt setting silently ignored
// is a policy silently off.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"regexp"
	"strconv"

	"github.com/BurntSushi/toml"

	"github.com/secdoc/secdoc/generator/model"
	"github.com/secdoc/secdoc/generator/policy"
	"github.com/secdoc/secdoc/generator/risk"
	"go.yaml.in/yaml/v3"
)

// Config holds a site's settings.
type Config struct {
	// Title names the site; without one, the title of content/_index.md is used.
	Title    string `yaml:"title" toml:"title"`
	Language string `yaml:"language" toml:"language"`
	// BaseURL is the absolute URL the site is published at; "" keeps links relative.
	BaseURL string `yaml:"base_url" toml:"base_url"`
	// EditURL is prefixed to a record's source path for an "Edit this page" link.
	EditURL  string   `yaml:"edit_url" toml:"edit_url"`
	Math     Math     `yaml:"math" toml:"math"`
	Risk     Risk     `yaml:"risk" toml:"risk"`
	Radiator Radiator `yaml:"radiator" toml:"radiator"`
	// Policies configures `secdoc check`: built-in policies by name, and the
	// site's own.
	Policies map[string]policy.Setting `yaml:"policies" toml:"policies"`
}

// Risk configures scoring and the ageing rules.
type Risk struct {
	// Bands are the highest scores of the low, medium and high bands.
	Bands risk.Bands `yaml:"bands" toml:"bands"`
	// ReviewInterval is how often an SOP without its own review_interval must
	// be tested, such as 180d or 6m.
	ReviewInterval string `yaml:"review_interval" toml:"review_interval"`
}

// Radiator configures the wall-monitor page.
type Radiator struct {
	// Refresh is the number of seconds between reloads.
	Refresh int `yaml:"refresh" toml:"refresh"`
	// StaleAfter is the number of hours after which the build counts as stale.
	StaleAfter int `yaml:"stale_after_hours" toml:"stale_after_hours"`
	// Items is how many records each tile names.
	Items int `yaml:"items" toml:"items"`
}

// Math configures math delimiters.
type Math struct {
	// Dollar makes `$...$` inline math; off by default so prices stay text.
	Dollar bool `yaml:"dollar" toml:"dollar"`
}

// Default returns the settings of a site without a configuration file.
func Default() Config {
	return Config{
		Language: "en",
		Risk:     Risk{Bands: risk.DefaultBands, ReviewInterval: "180d"},
		Radiator: Radiator{Refresh: 60, StaleAfter: 26, Items: 5},
	}
}

// Names are the configuration files looked for, in order.
var Names = []string{"secdoc.yaml", "secdoc.yml", "secdoc.toml"}

// Load reads the first configuration file found in root; it returns the
// defaults and "" when there is none. Errors name file:line:col.
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
		if name == "secdoc.toml" {
			err = decodeTOML(name, data, &c)
		} else {
			err = decodeYAML(name, data, &c)
		}
		if err == nil {
			err = c.validate(name)
		}
		return c, name, err
	}
	return c, "", nil
}

var yamlLine = regexp.MustCompile(`line (\d+): (.*)`)

func decodeYAML(name string, data []byte, c *Config) error {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	err := dec.Decode(c)
	if err == nil || errors.Is(err, io.EOF) {
		return nil
	}
	if m := yamlLine.FindStringSubmatch(err.Error()); m != nil {
		line, _ := strconv.Atoi(m[1])
		return fmt.Errorf("%s:%d:1: %s", name, line, m[2])
	}
	return fmt.Errorf("%s:1:1: %v", name, err)
}

func decodeTOML(name string, data []byte, c *Config) error {
	md, err := toml.Decode(string(data), c)
	var pe toml.ParseError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s:%d:%d: %s", name, pe.Position.Line, pe.Position.Col, pe.Message)
	}
	if err != nil {
		return fmt.Errorf("%s:1:1: %v", name, err)
	}
	if und := md.Undecoded(); len(und) > 0 {
		return fmt.Errorf("%s:1:1: unknown setting %q", name, und[0].String())
	}
	return nil
}

// validate checks settings the decoders cannot.
func (c *Config) validate(name string) error {
	if err := c.Risk.Bands.Validate(); err != nil {
		return fmt.Errorf("%s: risk.bands: %w", name, err)
	}
	if _, err := model.ParseInterval(c.Risk.ReviewInterval); err != nil {
		return fmt.Errorf("%s: risk.review_interval: %q %w", name, c.Risk.ReviewInterval, err)
	}
	if c.Radiator.Refresh < 5 || c.Radiator.StaleAfter < 1 || c.Radiator.Items < 1 {
		return fmt.Errorf("%s: radiator: refresh must be at least 5 seconds, stale_after_hours and items at least 1", name)
	}
	return nil
}

// ReviewDays returns the default SOP review interval in days.
func (c *Config) ReviewDays() int {
	n, _ := model.ParseInterval(c.Risk.ReviewInterval)
	return n
}
