package serve

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/secdoc/secdoc/generator/diag"
	"github.com/secdoc/secdoc/generator/web"
)

func TestNoBuildPage(t *testing.T) {
	tests := []struct {
		name string
		errs diag.List // what the failed build found; nil while the first build runs
		want []string  // what the page must hold
	}{
		{"first build running", nil, []string{"<h1>Building…</h1>"}},
		{"first build failed", diag.List{{Path: "content/a.md", Line: 3, Col: 2, Message: `unknown asset "<b>"`}}, []string{
			"<h1>The site does not build yet</h1>",
			"<li><code>content/a.md:3:2: unknown asset &#34;&lt;b&gt;&#34;</code></li>",
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h := NewHandler()
			defer h.Close()
			if tc.errs != nil {
				h.Fail(tc.errs)
			}
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/threats/", nil))
			if rec.Code != http.StatusServiceUnavailable {
				t.Errorf("status: got %d, want 503", rec.Code)
			}
			if got := rec.Header().Get("Content-Security-Policy"); got != web.HeaderCSP {
				t.Errorf("CSP: got %q, want %q", got, web.HeaderCSP)
			}
			body := rec.Body.String()
			for _, want := range append(tc.want, `<script src="/_secdoc/live.js" defer></script></head>`) {
				if !strings.Contains(body, want) {
					t.Errorf("got %q, want it to contain %q", body, want)
				}
			}
		})
	}
}
