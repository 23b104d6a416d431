package watch

import (
	"errors"
	"fmt"
	"runtime"
	"syscall"
)

// ErrLimit reports that the operating system refused another file watch;
// errors wrapping it explain how to raise the limit.
var ErrLimit = errors.New("file watch limit reached")

// watchError wraps err from watching path, adding ErrLimit and a hint on how
// to raise the limit when the system ran out of watches or descriptors.
func watchError(path string, err error) error {
	hint := limitHint(err, runtime.GOOS)
	if hint == "" {
		return fmt.Errorf("watch %s: %w", path, err)
	}
	return fmt.Errorf("watch %s: %w (%w); %s", path, ErrLimit, err, hint)
}

// limitHint tells how to raise the limit behind err on goos, or returns ""
// when err is not a limit.
func limitHint(err error, goos string) string {
	switch {
	case errors.Is(err, syscall.ENOSPC) && goos == "linux":
		return "raise the number of inotify watches with " +
			"\"sudo sysctl fs.inotify.max_user_watches=524288\" " +
			"(add the setting to /etc/sysctl.conf to keep it), " +
			"or ignore large folders that hold no site sources"
	case errors.Is(err, syscall.EMFILE) && goos == "linux":
		return "raise the number of inotify instances with " +
			"\"sudo sysctl fs.inotify.max_user_instances=512\" " +
			"(add the setting to /etc/sysctl.conf to keep it), " +
			"or stop other programs that watch files; " +
			"if that is not enough, raise the open-file limit with \"ulimit -n\""
	case errors.Is(err, syscall.EMFILE):
		return "raise the open-file limit with \"ulimit -n\", " +
			"or ignore large folders that hold no site sources"
	}
	return ""
}
