package config

import (
	"strings"
	"testing"
)

func TestLinks(t *testing.T) {
	c, err := loadFile(t, "secdoc.yaml", "links:\n  ticket: \"https://tracker.example.org/browse/{value}\"\n  cve: \"http://cve.example.org/?id={value}\"\n")
	if err != nil {
		t.Fatal(err)
	}
	if got := Link(c.Links["ticket"], "SEC-12"); got != "https://tracker.example.org/browse/SEC-12" {
		t.Errorf("ticket link %q", got)
	}
	if got := Link(c.Links["cve"], `a b/c?d&e#f"<`); got != "http://cve.example.org/?id=a%20b%2Fc%3Fd&e%23f%22%3C" {
		t.Errorf("escaped link %q", got)
	}
}

func TestLinkErrors(t *testing.T) {
	src := "title: x\nlinks:\n  ticket: \"javascript:alert({value})\"\n  jira: \"https://jira.example.org/browse/\"\n  rel: \"/browse/{value}\"\n  ok: \"https://t.example.org/{value}\"\n"
	_, err := loadFile(t, "secdoc.yaml", src)
	if err == nil {
		t.Fatal("no error")
	}
	want := []string{
		`secdoc.yaml:3:11: links.ticket: the link "javascript:alert({value})" must be an absolute http or https URL`,
		`secdoc.yaml:4:9: links.jira: the link "https://jira.example.org/browse/" must hold {value}, where the field's value goes`,
		`secdoc.yaml:5:8: links.rel: the link "/browse/{value}" must be an absolute http or https URL`,
	}
	if got := err.Error(); got != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", got, strings.Join(want, "\n"))
	}
	if _, err := loadFile(t, "secdoc.yaml", "links:\n  ticket: [a]\n"); err == nil || !strings.Contains(err.Error(), "secdoc.yaml:2:") {
		t.Errorf("a list for a link: got %v, want a positioned error", err)
	}
}
