package load

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"testing/fstest"
)

// readFixture reads testdata/adr/<name> as the decision file
// content/decisions/<name>.
func readFixture(t *testing.T, name string) ([]*Document, []string) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "adr", name))
	if err != nil {
		t.Fatal(err)
	}
	p := "content/decisions/" + name
	r := ADR{Folders: []string{"decisions", "adr"}}
	if !r.Match(p) {
		t.Fatalf("ADR does not match %s", p)
	}
	docs, diags, ok := r.Read(p, data)
	if !ok {
		t.Fatalf("ADR refused %s", p)
	}
	var out []string
	for _, d := range diags {
		out = append(out, d.String())
	}
	return docs, out
}

// show formats a field as key=value@line:col, a list's items each with
// their position.
func show(f Field) string {
	v := f.Value
	if v.Kind == List {
		items := make([]string, 0, len(v.Items))
		for _, it := range v.Items {
			items = append(items, fmt.Sprintf("%s@%d:%d", it.Text, it.Line, it.Col))
		}
		return f.Key + "=[" + strings.Join(items, " ") + "]"
	}
	return fmt.Sprintf("%s=%s@%d:%d", f.Key, v.Text, v.Line, v.Col)
}

func shown(doc *Document) []string {
	var out []string
	for _, f := range doc.Fields {
		out = append(out, show(f))
	}
	sort.Strings(out)
	return out
}

