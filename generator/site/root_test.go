package site

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/secdoc/secdoc/generator/config"
)

func TestSiteRootMustHoldContent(t *testing.T) {
	outside := t.TempDir()
	tests := []struct {
		name  string
		setup func(t *testing.T, root string)
		want  string // "" when the root is fine
	}{
		{"content folder", func(t *testing.T, root string) { mkdir(t, root, "content") }, ""},
		{"empty folder", func(t *testing.T, root string) {}, "has no content/ folder: pass --source with the site root, or run secdoc init there"},
		{"a code repository", func(t *testing.T, root string) { mkdir(t, root, "docs/content") }, "has no content/ folder"},
		{"content is a file", func(t *testing.T, root string) { writeFiles(t, root, map[string]string{"content": "x"}) }, "has a file content, not a folder"},
		{"content links out of the root", func(t *testing.T, root string) {
			if err := os.Symlink(outside, filepath.Join(root, "content")); err != nil {
				t.Skip(err)
			}
		}, "symbolic link that leaves the site root"},
		{"missing root", func(t *testing.T, root string) { os.Remove(root) }, "does not exist: pass --source with the site root"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			root := filepath.Join(t.TempDir(), "site")
			mkdir(t, root, "")
			tc.setup(t, root)
			opts := Options{Source: root, Destination: filepath.Join(t.TempDir(), "public"), Now: FixedClock(fixtureNow)}
			_, buildErr := Build(context.Background(), opts)
			_, updateErr := NewSession(opts).Update(context.Background(), nil, true)
			for what, err := range map[string]error{"Build": buildErr, "Session.Update": updateErr, "Verify": Verify(opts)} {
				checkSetupError(t, what, err, root, tc.want)
			}
		})
	}
}

func checkSetupError(t *testing.T, what string, err error, root, want string) {
	t.Helper()
	var se *SetupError
	switch {
	case want == "" && err != nil:
		t.Errorf("%s: got %v, want no error", what, err)
	case want != "" && (!errors.As(err, &se) || !strings.HasPrefix(err.Error(), root+" ") || !strings.Contains(err.Error(), want)):
		t.Errorf("%s: got %v, want a *SetupError naming %s and saying %q", what, err, root, want)
	}
}

func mkdir(t *testing.T, root, dir string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Join(root, dir), 0o755); err != nil {
		t.Fatal(err)
	}
}

func TestSettingsErrorsAreSetupErrors(t *testing.T) {
	root := writeSite(t, map[string]string{"content/_index.md": "# Home\n", "secdoc.yaml": "policys: {}\n"})
	_, err := Load(context.Background(), Options{Source: root, Now: FixedClock(fixtureNow)})
	var se *SetupError
	var ce *config.Error
	if !errors.As(err, &se) || !errors.As(err, &ce) || len(ce.List) != 1 {
		t.Errorf("got %v, want a *SetupError holding the one settings problem", err)
	}
}
