package e2e

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// The environment variables that configure the tests; see the package comment.
const (
	mandatoryEnv   = "SECDOC_BROWSER_TESTS"
	axeEnv         = "SECDOC_AXE"
	vnuEnv         = "SECDOC_VNU"
	screenshotsEnv = "SECDOC_SCREENSHOTS"
)

// repoRoot is the repository root, which is also the example site's root.
const repoRoot = "../.."

// mandatory reports whether missing tools fail the tests rather than skip them.
func mandatory() bool { return os.Getenv(mandatoryEnv) == "1" }

// missing skips the test because a tool is not installed, saying how to
// install it, or fails it where the tools are mandatory.
func missing(tb testing.TB, problem, install string) {
	tb.Helper()
	if mandatory() {
		tb.Fatalf("%s, and %s=1 makes this test mandatory: %s", problem, mandatoryEnv, install)
	}
	tb.Skipf("skipped: %s; %s, or set %s=1 to make these tests mandatory", problem, install, mandatoryEnv)
}

// chromiumPath finds Debian's chromium.
func chromiumPath(tb testing.TB) string {
	tb.Helper()
	if _, err := os.Stat("/usr/bin/chromium"); err == nil {
		return "/usr/bin/chromium"
	}
	if p, err := exec.LookPath("chromium"); err == nil {
		return p
	}
	missing(tb, "chromium is not installed (neither /usr/bin/chromium nor chromium on PATH)",
		"install Debian's chromium (apt-get install chromium)")
	return ""
}

// toolFile returns the file named by the environment variable env.
func toolFile(tb testing.TB, env, what, install string) string {
	tb.Helper()
	p := os.Getenv(env)
	if p == "" {
		missing(tb, env+" is not set to the path of "+what, install)
	}
	if _, err := os.Stat(p); err != nil {
		missing(tb, fmt.Sprintf("%s: %v", env, err), install)
	}
	return p
}

// axeSource returns axe-core's script.
func axeSource(tb testing.TB) string {
	tb.Helper()
	data, err := os.ReadFile(toolFile(tb, axeEnv, "axe-core's axe.min.js",
		"run `npm install --prefix DIR axe-core@4` and set "+axeEnv+"=DIR/node_modules/axe-core/axe.min.js"))
	if err != nil {
		tb.Fatal(err)
	}
	return string(data)
}

// vnuCommand returns java and the Nu HTML Checker's jar.
func vnuCommand(tb testing.TB) (java, jar string) {
	tb.Helper()
	jar = toolFile(tb, vnuEnv, "the Nu HTML Checker's vnu.jar",
		"run `npm install --prefix DIR vnu-jar` and set "+vnuEnv+"=DIR/node_modules/vnu-jar/build/dist/vnu.jar")
	java, err := exec.LookPath("java")
	if err != nil {
		missing(tb, "java is not installed, and the Nu HTML Checker needs it", "install a Java runtime (apt-get install default-jre-headless)")
	}
	return java, jar
}

// screenshotDir is where screenshots go: SECDOC_SCREENSHOTS, relative to the
// repository root, or a temporary folder.
func screenshotDir(tb testing.TB) string {
	tb.Helper()
	dir := os.Getenv(screenshotsEnv)
	if dir == "" {
		dir = tb.TempDir()
	} else if !filepath.IsAbs(dir) {
		dir = filepath.Join(repoRoot, dir)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		tb.Fatal(err)
	}
	return dir
}
