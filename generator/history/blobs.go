package history

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha1"
	"encoding/hex"
	"fmt"
	"io"
	"os/exec"
	"slices"
	"strconv"
	"strings"
)

// Blobs reads the contents of the given blobs with one
// `git cat-file --batch`, for the old versions of record files. Blobs git
// cannot find are left out; a missing git or repository gives an empty map.
// The bytes read are bounded by the Git's Max.
func (r *Repo) Blobs(ctx context.Context, ids []string) map[string][]byte {
	out := map[string][]byte{}
	if r == nil || len(ids) == 0 {
		return out
	}
	ids = slices.Compact(slices.Sorted(slices.Values(ids)))
	max := r.git.Max
	if max <= 0 {
		max = DefaultMax
	}
	cmd := exec.CommandContext(ctx, "git", "--no-pager", "-C", r.root, "cat-file", "--batch")
	cmd.Env = append(cmd.Environ(), "GIT_OPTIONAL_LOCKS=0", "LC_ALL=C")
	var in bytes.Buffer
	for _, id := range ids {
		in.WriteString(id + "\n")
	}
	cmd.Stdin = &in
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return out
	}
	if err := cmd.Start(); err != nil {
		return out
	}
	err = readBatch(bufio.NewReader(stdout), out, max)
	if err != nil {
		_ = cmd.Process.Kill()
	}
	_ = cmd.Wait()
	return out
}

// readBatch reads cat-file --batch output: "<id> <type> <size>\n<bytes>\n"
// per object, "<id> missing\n" for one not found.
func readBatch(rd *bufio.Reader, out map[string][]byte, max int) error {
	total := 0
	for {
		head, err := rd.ReadString('\n')
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		parts := strings.Fields(head)
		if len(parts) != 3 {
			continue // missing
		}
		size, err := strconv.Atoi(parts[2])
		if err != nil || size < 0 {
			return fmt.Errorf("cat-file: bad header %q", head)
		}
		if total += size; total > max {
			return errTooLarge
		}
		data := make([]byte, size+1)
		if _, err := io.ReadFull(rd, data); err != nil {
			return err
		}
		if parts[1] == "blob" {
			out[parts[0]] = data[:size]
		}
	}
}

// BlobID returns the id Git gives a blob of these bytes, so a file whose
// committed version is the one on disk need not be read back from Git.
func BlobID(data []byte) string {
	h := sha1.New()
	h.Write([]byte("blob " + strconv.Itoa(len(data)) + "\x00"))
	h.Write(data)
	return hex.EncodeToString(h.Sum(nil))
}
