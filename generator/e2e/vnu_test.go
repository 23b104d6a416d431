package e2e

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestHTMLValidates runs the Nu HTML Checker over every page of the built
// example site and of the hostile corpus: zero errors. A canary page with a
// known error goes along, to prove that the checker ran and reports what it
// finds.
func TestHTMLValidates(t *testing.T) {
	java, jar := vnuCommand(t)
	example, hostile := buildToDisk(t, repoRoot, ""), buildToDisk(t, xssSite(t), "")
	canary := filepath.Join(t.TempDir(), "canary.html")
	if err := os.WriteFile(canary, []byte("<!DOCTYPE html><html lang=en><head></head><body></body></html>"), 0o644); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	cmd := exec.Command(java, "-jar", jar, "--errors-only", "--skip-non-html", example, hostile, canary)
	cmd.Stdout, cmd.Stderr = &out, &out
	err := cmd.Run()
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) {
		t.Fatalf("run the Nu HTML Checker: %v", err)
	}
	var errs []string
	sawCanary := false
	for _, line := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		switch {
		case strings.Contains(line, "canary.html"):
			sawCanary = true
		case line != "":
			line = strings.ReplaceAll(line, "file:"+example+"/", "example site: ")
			errs = append(errs, strings.ReplaceAll(line, "file:"+hostile+"/", "hostile corpus: "))
		}
	}
	if !sawCanary || exit == nil {
		t.Fatalf("the Nu HTML Checker did not report the canary's missing title (exit %v):\n%s", err, out.String())
	}
	if len(errs) > 0 {
		t.Errorf("the Nu HTML Checker found %d errors:\n%s", len(errs), strings.Join(errs, "\n"))
	}
}
