package logs

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestRequests(t *testing.T) {
	cases := []struct {
		name, in string
		keep     bool
	}{
		{"an incoming id is kept", "abc-123", true},
		{"none: one is made", "", false},
		{"an unprintable one is replaced", "bad\x01id", false},
		{"an overlong one is replaced", strings.Repeat("x", 129), false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var out bytes.Buffer
			h := Requests(New(&out), http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				w.WriteHeader(http.StatusTeapot)
				_, _ = w.Write([]byte("tea"))
			}))
			req := httptest.NewRequest("GET", "/threats/", nil)
			if tc.in != "" {
				req.Header.Set(RequestIDHeader, tc.in)
			}
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			id := rec.Header().Get(RequestIDHeader)
			if tc.keep && id != tc.in || !tc.keep && (id == tc.in || len(id) != 24) {
				t.Errorf("echoed id %q for incoming %q", id, tc.in)
			}
			var e map[string]any
			if err := json.Unmarshal(out.Bytes(), &e); err != nil || strings.Count(out.String(), "\n") != 1 {
				t.Fatalf("want one JSON line, got %q (%v)", out.String(), err)
			}
			if e["request_id"] != id || e["path"] != "/threats/" || e["status"] != 418.0 || e["bytes"] != 3.0 || e["event"] != "request" {
				t.Errorf("logged %v", e)
			}
		})
	}
}
