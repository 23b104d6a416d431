package serve

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/secdoc/secdoc/generator/site"
)

// preview is a running server over a temporary site.
type preview struct {
	t      *testing.T
	root   string
	url    string
	mu     sync.Mutex
	builds int
	failed int
}

var baseSite = map[string]string{
	"content/assets/a1.md":  "---\nid: AST-1\ntitle: Orders\nintegrity: high\n---\nOrder data.\n",
	"content/threats/t1.md": "---\nid: THR-1\ntitle: Tampering\nassets: [AST-1]\nlikelihood: 3\nimpact: 3\n---\nSee [[AST-1]].\n",
}

// setup is what a test changes about the server start runs.
type setup struct {
	files map[string]string // written on top of baseSite before the server starts
	now   func() time.Time  // the site's clock; 2026-11-25 when nil
	tick  time.Duration     // how often the server reads the clock
	log   io.Writer         // the server's log; discarded when nil
	mount []site.Mount      // folders mounted as from the command line
	git   func(root string) // run on the site root before the server starts
}

func start(t *testing.T) *preview { return startWith(t, setup{}) }

func startWith(t *testing.T, cfg setup) *preview {
	t.Helper()
	p := &preview{t: t, root: t.TempDir()}
	for _, files := range []map[string]string{baseSite, cfg.files} {
		for name, src := range files {
			p.write(name, src)
		}
	}
	if cfg.git != nil {
		cfg.git(p.root)
	}
	if cfg.now == nil {
		cfg.now = site.FixedClock(time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC))
	}
	if cfg.log == nil {
		cfg.log = io.Discard
	}
	ctx, cancel := context.WithCancel(context.Background())
	ready := make(chan string, 1)
	done := make(chan error, 1)
	go func() {
		done <- Run(ctx, Options{
			Site: site.Options{Source: p.root, Now: cfg.now, Mounts: cfg.mount},
			Addr: "127.0.0.1:0", Log: cfg.log, Tick: cfg.tick,
			Ready: func(url string) { ready <- url },
			Built: func(_ *site.Snapshot, err error) {
				p.mu.Lock()
				defer p.mu.Unlock()
				p.builds++
				if err != nil {
					p.failed++
				}
			},
		})
	}()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("Run: %v", err)
			}
		case <-time.After(5 * time.Second):
			t.Error("the server did not stop within 5 s of its context ending")
		}
	})
	select {
	case p.url = <-ready:
	case err := <-done:
		t.Fatalf("Run: %v", err)
	case <-time.After(10 * time.Second):
		t.Fatal("the server did not start")
	}
	return p
}

func (p *preview) write(name, src string) {
	p.t.Helper()
	full := filepath.Join(p.root, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
		p.t.Fatal(err)
	}
	if err := os.WriteFile(full, []byte(src), 0o644); err != nil {
		p.t.Fatal(err)
	}
}

