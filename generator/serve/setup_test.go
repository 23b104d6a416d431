package serve

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/secdoc/secdoc/generator/site"
)

func TestRefusesARootWithoutContent(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	err := Run(ctx, Options{Site: site.Options{Source: t.TempDir(), Now: site.FixedClock(time.Now())}, Addr: "127.0.0.1:0",
		Ready: func(string) { t.Error("the server started") }})
	var se *site.SetupError
	if !errors.As(err, &se) || !strings.Contains(err.Error(), "has no content/ folder") {
		t.Errorf("got %v, want a *site.SetupError saying the root has no content/ folder", err)
	}
}

func TestSettingsErrorsShowAsFindings(t *testing.T) {
	log := &syncBuffer{}
	p := startWith(t, setup{log: log})
	events := p.subscribe()
	if e := <-events; e != "ok" {
		t.Fatalf("first event: got %q, want ok", e)
	}
	p.write("secdoc.yaml", "radiatr: {}\n")
	waitEvent(t, events, "errors")
	want := "\nsecdoc.yaml:1:1: unknown setting \"radiatr\": did you mean \"radiator\"?\n"
	p.eventually("the finding in the log", func() bool { return strings.Contains("\n"+log.String(), want) })
}
