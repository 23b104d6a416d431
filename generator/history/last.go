package history

import (
	"context"
	"os/exec"
	"strings"
	"time"
)

// LastCommitted maps each of the slash paths, relative to root, that git
// knows to the committer date of the last commit that changed it; paths
// without history are left out. It runs one `git log -1` per path, for the
// few files (scanner reports) whose age is the date of their last commit.
func (g Git) LastCommitted(ctx context.Context, root string, paths []string) map[string]time.Time {
	out := map[string]time.Time{}
	if _, err := exec.LookPath("git"); err != nil {
		return out
	}
	for _, p := range paths {
		log, err := g.run(ctx, root, "log", "-1", "--format=%cI", "--", p)
		if err != nil {
			continue
		}
		if t, err := time.Parse(time.RFC3339, strings.TrimSpace(string(log))); err == nil {
			out[p] = t
		}
	}
	return out
}