func TestADRFormats(t *testing.T) {
	tests := []struct {
		name   string
		fields []string
		diags  []string
	}{
		{"adr-tools/0001-record-architecture-decisions.md", []string{"date=2018-04-09@3:7", "status=Accepted@7:1"}, nil},
		{"adr-tools/0002-use-postgres-for-sessions.md", []string{"date=2018-04-10@3:7",
			"status=superseded@7:1", "superseded_by=[[3. Use Redis for sessions](0003-use-redis-for-sessions.md)@7:15]"}, nil},
		{"adr-tools/0003-use-redis-for-sessions.md", []string{
			"amended_by=[[4. Encrypt sessions at rest](0004-encrypt-sessions-at-rest.md)@11:12]", "date=2018-05-02@3:7",
			"status=Accepted@7:1", "supersedes=[[2. Use Postgres for sessions](0002-use-postgres-for-sessions.md)@9:12]"}, nil},
		{"adr-tools/0004-encrypt-sessions-at-rest.md", []string{
			"amends=[[3. Use Redis for sessions](0003-use-redis-for-sessions.md)@13:8]", "date=2018-05-20@7:7", "status=Accepted@11:1"}, nil},
		{"adr-tools/0005-keep-audit-log.md", []string{
			"clarifies=[[3. Use Redis for sessions](0003-use-redis-for-sessions.md)@9:11 [1. Record architecture decisions](0001-record-architecture-decisions.md)@9:75]",
			"date=2018-06-01@3:7", "status=On hold@7:1"}, nil},
		{"variants/ADR001-use-https-everywhere.md", []string{"date=13/04/2018@5:6", "status=Accepted@3:13"}, nil},
		{"variants/020-rotate-keys.md", []string{"amended_by=[[ADR039](039-shorter-rotation.md)@7:24]", "date=09/04/2018@3:7", "status=Accepted@7:3"}, nil},
		{"variants/039-shorter-rotation.md", []string{"date=10/04/18@3:7", "status=Proposed@7:1"}, nil},
		{"variants/045-no-status.md", []string{"date=2019-01-15@3:7"}, nil},
		{"variants/046-sunset-old-key.md", []string{"status=accepted@5:1", "supersedes=[ADR-0045@5:22]"}, nil},
		{"madr2/0001-use-markdown-architectural-decision-records.md", []string{"date=2017-12-03@5:9",
			"deciders=[Oliver Kopp@4:13 Olaf Zimmermann@4:26]", "status=accepted@3:11"}, nil},
		{"madr2/0002-use-ant-for-builds.md", []string{"date=2018-01-10@5:9", "deciders=Oliver Kopp@4:13",
			"status=superseded@3:11", "superseded_by=[[ADR-0003](0003-use-gradle-for-builds.md)@3:25]"}, nil},
		{"madr2/0003-use-gradle-for-builds.md", []string{"date=2019-02-01@5:9",
			"deciders=[Oliver Kopp@4:13 Tobias Diez@4:26]", "status=Draft@3:11"}, nil},
		{"madr3/0001-use-junit5.md", []string{"consulted=Ann Ask@6:12", "date=2022-09-01@4:7",
			"deciders=[Jane Doe@5:11 John Roe@5:21]", "informed=Ian Tell@7:11", "status=accepted@3:9"}, nil},
		{"madr3/0002-use-assertj.md", []string{"date=2022-10-12@3:7", "deciders=Jane Doe@4:11",
			"nav_order=0032@6:12", "parent=Decisions@5:9", "status=pending@2:9"}, nil},
		{"madr4/0004-use-kotlin.md", []string{"consulted=Ann Ask@6:12", "date=2024-09-12@4:7",
			"decision-makers=[Jane Doe@5:18 John Roe@5:28]", "informed=Ian Tell@7:11",
			"status=superseded@3:9", "superseded_by=[[ADR-0005](0005-use-java.md)@3:23]"}, nil},
		{"log4brains/20200925-use-markdown-architectural-decision-records.md", []string{
			"date=2020-09-25@5:9", "deciders=Thomas Vaillant@4:13", "status=accepted@3:11",
			"supersedes=[[Use plain text files](20200920-use-plain-text-files.md)@14:14]", "tags=[doc@6:9 process@6:14]"}, nil},
		{"log4brains/20200920-use-plain-text-files.md", []string{"date=2020-09-20@3:9", "status=accepted@1:1", "tags=[doc@4:9]"}, nil},
		{"log4brains/20201016-use-log4brains.md", []string{"date=2020-10-16@5:9", "deciders=Thomas Vaillant@4:13",
			"status=superseded@3:11", "superseded_by=[[Use Backstage](20211103-use-backstage.md)@3:25]", "tags=[doc@6:9 tooling@6:14]"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			docs, diags := readFixture(t, tc.name)
			if len(docs) != 1 {
				t.Fatalf("got %d documents, want 1", len(docs))
			}
			if got := shown(docs[0]); strings.Join(got, "\n") != strings.Join(tc.fields, "\n") {
				t.Errorf("got fields\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tc.fields, "\n"))
			}
			if strings.Join(diags, "\n") != strings.Join(tc.diags, "\n") {
				t.Errorf("got findings %q, want %q", diags, tc.diags)
			}
		})
	}
}

func TestADRNotRecords(t *testing.T) {
	for _, name := range []string{"adr-tools/template.md", "variants/0000-adr-template.md",
		"variants/backlog.md", "madr4/adr-template.md", "log4brains/template.md"} {
		if docs, diags := readFixture(t, name); len(docs) != 0 || len(diags) != 0 {
			t.Errorf("%s: got %d documents %q, want none", name, len(docs), diags)
		}
	}
}

// TestADRFolderIntros reads a collection's README.md and index.md as plain
// markdown, the folder's introduction: their front matter as written,
// nothing read from their prose.
func TestADRFolderIntros(t *testing.T) {
	for _, name := range []string{"adr-tools/README.md", "variants/index.md"} {
		docs, diags := readFixture(t, name)
		if len(docs) != 1 || len(diags) != 0 {
			t.Fatalf("%s: got %d documents %q, want 1 and no findings", name, len(docs), diags)
		}
		for _, key := range []string{"status", "date"} {
			if _, ok := docs[0].Field(key); ok {
				t.Errorf("%s: got a %s field read from the prose, want none", name, key)
			}
		}
	}
}

func TestADRBodyStartsAtTheTitle(t *testing.T) {
	docs, _ := readFixture(t, "adr-tools/0004-encrypt-sessions-at-rest.md")
	doc := docs[0]
	if !strings.HasPrefix(string(doc.Body), "# 4. Encrypt sessions at rest\r\n") || doc.BodyLine != 5 {
		t.Errorf("got body line %d starting %q, want line 5 starting with the title", doc.BodyLine, string(doc.Body[:20]))
	}
}

func TestADRMatch(t *testing.T) {
	r := ADR{Folders: []string{"decisions", "adr"}}
	tests := map[string]bool{
		"content/decisions/0001-a.md": true, "content/adr/x/0001-a.md": true, "content/ADR/0001-a.markdown": true,
		"content/threats/0001-a.md": false, "content/decisions/a.png": false, "content/decisions.md": false,
		"content/decisions/.0001-a.md": false,
	}
	for p, want := range tests {
		if got := r.Match(p); got != want {
			t.Errorf("%s: got %v, want %v", p, got, want)
		}
	}
}

// TestReadDate: dates with slashes are kept as written, for the model to
// read in the order their folder's dates settle.
func TestReadDate(t *testing.T) {
	tests := []struct{ in, iso, problem string }{
		{"2018-04-09", "2018-04-09", ""},
		{"2018/4/9", "2018-04-09", ""},
		{"2018-02-30", "", `"2018-02-30" is not a day of the calendar`},
		{"13/04/2018", "13/04/2018", ""},
		{"10/04/18 (approved)", "10/04/18", ""},
		{"13.04.18", "13.04.18", ""},
		{"TBD", "", `"TBD" is not a date (want YYYY-MM-DD)`},
	}
	for _, tc := range tests {
		iso, problem := readDate(tc.in)
		if iso != tc.iso || problem != tc.problem {
			t.Errorf("%s: got %q %q, want %q %q", tc.in, iso, problem, tc.iso, tc.problem)
		}
	}
}

func TestADRKeepsFrontMatter(t *testing.T) {
	p := "content/decisions/0007-x.md"
	src := "---\nstatus: rejected\ndate: 2020-01-01\n---\n# 7. X\n\nDate: 2019-01-01\n\n## Status\n\nAccepted\n"
	docs, _, _ := ADR{Folders: []string{"decisions"}}.Read(p, []byte(src))
	if got := strings.Join(shown(docs[0]), " "); got != "date=2020-01-01@3:7 status=rejected@2:9" {
		t.Errorf("got %s, want the front matter's date and status", got)
	}
}

func TestADRProseIsNotAField(t *testing.T) {
	src := "# 3. X\n\nDate of the review is open. Status quo holds.\n\n## Status\n\nAccepted\n"
	docs, diags, _ := ADR{Folders: []string{"decisions"}}.Read("content/decisions/0003-x.md", []byte(src))
	if got := strings.Join(shown(docs[0]), " "); got != "status=Accepted@7:1" || len(diags) > 0 {
		t.Errorf("got %s %v, want only the status section read", got, diags)
	}
}

func TestLog4brainsFolders(t *testing.T) {
	fsys := fstest.MapFS{Log4brainsConfig: {Data: []byte("---\nproject:\n  name: shop\n  tz: Europe/London\n  adrFolder: ./content/decisions/shop\n" +
		"  packages:\n    - name: payments\n      path: ./payments\n      adrFolder: ./content/adr/payments\n    - name: evil\n      adrFolder: ../elsewhere\n")}}
	got := Log4brainsFolders(fsys)
	if strings.Join(got, " ") != "content/decisions/shop content/adr/payments" {
		t.Errorf("got %q, want the two folders inside the site", got)
	}
	if got := Log4brainsFolders(fstest.MapFS{}); got != nil {
		t.Errorf("got %q without .log4brains.yml, want none", got)
	}
	if got := Log4brainsFolders(fstest.MapFS{Log4brainsConfig: {Data: []byte("project: [")}}); got != nil {
		t.Errorf("got %q from broken YAML, want none", got)
	}
}

func TestLog4brainsMissingStatusIsAccepted(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "adr", "log4brains", "20201101-use-github-discussions.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		folders []string
		want    string
	}{
		{nil, ""},
		{[]string{"content/decisions/l4b"}, "status=accepted@1:1"},
		{[]string{"content/decisions/other"}, ""},
	} {
		docs, _, _ := ADR{Folders: []string{"decisions"}, Log4brains: tc.folders}.Read("content/decisions/l4b/20201101-use-github-discussions.md", data)
		if got := strings.Join(shown(docs[0]), " "); got != tc.want {
			t.Errorf("log4brains folders %q: got %q, want %q", tc.folders, got, tc.want)
		}
	}
}

func TestADRRelationTargets(t *testing.T) {
	src := "# 9. X\n\n## Status\n\nAccepted\n\nSupersedes [[ADR-0002]], [[ADR-0003|the old one]] and ADR-0004 & [5. Y](0005-y.md).\n"
	docs, _, _ := ADR{Folders: []string{"decisions"}}.Read("content/decisions/0009-x.md", []byte(src))
	want := "status=Accepted@5:1 supersedes=[ADR-0002@7:14 ADR-0003@7:28 ADR-0004@7:55 [5. Y](0005-y.md)@7:66]"
	if got := strings.Join(shown(docs[0]), " "); got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}
