package history

// Tracked are the fields a record's change history reports changes of.
var Tracked = []string{"status", "likelihood", "impact", "owner", "due"}

// Entry is one commit's change to a record file, as its page lists it.
type Entry struct {
	Commit      *Commit
	Created     bool     // the commit added the file
	RenamedFrom string   // the file's former name, when the commit renamed it
	Fields      []string // the Tracked fields whose value changed, in Tracked's order
}

// What the history of a page's file is.
const (
	StateNoGit       = "no-git"      // the site is not in a Git repository (or git is missing)
	StateUncommitted = "uncommitted" // the file has no commit yet
	StateCommitted   = "committed"   // Last is the newest commit that touched the file
)

// FileLog is the history of one page's file.
type FileLog struct {
	State   string
	Shallow bool // the clone is shallow: the oldest entries may be missing
	Last    *Commit
	Entries []Entry // newest first
}

// Note says in words what a page without a last change shows instead.
func (f *FileLog) Note() string {
	switch {
	case f == nil || f.State == StateNoGit:
		return "no Git history"
	case f.State == StateUncommitted:
		return "not yet committed"
	}
	return ""
}
