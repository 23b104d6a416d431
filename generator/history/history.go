package history

import (
	"bytes"
	"context"
	"errors"
	"os/exec"
	"path"
	"strings"
	"time"
)

// Log reports when the files of a site first entered version control.
type Log interface {
	// FirstAdded maps the slash path, relative to root, of every file a
	// commit added under root to the date of the earliest such commit. It
	// returns an empty map when there is no history to read.
	FirstAdded(ctx context.Context, root string) map[string]time.Time
}

// Git is the Log of a git repository, read with one `git log`.
type Git struct {
	// Max bounds the bytes of git's output read; 0 means DefaultMax.
	Max int
}

// DefaultMax is the output Git reads at most: far more than the names of a
// very large site.
const DefaultMax = 64 << 20

// FirstAdded runs git in root; see Log.
func (g Git) FirstAdded(ctx context.Context, root string) map[string]time.Time {
	out := map[string]time.Time{}
	if _, err := exec.LookPath("git"); err != nil {
		return out
	}
	prefix, err := g.run(ctx, root, "rev-parse", "--show-prefix")
	if err != nil {
		return out
	}
	log, err := g.run(ctx, root, "log", "--no-renames", "--diff-filter=A", "-z",
		"--format=%x00"+marker+"%aI", "--name-only", "--", ".")
	if err != nil {
		return out
	}
	return Parse(log, strings.TrimSuffix(string(prefix), "\n"))
}

// marker opens the date of each commit in git's output.
const marker = "secdoc-commit "

// errTooLarge stops reading output beyond the bound.
var errTooLarge = errors.New("git output too large")

// run runs one git command in root and returns its output.
func (g Git) run(ctx context.Context, root string, args ...string) ([]byte, error) {
	max := g.Max
	if max <= 0 {
		max = DefaultMax
	}
	cmd := exec.CommandContext(ctx, "git", append([]string{"--no-pager", "-C", root}, args...)...)
	cmd.Env = append(cmd.Environ(), "GIT_OPTIONAL_LOCKS=0", "LC_ALL=C")
	out := &capped{max: max}
	cmd.Stdout = out
	if err := cmd.Run(); err != nil {
		return nil, err
	}
	return out.buf.Bytes(), nil
}

// capped is a buffer that refuses to grow beyond max bytes.
type capped struct {
	buf bytes.Buffer
	max int
}

func (c *capped) Write(p []byte) (int, error) {
	if c.buf.Len()+len(p) > c.max {
		return 0, errTooLarge
	}
	return c.buf.Write(p)
}

// Parse reads the output of `git log -z --name-only` with the format
// "%x00" + marker + "%aI": NUL-terminated fields where an empty field opens
// each commit (names are never empty), its marked date follows, then its
// names, the first after a newline. Names are relative to the repository
// root; prefix is the site root's place in it (`git rev-parse
// --show-prefix`, "" or ending in "/"), and names outside it are left out.
// Each file gets the earliest date it was added at, in the author's zone.
func Parse(log []byte, prefix string) map[string]time.Time {
	out := map[string]time.Time{}
	var when time.Time
	header, first := false, false
	for _, field := range strings.Split(string(log), "\x00") {
		switch {
		case field == "" || first && field == "\n":
			// A lone newline is a commit without names: the next commit's
			// opening NUL ended it.
			header = true
		case header:
			when, header, first = commitDate(field), false, true
		case !when.IsZero():
			if first {
				field, first = strings.TrimPrefix(field, "\n"), false
			}
			add(out, field, prefix, when)
		}
	}
	return out
}

// commitDate reads a commit's marked date, the zero time when it is not one.
func commitDate(field string) time.Time {
	d, ok := strings.CutPrefix(field, marker)
	t, err := time.Parse(time.RFC3339, d)
	if !ok || err != nil {
		return time.Time{}
	}
	return t
}

// add records that name was added at when, keeping the earliest date.
func add(out map[string]time.Time, name, prefix string, when time.Time) {
	rel, ok := strings.CutPrefix(name, prefix)
	if !ok || rel == "" || path.Clean(rel) != rel {
		return
	}
	if old, seen := out[rel]; !seen || when.Before(old) {
		out[rel] = when
	}
}
