package scaffold

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"regexp"
	"strconv"
	"strings"
	"text/template"

	"github.com/secdoc/secdoc/generator/diag"
	"github.com/secdoc/secdoc/generator/kinds"
	"github.com/secdoc/secdoc/generator/load"
	"github.com/secdoc/secdoc/generator/markdown"
	"github.com/secdoc/secdoc/generator/model"
)

// overrideDir is the folder of a site, relative to its root, whose files
// replace the embedded skeletons of the same name (threat.md, ...).
const overrideDir = "templates/new"

// Fields are what a skeleton is filled with.
type Fields struct {
	Kind           model.Kind
	ID             string   // "" for a page
	Title          string   // as typed; use {{yaml .Title}} in front matter
	Owner          string   // may be ""
	Date           string   // today, YYYY-MM-DD
	Supersedes     []string // ids of the decisions this one supersedes
	ReviewInterval string   // the site's default SOP review interval, such as 180d
	Number         int      // a file-numbered decision's number, 7 for 0007-title.md
	Links          []Link   // the decisions this one supersedes, to link to
}

// Link is a decision a new one supersedes, as its format links to it.
type Link struct {
	ID     string
	Title  string
	File   string // its file, relative to the new record's folder
	Number int    // its file's number, 0 when its name has none
}

// skeletonName returns the skeleton file of kind k for records written in
// format: the kind's own for secdoc's format, else decision-adr-tools.md
// and its siblings.
func skeletonName(k *model.Spec, format string) string {
	if format == "" || format == load.FormatSecdoc {
		return k.Skeleton
	}
	return strings.TrimSuffix(k.Skeleton, ".md") + "-" + format + ".md"
}

// skeleton returns the template named name: the site's override when it
// has one, else the embedded file, and the name to report errors under.
func skeleton(root *os.Root, name string) (string, []byte, error) {
	over := overrideDir + "/" + name
	data, err := root.ReadFile(over)
	if err == nil {
		return over, data, nil
	}
	if !errors.Is(err, fs.ErrNotExist) {
		return "", nil, fmt.Errorf("read %s: %w", over, err)
	}
	data, err = kinds.Skeletons.ReadFile("skeletons/" + name)
	return "embedded " + name, data, err
}

// render fills a skeleton and checks that the result decodes, so a broken
// override never reaches content/.
func render(tree *load.Tree, readers []load.Reader, name string, text []byte, f Fields, dest string) ([]byte, error) {
	t, err := template.New(name).Funcs(template.FuncMap{"yaml": yamlScalar, "yamlList": yamlList}).
		Option("missingkey=error").Parse(string(text))
	if err != nil {
		return nil, fmt.Errorf("skeleton %s: %w", name, err)
	}
	var b bytes.Buffer
	if err := t.Execute(&b, f); err != nil {
		return nil, fmt.Errorf("skeleton %s: %w", name, err)
	}
	if _, err := valid(tree, readers, dest, b.Bytes()); err != nil {
		return nil, fmt.Errorf("skeleton %s gives an invalid record: %w", name, err)
	}
	return b.Bytes(), nil
}

// valid reads and decodes a record as the build does, with its readers,
// and returns it, or its first error: bad syntax, a value outside its
// enumeration, a malformed date. p is the file's source path in tree.
func valid(tree *load.Tree, readers []load.Reader, p string, data []byte) (*model.Record, error) {
	docs, diags := tree.Decode(p, data, readers)
	var r *model.Record
	if len(docs) == 1 && !diags.HasErrors() {
		r, diags = model.Decode(docs[0], kinds.Registry, markdown.New(markdown.Options{}))
	} else if len(docs) != 1 && !diags.HasErrors() {
		return nil, fmt.Errorf("%s: the build would not read it as a record", p)
	}
	for _, d := range diags {
		if d.Severity == diag.Error {
			return nil, errors.New(d.String())
		}
	}
	return r, nil
}

// plainScalar matches text YAML reads back unchanged without quotes.
var plainScalar = regexp.MustCompile(`^[\p{L}\p{N}][\p{L}\p{N} ,.()/&'+_-]*$`)

// yamlSpecial are plain words YAML 1.1 or 1.2 would read as something else.
var yamlSpecial = map[string]bool{"true": true, "false": true, "yes": true, "no": true, "on": true, "off": true, "null": true, "y": true, "n": true}

// yamlScalar writes s as a YAML scalar: plain when that reads back as the
// same text, double-quoted otherwise; "" stays empty, which YAML reads as null.
func yamlScalar(s string) string {
	if s == "" {
		return ""
	}
	if plainScalar.MatchString(s) && !strings.HasSuffix(s, " ") && !yamlSpecial[strings.ToLower(s)] {
		if _, err := strconv.ParseFloat(s, 64); err != nil {
			return s
		}
	}
	return strconv.Quote(s)
}

// yamlList writes ids as a YAML flow list: [ADR-0003, ADR-0004].
func yamlList(items []string) string {
	out := make([]string, len(items))
	for i, it := range items {
		out[i] = yamlScalar(it)
		if strings.Contains(out[i], ",") && !strings.HasPrefix(out[i], `"`) {
			out[i] = strconv.Quote(it)
		}
	}
	return "[" + strings.Join(out, ", ") + "]"
}
