package scaffold

import (
	"fmt"
	"io/fs"
	"strconv"
	"strings"
	"time"

	"github.com/secdoc/secdoc/generator/load"
	"github.com/secdoc/secdoc/generator/model"
	"github.com/secdoc/secdoc/generator/site"
	"github.com/secdoc/secdoc/static"
)

// plan is where a new record goes, the id it gets and the format it is
// written in.
type plan struct {
	ID     string // "" for a page, whose id is its file name
	Path   string // slash path relative to the site root
	Format string // its collection's format (load.Format...); "" for kinds other than decisions
	Number int    // the number of a file-numbered record, as adr-tools' heading shows it
	// Prefix is the id prefix of the collection (a mount's id_prefix): the
	// record's id on the site is Prefix+ID, its file holds ID.
	Prefix string
}

// siteID returns the id the record is known by on the site.
func (p plan) siteID() string {
	if p.ID == "" {
		return ""
	}
	return p.Prefix + p.ID
}

// allocate chooses the id, the file and the format of a new record of kind
// k, given the site's inventory and the folder --in names ("" for none).
func allocate(k *model.Spec, title string, now time.Time, inv inventory, in string) (plan, error) {
	slug := slugOf(title)
	if len(k.Folders) == 0 {
		if in != "" {
			return plan{}, usageErrorf("--in is for records kept in folders; a page goes at the top of %s/", load.ContentDir)
		}
		return pagePlan(slug, takenIDs(inv.entries, ""), inv.dirs)
	}
	var own []entry
	for _, e := range inv.entries {
		if e.Kind == k.Name {
			own = append(own, e)
		}
	}
	dir, err := chooseCollection(k, in, own, inv.dirs)
	if err != nil {
		return plan{}, err
	}
	// A prefixed collection (a mount with id_prefix) numbers its records
	// by itself, as its own tool does; the others share the site's series.
	prefix := inv.prefixOf(dir)
	taken := takenIDs(inv.entries, prefix)
	var ids []idParts
	var mates []entry
	for _, e := range own {
		if strings.EqualFold(e.Prefix, prefix) {
			mates = append(mates, e)
			ids = append(ids, idsOf(e)...)
		}
	}
	if !k.IDs.FileNumber {
		id := nextOfKind(k, ids, now, taken)
		return plan{ID: id, Path: dir + "/" + joinName(strings.ToLower(id), slug), Prefix: prefix}, nil
	}
	format := formatOf(dir, own, inv.log4brains, inv.sourceDir(dir))
	if format == load.FormatLog4brains {
		name := joinName(now.Format("20060102"), slug)
		return plan{ID: strings.ToUpper(baseName(name)), Path: dir + "/" + name, Format: format, Prefix: prefix}, nil
	}
	id, number := nextFileNumbered(k, ids, mates, taken)
	n, _ := strconv.Atoi(number)
	return plan{ID: id, Path: dir + "/" + joinName(number, slug), Format: format, Number: n, Prefix: prefix}, nil
}

// joinName makes a file name of an id or number and a slug.
func joinName(head, slug string) string {
	if slug == "" {
		return head + ".md"
	}
	return head + "-" + slug + ".md"
}

// nextFileNumbered numbers a record as adr-tools numbers decisions: the file
// is NNNN-slug.md, NNNN one more than the highest of the numbered files and
// of the ids, and the id carries the same number (ADR-0014 in 0014-....md).
func nextFileNumbered(k *model.Spec, ids []idParts, own []entry, taken map[string]bool) (id, number string) {
	s := seriesOf(numberedOnly(ids), firstSeries(k))
	files, width, last := map[int]bool{}, 4, s.last
	for _, e := range own {
		if m := adrNumber.FindStringSubmatch(baseName(e.Path)); m != nil {
			n, _ := strconv.Atoi(m[1])
			files[n], width, last = true, max(width, len(m[1])), max(last, n)
		}
	}
	n := last + 1
	for files[n] || taken[strings.ToLower(s.format(n))] {
		n++
	}
	return s.format(n), fmt.Sprintf("%0*d", width, n)
}

func numberedOnly(ids []idParts) []idParts {
	_, numbered := split(ids)
	return numbered
}

// pagePlan puts a page at the top of content/, named after its title.
func pagePlan(slug string, taken map[string]bool, dirs []string) (plan, error) {
	if slug == "" {
		return plan{}, fmt.Errorf("the title gives no file name: use letters or digits")
	}
	if taken[slug] {
		return plan{}, fmt.Errorf("a record with id %q exists; choose another title", slug)
	}
	if _, ok := generated()[slug]; ok || load.IsIntro(slug) {
		return plan{}, fmt.Errorf("the name %q belongs to a page secdoc generates; choose another title", slug)
	}
	for _, d := range dirs {
		if strings.EqualFold(d, slug) {
			return plan{}, fmt.Errorf("a page named %q would take the address of the content/%s/ folder; choose another title", slug, d)
		}
	}
	return plan{Path: load.ContentDir + "/" + slug + ".md"}, nil
}

// chooseFolder returns the folder under content/ for a new record of kind k:
// of the folders that kind may live in, the existing one holding most of its
// records, else the first existing one, else the kind's usual folder.
func chooseFolder(k *model.Spec, own []entry, dirs []string) string {
	count := map[string]int{}
	for _, e := range own {
		count[strings.ToLower(section(e.Path))]++
	}
	best := ""
	for _, c := range k.Folders {
		for _, d := range dirs {
			if strings.ToLower(d) == c && (best == "" || count[c] > count[strings.ToLower(best)]) {
				best = d
			}
		}
	}
	if best == "" {
		return k.Folders[0]
	}
	return best
}

// generated names the top-level pages and folders the build writes itself:
// the risk pages, the radiator, the data files and the default theme's
// static folders. A page of that name would be lost or mixed in with them.
func generated() map[string]string {
	var names []string
	if entries, err := fs.ReadDir(static.FS, "."); err == nil {
		for _, e := range entries {
			names = append(names, e.Name())
		}
	}
	return site.Reserved(names)
}
