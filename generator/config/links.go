package config

import (
	"net/url"
	"sort"
	"strings"
)

// LinkValue is the placeholder a tracker link's template holds for the
// field's value.
const LinkValue = "{value}"

// linkProblems checks the tracker links: each a field name and an http or
// https URL template holding {value}.
func (c *Config) linkProblems() []problem {
	keys := make([]string, 0, len(c.Links))
	for k := range c.Links {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var out []problem
	for _, k := range keys {
		tmpl := c.Links[k]
		path := "links." + k
		if strings.TrimSpace(k) == "" {
			out = append(out, problem{path, "names no field"})
			continue
		}
		if !strings.Contains(tmpl, LinkValue) {
			out = append(out, problem{path, "the link " + quote(tmpl) + " must hold " + LinkValue + ", where the field's value goes"})
			continue
		}
		u, err := url.Parse(strings.ReplaceAll(tmpl, LinkValue, "x"))
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			out = append(out, problem{path, "the link " + quote(tmpl) + " must be an absolute http or https URL"})
		}
	}
	return out
}

func quote(s string) string { return `"` + s + `"` }

// Link returns the tracker link for value in the template tmpl: the value
// escaped as a URL path segment (which is also safe in a query).
func Link(tmpl, value string) string {
	return strings.ReplaceAll(tmpl, LinkValue, url.PathEscape(value))
}
