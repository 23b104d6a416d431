package serve

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// fakeClock is a clock a test moves by hand.
type fakeClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

// syncBuffer is a log the server writes while the test reads it.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// radiator is the part of api/radiator.json the date test reads.
type radiator struct {
	Built   string   `json:"built"`
	Overdue []string `json:"overdue"`
}

func (p *preview) radiator() radiator {
	p.t.Helper()
	code, _, body := p.get("/api/radiator.json")
	var r radiator
	if err := json.Unmarshal([]byte(body), &r); code != 200 || err != nil {
		p.t.Fatalf("api/radiator.json: got %d %v, want 200 and JSON", code, err)
	}
	return r
}

func TestNewDateRebuildsWithoutAnEdit(t *testing.T) {
	clock := &fakeClock{now: time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC)}
	log := &syncBuffer{}
	p := startWith(t, setup{
		files: map[string]string{"content/threats/t2.md": "---\nid: THR-2\ntitle: Session fixation\nassets: [AST-1]\nstatus: open\nlikelihood: 2\nimpact: 3\ndue: 2026-11-26\n---\n"},
		now:   clock.Now, tick: 5 * time.Millisecond, log: log,
	})
	if r := p.radiator(); len(r.Overdue) != 0 {
		t.Fatalf("overdue on 2026-11-25: got %v, want none", r.Overdue)
	}
	if _, _, page := p.get("/radiator/"); !strings.Contains(page, "Nothing overdue") {
		t.Error("radiator page on 2026-11-25: got an overdue tile with items, want it empty")
	}
	time.Sleep(50 * time.Millisecond) // ten ticks on the same date
	p.mu.Lock()
	builds := p.builds
	p.mu.Unlock()
	if builds != 1 {
		t.Errorf("ticks on the same date: got %d builds, want 1", builds)
	}

	// On the due date itself the threat is not overdue yet.
	clock.Advance(24 * time.Hour)
	p.eventually("a build dated 2026-11-26", func() bool { return strings.HasPrefix(p.radiator().Built, "2026-11-26") })
	if r := p.radiator(); len(r.Overdue) != 0 {
		t.Errorf("overdue on the due date: got %v, want none", r.Overdue)
	}

	clock.Advance(24 * time.Hour)
	p.eventually("THR-2 overdue on 2026-11-27", func() bool { return slices.Equal(p.radiator().Overdue, []string{"THR-2"}) })
	_, _, page := p.get("/radiator/")
	if want := `<span class="id">THR-2</span> · 1 day overdue`; !strings.Contains(page, want) || strings.Contains(page, "Nothing overdue") {
		t.Errorf("radiator page: got no %q in the overdue tile", want)
	}
	// The new build is served before its log line is written: wait for it.
	p.eventually("a log line for the rebuild of 2026-11-27", func() bool {
		return strings.Contains(log.String(), "rebuilt for the new date 2026-11-27: ")
	})
}