func (p *preview) get(path string) (int, http.Header, string) {
	p.t.Helper()
	res, err := http.Get(p.url + strings.TrimPrefix(path, "/"))
	if err != nil {
		p.t.Fatal(err)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	return res.StatusCode, res.Header, string(body)
}

// eventually polls cond until it holds or the deadline passes.
func (p *preview) eventually(what string, cond func() bool) {
	p.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if cond() {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	p.t.Fatalf("timed out waiting for %s", what)
}

func (p *preview) pageContains(path, text string) func() bool {
	return func() bool {
		_, _, body := p.get(path)
		return strings.Contains(body, text)
	}
}

func TestServesTheSiteWithLiveReload(t *testing.T) {
	p := start(t)
	code, hdr, body := p.get("/threats/t1/")
	if code != 200 || !strings.Contains(body, "Tampering") {
		t.Fatalf("got %d, want the threat page", code)
	}
	if !strings.Contains(body, `<script src="/_secdoc/live.js" defer></script>`) {
		t.Error("the live-reload script is not injected")
	}
	for k, want := range map[string]string{"X-Content-Type-Options": "nosniff", "Content-Security-Policy": "script-src 'self'", "Content-Type": "text/html"} {
		if !strings.Contains(hdr.Get(k), want) {
			t.Errorf("%s: got %q, want %q", k, hdr.Get(k), want)
		}
	}
	if code, hdr, _ := p.get("/css/secdoc.css"); code != 200 || !strings.HasPrefix(hdr.Get("Content-Type"), "text/css") {
		t.Errorf("stylesheet: got %d %q", code, hdr.Get("Content-Type"))
	}
	if code, _, body := p.get("/no/such/page/"); code != 404 || !strings.Contains(body, "Page not found") {
		t.Errorf("missing page: got %d, want the theme's 404 page", code)
	}
	if code, _, _ := p.get("/threats/t1"); code != 200 {
		t.Errorf("folder without slash: got %d after redirects", code)
	}
}

func TestEditsAppear(t *testing.T) {
	p := start(t)
	p.write("content/assets/a1.md", "---\nid: AST-1\ntitle: Customer orders\nintegrity: high\n---\n")
	p.eventually("an edited title on the page linking to it", p.pageContains("/threats/t1/", "Customer orders"))

	// An atomic save: write a temporary name, then rename it over the file.
	p.write("content/threats/t1.md.jb_tmp___", strings.Replace(baseSite["content/threats/t1.md"], "Tampering", "Basket tampering", 1))
	if err := os.Rename(filepath.Join(p.root, "content/threats/t1.md.jb_tmp___"), filepath.Join(p.root, "content/threats/t1.md")); err != nil {
		t.Fatal(err)
	}
	p.eventually("an atomic rename save", p.pageContains("/threats/t1/", "Basket tampering"))

	// A new folder with a file written straight into it.
	p.write("content/sops/new/sop-1.md", "---\nid: SOP-1\ntitle: Fresh runbook\nthreats: [THR-1]\n---\n")
	p.eventually("a page from a new folder", p.pageContains("/sops/new/sop-1/", "Fresh runbook"))
	p.eventually("the backlink on the threat", p.pageContains("/threats/t1/", "Fresh runbook"))
}

func TestErrorKeepsLastGoodBuildAndRecovers(t *testing.T) {
	p := start(t)
	events := p.subscribe()
	if e := <-events; e != "ok" {
		t.Fatalf("first event: got %q, want ok", e)
	}
	if err := os.Remove(filepath.Join(p.root, "content/assets/a1.md")); err != nil {
		t.Fatal(err)
	}
	waitEvent(t, events, "errors")
	if code, _, body := p.get("/assets/a1/"); code != 200 || !strings.Contains(body, "Orders") {
		t.Errorf("got %d, want the last good build still served", code)
	}
	p.write("content/assets/a1.md", baseSite["content/assets/a1.md"])
	waitEvent(t, events, "reload")
}

func TestBurstOfChangesGivesFewRebuilds(t *testing.T) {
	p := start(t)
	p.eventually("the first build", func() bool { p.mu.Lock(); defer p.mu.Unlock(); return p.builds == 1 })
	for i := range 200 {
		p.write(fmt.Sprintf("content/threats/burst-%03d.md", i), fmt.Sprintf("---\nid: B-%03d\nlikelihood: 1\nimpact: 1\n---\n", i))
	}
	p.eventually("the last burst file", p.pageContains("/threats/burst-199/", "B-199"))
	p.mu.Lock()
	defer p.mu.Unlock()
	if rebuilds := p.builds - 1; rebuilds > 5 {
		t.Errorf("200 files caused %d rebuilds, want at most 5", rebuilds)
	}
}

func TestTraversalRefused(t *testing.T) {
	p := start(t)
	p.write("secret.txt", "TOP SECRET")
	for _, target := range []string{
		"/../secret.txt", "/threats/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E%2Fsecret.txt",
		"/..%2fsecret.txt", "/..\\secret.txt", "/%5c..%5csecret.txt", "/content/assets/a1.md", "/secdoc.yaml",
		"/threats/%00", "//etc/passwd", "/./index.html",
	} {
		status, body := rawGet(t, p.url, target)
		if status == 200 || strings.Contains(body, "TOP SECRET") || strings.Contains(body, "root:") || strings.Contains(body, "id: AST-1") {
			t.Errorf("%s: got %d, want a refusal without the file", target, status)
		}
	}
}

// rawGet sends a request line as written, bypassing the client's path cleaning.
func rawGet(t *testing.T, base, target string) (int, string) {
	t.Helper()
	host := strings.TrimSuffix(strings.TrimPrefix(base, "http://"), "/")
	conn, err := net.Dial("tcp", host)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	fmt.Fprintf(conn, "GET %s HTTP/1.1\r\nHost: %s\r\nConnection: close\r\n\r\n", target, host)
	res, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		return 0, ""
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	return res.StatusCode, string(body)
}

// subscribe connects to the event stream and returns the event names.
func (p *preview) subscribe() <-chan string {
	p.t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	p.t.Cleanup(cancel)
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, p.url+"_secdoc/events", nil)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		p.t.Fatal(err)
	}
	if ct := res.Header.Get("Content-Type"); ct != "text/event-stream" {
		p.t.Fatalf("event stream content type %q", ct)
	}
	names := make(chan string, 16)
	go func() {
		defer res.Body.Close()
		sc := bufio.NewScanner(res.Body)
		for sc.Scan() {
			if name, ok := strings.CutPrefix(sc.Text(), "event: "); ok {
				names <- name
			}
		}
	}()
	return names
}

func waitEvent(t *testing.T, events <-chan string, want string) {
	t.Helper()
	deadline := time.After(10 * time.Second)
	for {
		select {
		case e := <-events:
			if e == want {
				return
			}
		case <-deadline:
			t.Fatalf("no %q event within 10 s", want)
		}
	}
}
