package watch

import (
	"errors"
	"fmt"
	"strings"
	"syscall"
	"testing"
)

func TestLimitHint(t *testing.T) {
	tests := []struct {
		name string
		err  error
		goos string
		want string // a part of the hint; "" for none
	}{
		{"watches exhausted", syscall.ENOSPC, "linux", "sudo sysctl fs.inotify.max_user_watches=524288"},
		{"instances exhausted", syscall.EMFILE, "linux", "sudo sysctl fs.inotify.max_user_instances="},
		{"wrapped by fsnotify", fmt.Errorf("couldn't initialize inotify: %w", syscall.EMFILE), "linux", "max_user_instances"},
		{"kqueue out of descriptors", syscall.EMFILE, "darwin", "ulimit -n"},
		{"disk full elsewhere", syscall.ENOSPC, "darwin", ""},
		{"permission", syscall.EACCES, "linux", ""},
		{"other", errors.New("boom"), "linux", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := limitHint(tc.err, tc.goos)
			if tc.want == "" && got != "" || !strings.Contains(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestWatchError(t *testing.T) {
	err := watchError("content/a", fmt.Errorf("couldn't initialize inotify: %w", syscall.EMFILE))
	if !errors.Is(err, ErrLimit) || !errors.Is(err, syscall.EMFILE) {
		t.Errorf("got %v, want it to wrap ErrLimit and EMFILE", err)
	}
	for _, part := range []string{"watch content/a: ", ErrLimit.Error(), "too many open files", "ulimit -n"} {
		if !strings.Contains(err.Error(), part) {
			t.Errorf("got %q, want it to contain %q", err, part)
		}
	}
	err = watchError("content/a", syscall.EACCES)
	if errors.Is(err, ErrLimit) || !errors.Is(err, syscall.EACCES) {
		t.Errorf("got %v, want it to wrap EACCES and not ErrLimit", err)
	}
}
