package site

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/secdoc/secdoc/generator/load"
)

// SetupError is a problem with how a site was pointed at or configured
// rather than with its content: a site root that does not exist or holds no
// content/ folder, or a settings file that is wrong. Commands exit with
// their usage status for it, as for a wrong flag, so a wrong --source in CI
// fails instead of checking an empty site.
type SetupError struct {
	Err error
}

// Error returns the underlying error's message.
func (e *SetupError) Error() string { return e.Err.Error() }

// Unwrap returns the underlying error.
func (e *SetupError) Unwrap() error { return e.Err }

// openRoot opens the site root.
func openRoot(source string) (*os.Root, string, error) {
	name := source
	if abs, err := filepath.Abs(source); err == nil {
		name = abs
	}
	root, err := os.OpenRoot(source)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, name, &SetupError{fmt.Errorf("%s does not exist: pass --source with the site root", name)}
	}
	if err != nil {
		return nil, name, &SetupError{fmt.Errorf("open site root %s: %w", name, err)}
	}
	return root, name, nil
}

// hasContent checks that the root holds the content folder, as a site
// without mounts must, saying what is
// there instead when it does not.
func hasContent(root *os.Root) error {
	info, err := root.Stat(load.ContentDir)
	switch {
	case err == nil && info.IsDir():
		return nil
	case err == nil:
		return fmt.Errorf("has a file %s, not a folder: pass --source with the site root", load.ContentDir)
	}
	if l, lerr := root.Lstat(load.ContentDir); lerr == nil && l.Mode()&fs.ModeSymlink != 0 {
		return fmt.Errorf("has %s/ as a symbolic link that leaves the site root, which secdoc does not follow: pass --source with the folder it links to", load.ContentDir)
	}
	return fmt.Errorf("has no %s/ folder: pass --source with the site root, or run secdoc init there", load.ContentDir)
}

// Verify opens the site root and reads its settings as every build does,
// returning the error a build would stop with at once, such as a
// *SetupError. Serve calls it before listening, so a wrong --source or a
// broken secdoc.yaml stops it instead of serving an error page.
func Verify(opts Options) error {
	s, err := open(opts)
	if err != nil {
		return err
	}
	return s.Close()
}
