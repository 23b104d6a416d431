package site

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
)

// exampleRoot is the repository root, which holds the example site.
const exampleRoot = "../.."

// TestTwoCheckoutsBuildIdentically copies the example site into two folders
// at different absolute paths and depths, as two checkouts would be, builds
// both with the same date and compares the outputs byte for byte: no
// absolute path, map order or clock may leak into what is published.
func TestTwoCheckoutsBuildIdentically(t *testing.T) {
	a := checkout(t, filepath.Join(t.TempDir(), "a"))
	b := checkout(t, filepath.Join(t.TempDir(), "deeper", "checkout-b"))
	ta := tree(t, buildInto(t, a, filepath.Join(t.TempDir(), "public")))
	tb := tree(t, buildInto(t, b, filepath.Join(t.TempDir(), "out", "site")))
	if len(ta) < 50 {
		t.Fatalf("the example site produced only %d files", len(ta))
	}
	for name, data := range ta {
		other, ok := tb[name]
		switch {
		case !ok:
			t.Errorf("%s is only in the first build", name)
		case !bytes.Equal(data, other):
			t.Errorf("%s differs between the two checkouts", name)
		}
	}
	for name := range tb {
		if _, ok := ta[name]; !ok {
			t.Errorf("%s is only in the second build", name)
		}
	}
}

// checkout copies the example site (content, configuration, templates and
// static files) to dir.
func checkout(t *testing.T, dir string) string {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"content", "templates", "static", "secdoc.yaml", "secdoc.toml"} {
		src := filepath.Join(exampleRoot, name)
		info, err := os.Stat(src)
		switch {
		case os.IsNotExist(err):
			continue
		case err != nil:
			t.Fatal(err)
		case info.IsDir():
			err = os.CopyFS(filepath.Join(dir, name), os.DirFS(src))
		default:
			var data []byte
			if data, err = os.ReadFile(src); err == nil {
				err = os.WriteFile(filepath.Join(dir, name), data, 0o644)
			}
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func buildInto(t *testing.T, src, dest string) string {
	t.Helper()
	if _, err := Build(context.Background(), Options{Source: src, Destination: dest, Now: FixedClock(fixtureNow), Version: "test"}); err != nil {
		t.Fatalf("build %s: %v", src, err)
	}
	return dest
}
