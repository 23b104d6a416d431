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
	"go.yaml.in/yaml/v3"
)

// Config holds a site's settings.
type Config struct {
	Title    string `yaml:"title" toml:"title"`
	Language string `yaml:"language" toml:"language"`
	// BaseURL is the absolute URL the site is published at; "" keeps links relative.
	BaseURL string `yaml:"base_url" toml:"base_url"`
	// EditURL is prefixed to a record's source path for an "Edit this page" link.
	EditURL string `yaml:"edit_url" toml:"edit_url"`
	Math    Math   `yaml:"math" toml:"math"`
}

// Math configures math delimiters.
type Math struct {
	// Dollar makes `$...$` inline math; off by default so prices stay text.
	Dollar bool `yaml:"dollar" toml:"dollar"`
}

// Default returns the settings of a site without a configuration file.
func Default() Config {
	return Config{Title: "Security documentation", Language: "en"}
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
			return c, name, decodeTOML(name, data, &c)
		}
		return c, name, decodeYAML(name, data, &c)
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
